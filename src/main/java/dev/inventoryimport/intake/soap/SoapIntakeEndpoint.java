package dev.inventoryimport.intake.soap;

import java.io.InputStream;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import dev.inventoryimport.intake.IntakeService;
import dev.inventoryimport.intake.PushMetrics;
import dev.inventoryimport.intake.ReadBody;
import dev.inventoryimport.requests.Contract;
import dev.inventoryimport.requests.InventoryPush;
import jakarta.activation.DataSource;
import jakarta.annotation.Resource;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.xml.ws.Provider;
import jakarta.xml.ws.WebServiceContext;
import jakarta.xml.ws.handler.MessageContext;

/**
 * The intake pattern of the SOAP contracts (Magento 2 and Magento 1): only POST; the contract's
 * checks before the body is read; the body read, bounded, by the contract's reader ({@link ReadBody},
 * as the REST twin reads); the contract's answer, usually after storing the push; and a 503 the
 * sender retries when storing failed, since nothing was stored then. A subclass is the thin adapter
 * of one contract: its reader, its checks and its writer.
 *
 * <p>Subclasses are JAX-WS providers on the XML/HTTP binding (raw bytes in, so one endpoint reads
 * SOAP 1.1 and 1.2 alike and answers with the HTTP status each case deserves).
 *
 * @param <C> what the contract's reader makes of a body
 */
public abstract class SoapIntakeEndpoint<C extends SoapCall> implements Provider<DataSource> {

    private static final Logger LOG = Logger.getLogger(SoapIntakeEndpoint.class.getName());

    @Resource
    WebServiceContext context;

    private final Contract contract;
    private final ReadBody.Reader<C> reader;
    private final String usage;
    private final String notCompleted;
    private final CdiBean<IntakeService> intake = new CdiBean<>(IntakeService.class);
    private final CdiBean<PushMetrics> metrics = new CdiBean<>(PushMetrics.class);

    /**
     * @param contract     the contract the stored requests and the push metrics are counted under
     * @param reader       the contract's reader
     * @param usage        the text a request other than POST is answered with (405)
     * @param notCompleted the log line of a call that failed with a runtime exception
     */
    protected SoapIntakeEndpoint(Contract contract, ReadBody.Reader<C> reader, String usage,
                                 String notCompleted) {
        this.contract = contract;
        this.reader = reader;
        this.usage = usage;
        this.notCompleted = notCompleted;
    }

    /** Answers a read call; may throw when storing failed (answered 503 then). */
    protected abstract DataSource answer(SoapExchange exchange, C call, byte[] body);

    /** A refusal before the body is read (authentication, addressing), or null to read it. */
    protected DataSource check(SoapExchange exchange) {
        return null;
    }

    /** Whether this call's answer counts as a push in the metrics; {@code call} is null when unread. */
    protected boolean counted(C call) {
        return true;
    }

    /** Stores a push under this endpoint's contract and queues it. */
    protected final IntakeService.Receipt store(SoapExchange exchange, byte[] body, InventoryPush push) {
        return intake.get().store(contract, exchange.http().getContentType(), body, push);
    }

    @Override
    public final DataSource invoke(DataSource request) {
        MessageContext mc = context.getMessageContext();
        SoapExchange exchange = new SoapExchange(mc, (HttpServletRequest) mc.get(MessageContext.SERVLET_REQUEST));
        if (!"POST".equals(exchange.http().getMethod())) {
            return exchange.text(405, Map.of("Allow", "POST"), usage);
        }
        C call = null;
        DataSource answer = check(exchange);
        if (answer == null) {
            IntakeService service = intake.get();
            ReadBody<C> read = ReadBody.read(
                    () -> request == null ? InputStream.nullInputStream() : request.getInputStream(),
                    exchange.http().getContentLengthLong(), service.maxBodyBytes(), service.maxLines(), reader);
            if (read.refused()) {
                answer = exchange.fault(exchange.headerVersion(), read.status(), Map.of(), read.refusal());
            } else {
                call = read.value();
                answer = answerOrUnavailable(exchange, call, read.bytes());
            }
        }
        if (counted(call)) {
            metrics.get().answered(contract, ProviderAnswer.status(mc));
        }
        return answer;
    }

    private DataSource answerOrUnavailable(SoapExchange exchange, C call, byte[] body) {
        try {
            return answer(exchange, call, body);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, call.logTag() + notCompleted, e);
            return exchange.fault(call.version(), 503, Map.of("Retry-After", "30"),
                    "Service temporarily unavailable; nothing was stored, please retry");
        }
    }
}
