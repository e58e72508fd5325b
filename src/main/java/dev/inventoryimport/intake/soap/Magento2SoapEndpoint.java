package dev.inventoryimport.intake.soap;

import java.util.Map;

import dev.inventoryimport.intake.IntakeService;
import dev.inventoryimport.intake.auth.ApiTokens;
import dev.inventoryimport.requests.Contract;
import jakarta.activation.DataSource;
import jakarta.xml.ws.BindingType;
import jakarta.xml.ws.Service;
import jakarta.xml.ws.ServiceMode;
import jakarta.xml.ws.WebServiceProvider;
import jakarta.xml.ws.http.HTTPBinding;

/**
 * Magento 2's SOAP push, {@code POST /soap/default?services=realtimeDespatchOrderFlowInventoryRequestManagementV1}
 * (store code {@code all} too; the WSDL is {@link WsdlFilter}'s): bearer token and {@code services}
 * checked, then read by {@link Magento2SoapReader}, stored, and answered by {@link SoapWriter} in
 * the request's envelope version. The steps are {@link SoapIntakeEndpoint}'s.
 */
@WebServiceProvider(serviceName = "realtimeDespatchOrderFlowInventoryRequestManagementV1Service",
        portName = "realtimeDespatchOrderFlowInventoryRequestManagementV1Port",
        targetNamespace = "urn:dev.inventoryimport:orderflow")
@ServiceMode(Service.Mode.MESSAGE)
@BindingType(HTTPBinding.HTTP_BINDING)
public class Magento2SoapEndpoint extends SoapIntakeEndpoint<SoapPush> {

    static final String SERVICE = "realtimeDespatchOrderFlowInventoryRequestManagementV1";

    private final CdiBean<ApiTokens> tokens = new CdiBean<>(ApiTokens.class);

    public Magento2SoapEndpoint() {
        // The WSDL is served by WsdlFilter; anything else but a push has nothing here.
        super(Contract.M2_SOAP, Magento2SoapReader::read,
                "POST a push here; GET ?wsdl&services=" + SERVICE + " for the WSDL", "Push not stored");
    }

    @Override
    protected DataSource check(SoapExchange exchange) {
        SoapVersion version = exchange.headerVersion();
        if (!tokens.get().accepts(exchange.http().getHeader("Authorization"))) {
            return exchange.fault(version, 401, Map.of("WWW-Authenticate", "Bearer"),
                    "A valid bearer token is required (Authorization: Bearer <token>)");
        }
        String query = exchange.http().getQueryString() == null ? "" : exchange.http().getQueryString();
        if (!Wsdl.servicesParameterAccepted(query)) {
            return exchange.fault(version, 400, Map.of(), "Unknown service: this endpoint serves " + SERVICE);
        }
        return null;
    }

    @Override
    protected DataSource answer(SoapExchange exchange, SoapPush push, byte[] body) {
        IntakeService.Receipt receipt = store(exchange, body, push.push());
        return exchange.answer(push.version(), 200, Map.of("X-Request-Id", Long.toString(receipt.requestId())),
                SoapWriter.answer(push.version(), push.operationNamespace(), receipt.answer()));
    }
}
