package dev.inventoryimport.intake.soap;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import dev.inventoryimport.intake.ApiTokens;
import dev.inventoryimport.intake.BoundedBody;
import dev.inventoryimport.intake.Contract;
import dev.inventoryimport.intake.IntakeService;
import dev.inventoryimport.intake.PushMetrics;
import dev.inventoryimport.intake.PushRejected;
import dev.inventoryimport.platform.LogContext;
import jakarta.activation.DataSource;
import jakarta.annotation.Resource;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.xml.ws.BindingType;
import jakarta.xml.ws.Provider;
import jakarta.xml.ws.Service;
import jakarta.xml.ws.ServiceMode;
import jakarta.xml.ws.WebServiceContext;
import jakarta.xml.ws.WebServiceProvider;
import jakarta.xml.ws.handler.MessageContext;
import jakarta.xml.ws.http.HTTPBinding;

/**
 * Magento 2's SOAP push, {@code POST /soap/default?services=realtimeDespatchOrderFlowInventoryRequestManagementV1}
 * (store code {@code all} too; the WSDL is {@link WsdlFilter}'s). A JAX-WS provider on the
 * XML/HTTP binding: the runtime hands over the raw bytes, so one endpoint reads SOAP 1.1 and 1.2
 * envelopes alike (the tolerant reader), refuses a DOCTYPE before any parser sees it, and answers
 * with the HTTP status each case deserves rather than a blanket 500.
 */
@WebServiceProvider(serviceName = "realtimeDespatchOrderFlowInventoryRequestManagementV1Service",
        portName = "realtimeDespatchOrderFlowInventoryRequestManagementV1Port",
        targetNamespace = "urn:dev.inventoryimport:orderflow")
@ServiceMode(Service.Mode.MESSAGE)
@BindingType(HTTPBinding.HTTP_BINDING)
public class Magento2SoapEndpoint implements Provider<DataSource> {

    private static final Logger LOG = Logger.getLogger(Magento2SoapEndpoint.class.getName());
    static final String SERVICE = "realtimeDespatchOrderFlowInventoryRequestManagementV1";

    @Resource
    WebServiceContext context;

    /** The beans a push needs. */
    private record Beans(IntakeService intake, ApiTokens tokens, PushMetrics metrics) {
    }

    /**
     * Looked up once: the runtime creates this endpoint outside CDI, and {@code CDI.current()} walks
     * the caller's stack on every call (a measurable share of a push). Application-scoped proxies,
     * so holding them is safe.
     */
    private volatile Beans beans;

    private Beans beans() {
        Beans b = beans;
        if (b == null) {
            CDI<Object> cdi = CDI.current();
            beans = b = new Beans(cdi.select(IntakeService.class).get(), cdi.select(ApiTokens.class).get(),
                    cdi.select(PushMetrics.class).get());
        }
        return b;
    }

    @Override
    public DataSource invoke(DataSource request) {
        MessageContext mc = context.getMessageContext();
        HttpServletRequest http = (HttpServletRequest) mc.get(MessageContext.SERVLET_REQUEST);
        String query = http.getQueryString() == null ? "" : http.getQueryString();
        if (!"POST".equals(http.getMethod())) {
            // The WSDL is served by WsdlFilter; anything else but a push has nothing here.
            return respond(mc, 405, Map.of("Allow", "POST"), "text/plain; charset=utf-8",
                    ("POST a push here; GET ?wsdl&services=" + SERVICE + " for the WSDL").getBytes(StandardCharsets.UTF_8));
        }
        DataSource answer = push(mc, http, query, request);
        beans().metrics().answered(Contract.M2_SOAP, ProviderAnswer.status(mc));
        return answer;
    }

    private DataSource push(MessageContext mc, HttpServletRequest http, String query, DataSource request) {
        SoapVersion version = SoapVersion.fromContentType(http.getContentType());
        IntakeService intake = beans().intake();
        if (!beans().tokens().accepts(http.getHeader("Authorization"))) {
            return fault(mc, version, 401, Map.of("WWW-Authenticate", "Bearer"), true,
                    "A valid bearer token is required (Authorization: Bearer <token>)");
        }
        if (!Wsdl.servicesParameterAccepted(query)) {
            return fault(mc, version, 400, Map.of(), true, "Unknown service: this endpoint serves " + SERVICE);
        }
        byte[] body;
        SoapPush push;
        try (InputStream in = request == null ? InputStream.nullInputStream() : request.getInputStream()) {
            body = BoundedBody.read(in, http.getContentLengthLong(), intake.maxBodyBytes());
            push = Magento2SoapReader.read(body, intake.maxLines());
        } catch (PushRejected e) {
            int status = e.reason() == PushRejected.Reason.TOO_LARGE ? 413 : 400;
            return fault(mc, version, status, Map.of(), true, e.getMessage());
        } catch (IOException e) {
            return fault(mc, version, 400, Map.of(), true, "Request body could not be read: " + e.getMessage());
        }
        try {
            IntakeService.Receipt receipt = intake.store(Contract.M2_SOAP, http.getContentType(), body, push.push());
            return respond(mc, 200, Map.of("X-Request-Id", Long.toString(receipt.requestId())),
                    push.version().contentType(),
                    SoapWriter.answer(push.version(), push.operationNamespace(), receipt.answer()));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, LogContext.tag(null, push.push().messageId()) + "Push not stored", e);
            return fault(mc, push.version(), 503, Map.of("Retry-After", "30"), false,
                    "Service temporarily unavailable; nothing was stored, please retry");
        }
    }

    private static DataSource fault(MessageContext mc, SoapVersion version, int status, Map<String, String> headers,
                                    boolean sender, String reason) {
        return respond(mc, status, headers, version.contentType(), SoapWriter.fault(version, sender, reason));
    }

    private static DataSource respond(MessageContext mc, int status, Map<String, String> headers,
                                      String contentType, byte[] content) {
        return ProviderAnswer.of(mc, status, headers, contentType, content);
    }
}
