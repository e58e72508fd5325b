package dev.inventoryimport.intake.magento1;

import java.util.Map;

import dev.inventoryimport.intake.IntakeService;
import dev.inventoryimport.intake.soap.CdiBean;
import dev.inventoryimport.intake.soap.SoapExchange;
import dev.inventoryimport.intake.soap.SoapIntakeEndpoint;
import dev.inventoryimport.intake.soap.SoapVersion;
import dev.inventoryimport.requests.Contract;
import jakarta.activation.DataSource;
import jakarta.xml.ws.BindingType;
import jakarta.xml.ws.Service;
import jakarta.xml.ws.ServiceMode;
import jakarta.xml.ws.WebServiceProvider;
import jakarta.xml.ws.http.HTTPBinding;

/**
 * Magento 1's SOAP v2 API, {@code POST /api/v2_soap/index/}: {@code login}, then
 * {@code orderflowInventoryMultiUpdate} into the same request store and queue as Magento 2 pushes,
 * then {@code endSession}. Authenticated by session only, as Magento 1 is; faults carry Magento 1's
 * codes (2 "Access denied.", 5 "Session expired. Try to relogin."). Read by
 * {@link Magento1SoapReader}, answered by {@link Magento1SoapWriter}; the steps are
 * {@link SoapIntakeEndpoint}'s.
 */
@WebServiceProvider(serviceName = "MagentoService", portName = "Mage_Api_Model_Server_V2_HandlerPort",
        targetNamespace = "urn:Magento")
@ServiceMode(Service.Mode.MESSAGE)
@BindingType(HTTPBinding.HTTP_BINDING)
public class Magento1SoapEndpoint extends SoapIntakeEndpoint<Magento1Request> {

    static final String ACCESS_DENIED = "Access denied.";
    static final String SESSION_EXPIRED = "Session expired. Try to relogin.";

    private final CdiBean<Magento1Sessions> sessions = new CdiBean<>(Magento1Sessions.class);

    public Magento1SoapEndpoint() {
        super(Contract.M1_SOAP, Magento1SoapReader::read, "POST SOAP calls here; GET /api/v2_soap/?wsdl=1 for the WSDL",
                "Magento 1 call not completed");
    }

    /** Pushes are the update calls; a body refused unread may have been one, so it counts too. */
    @Override
    protected boolean counted(Magento1Request request) {
        return request == null || request.call() instanceof Magento1Call.MultiUpdate;
    }

    @Override
    protected DataSource answer(SoapExchange exchange, Magento1Request request, byte[] body) {
        Magento1Sessions sessions = this.sessions.get();
        SoapVersion v = request.version();
        Magento1Call call = request.call();
        if (call instanceof Magento1Call.Login login) {
            Magento1Sessions.LoginResult result = sessions.login(login.username(), login.apiKey(),
                    exchange.http().getRemoteAddr());
            if (result.sessionId() != null) {
                return exchange.answer(v, 200, Map.of(),
                        Magento1SoapWriter.loginAnswer(v, request.style(), result.sessionId()));
            }
            return result.refusal() == Magento1Sessions.Refusal.THROTTLED
                    ? magentoFault(exchange, v, 429, Map.of("Retry-After", "300"), "2",
                    ACCESS_DENIED + " Too many failed logins; try again later.")
                    : magentoFault(exchange, v, 401, Map.of(), "2", ACCESS_DENIED);
        }
        if (call instanceof Magento1Call.MultiUpdate update) {
            if (!sessions.touch(update.sessionId())) {
                return magentoFault(exchange, v, 401, Map.of(), "5", SESSION_EXPIRED);
            }
            IntakeService.Receipt receipt = store(exchange, body, update.push());
            return exchange.answer(v, 200, Map.of("X-Request-Id", Long.toString(receipt.requestId())),
                    Magento1SoapWriter.multiUpdateAnswer(v, request.style(), receipt.answer()));
        }
        Magento1Call.EndSession end = (Magento1Call.EndSession) call;
        return sessions.end(end.sessionId())
                ? exchange.answer(v, 200, Map.of(), Magento1SoapWriter.endSessionAnswer(v, request.style()))
                : magentoFault(exchange, v, 401, Map.of(), "5", SESSION_EXPIRED);
    }

    private static DataSource magentoFault(SoapExchange exchange, SoapVersion v, int status,
                                           Map<String, String> headers, String code, String text) {
        return exchange.answer(v, status, headers, Magento1SoapWriter.fault(v, code, text));
    }
}
