package dev.inventoryimport.intake.magento1;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import dev.inventoryimport.intake.BoundedBody;
import dev.inventoryimport.intake.Contract;
import dev.inventoryimport.intake.IntakeService;
import dev.inventoryimport.intake.PushMetrics;
import dev.inventoryimport.intake.PushRejected;
import dev.inventoryimport.platform.LogContext;
import dev.inventoryimport.intake.soap.ProviderAnswer;
import dev.inventoryimport.intake.soap.SoapVersion;
import dev.inventoryimport.intake.soap.SoapWriter;
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
 * Magento 1's SOAP v2 API, {@code POST /api/v2_soap/index/}: {@code login}, then
 * {@code orderflowInventoryMultiUpdate} into the same request store and queue as Magento 2 pushes,
 * then {@code endSession}. Authenticated by session only, as Magento 1 is; faults carry Magento 1's
 * codes (2 "Access denied.", 5 "Session expired. Try to relogin.").
 */
@WebServiceProvider(serviceName = "MagentoService", portName = "Mage_Api_Model_Server_V2_HandlerPort",
        targetNamespace = "urn:Magento")
@ServiceMode(Service.Mode.MESSAGE)
@BindingType(HTTPBinding.HTTP_BINDING)
public class Magento1SoapEndpoint implements Provider<DataSource> {

    private static final Logger LOG = Logger.getLogger(Magento1SoapEndpoint.class.getName());
    static final String ACCESS_DENIED = "Access denied.";
    static final String SESSION_EXPIRED = "Session expired. Try to relogin.";

    @Resource
    WebServiceContext context;

    /** The beans a call needs. */
    private record Beans(IntakeService intake, Magento1Sessions sessions, PushMetrics metrics) {
    }

    /**
     * Looked up once: the runtime creates this endpoint outside CDI, and {@code CDI.current()} walks
     * the caller's stack on every call. Proxies of application-wide beans, so holding them is safe.
     */
    private volatile Beans beans;

    private Beans beans() {
        Beans b = beans;
        if (b == null) {
            CDI<Object> cdi = CDI.current();
            beans = b = new Beans(cdi.select(IntakeService.class).get(), cdi.select(Magento1Sessions.class).get(),
                    cdi.select(PushMetrics.class).get());
        }
        return b;
    }

    @Override
    public DataSource invoke(DataSource request) {
        MessageContext mc = context.getMessageContext();
        HttpServletRequest http = (HttpServletRequest) mc.get(MessageContext.SERVLET_REQUEST);
        SoapVersion version = SoapVersion.fromContentType(http.getContentType());
        if (!"POST".equals(http.getMethod())) {
            return ProviderAnswer.of(mc, 405, Map.of("Allow", "POST"), "text/plain; charset=utf-8",
                    "POST SOAP calls here; GET /api/v2_soap/?wsdl=1 for the WSDL".getBytes(StandardCharsets.UTF_8));
        }
        IntakeService intake = beans().intake();
        Magento1Request call = null;
        byte[] body = null;
        DataSource answer = null;
        try (InputStream in = request == null ? InputStream.nullInputStream() : request.getInputStream()) {
            body = BoundedBody.read(in, http.getContentLengthLong(), intake.maxBodyBytes());
            call = Magento1SoapReader.read(body, intake.maxLines());
        } catch (PushRejected e) {
            int status = e.reason() == PushRejected.Reason.TOO_LARGE ? 413 : 400;
            answer = fault(mc, version, status, Map.of(), e.getMessage());
        } catch (IOException e) {
            answer = fault(mc, version, 400, Map.of(), "Request body could not be read: " + e.getMessage());
        }
        if (answer == null) {
            try {
                answer = answer(mc, http, call, intake, body);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, tag(call) + "Magento 1 call not completed", e);
                answer = fault(mc, call.version(), 503, Map.of("Retry-After", "30"),
                        "Service temporarily unavailable; nothing was stored, please retry");
            }
        }
        // Pushes are the update calls; a body refused unread may have been one, so it counts too.
        if (call == null || call.call() instanceof Magento1Call.MultiUpdate) {
            beans().metrics().answered(Contract.M1_SOAP, ProviderAnswer.status(mc));
        }
        return answer;
    }

    private static String tag(Magento1Request call) {
        return call.call() instanceof Magento1Call.MultiUpdate update
                ? LogContext.tag(null, update.push().messageId()) : "";
    }

    private DataSource answer(MessageContext mc, HttpServletRequest http, Magento1Request request,
                              IntakeService intake, byte[] body) {
        Magento1Sessions sessions = beans().sessions();
        SoapVersion v = request.version();
        Magento1Call call = request.call();
        if (call instanceof Magento1Call.Login login) {
            Magento1Sessions.LoginResult result = sessions.login(login.username(), login.apiKey(), http.getRemoteAddr());
            if (result.sessionId() != null) {
                return ok(mc, v, Map.of(), Magento1SoapWriter.loginAnswer(v, request.style(), result.sessionId()));
            }
            return result.refusal() == Magento1Sessions.Refusal.THROTTLED
                    ? magentoFault(mc, v, 429, Map.of("Retry-After", "300"), "2",
                    ACCESS_DENIED + " Too many failed logins; try again later.")
                    : magentoFault(mc, v, 401, Map.of(), "2", ACCESS_DENIED);
        }
        if (call instanceof Magento1Call.MultiUpdate update) {
            if (!sessions.touch(update.sessionId())) {
                return magentoFault(mc, v, 401, Map.of(), "5", SESSION_EXPIRED);
            }
            IntakeService.Receipt receipt = intake.store(Contract.M1_SOAP, http.getContentType(), body, update.push());
            return ok(mc, v, Map.of("X-Request-Id", Long.toString(receipt.requestId())),
                    Magento1SoapWriter.multiUpdateAnswer(v, request.style(), receipt.answer()));
        }
        Magento1Call.EndSession end = (Magento1Call.EndSession) call;
        return sessions.end(end.sessionId())
                ? ok(mc, v, Map.of(), Magento1SoapWriter.endSessionAnswer(v, request.style()))
                : magentoFault(mc, v, 401, Map.of(), "5", SESSION_EXPIRED);
    }

    private static DataSource ok(MessageContext mc, SoapVersion v, Map<String, String> headers, byte[] content) {
        return ProviderAnswer.of(mc, 200, headers, v.contentType(), content);
    }

    private static DataSource magentoFault(MessageContext mc, SoapVersion v, int status, Map<String, String> headers,
                                           String code, String text) {
        return ProviderAnswer.of(mc, status, headers, v.contentType(), Magento1SoapWriter.fault(v, code, text));
    }

    private static DataSource fault(MessageContext mc, SoapVersion v, int status, Map<String, String> headers,
                                    String reason) {
        return ProviderAnswer.of(mc, status, headers, v.contentType(), SoapWriter.fault(v, status < 500, reason));
    }
}
