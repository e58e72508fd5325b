package dev.inventoryimport.it.intake;

import java.util.List;
import java.util.Map;

import dev.inventoryimport.it.wsimport.magento2.ArrayOfRealtimeDespatchOrderFlowDataQuantityItemInterface;
import dev.inventoryimport.it.wsimport.magento2.ArrayOfRealtimeDespatchOrderFlowDataSequenceItemInterface;
import dev.inventoryimport.it.wsimport.magento2.RealtimeDespatchOrderFlowDataQuantityItemInterface;
import dev.inventoryimport.it.wsimport.magento2.RealtimeDespatchOrderFlowDataSequenceItemInterface;
import dev.inventoryimport.it.wsimport.magento2.RealtimeDespatchOrderFlowInventoryRequestManagementV1Service;
import dev.inventoryimport.it.wsimport.magento2.RealtimeDespatchOrderFlowInventoryRequestManagementV1UpdateRequest;
import dev.inventoryimport.it.wsimport.served.RealtimeDespatchOrderFlowInventoryRequestManagementV1PortType;
import jakarta.xml.ws.BindingProvider;
import jakarta.xml.ws.handler.MessageContext;
import org.w3c.dom.Element;

/**
 * Pushes one SKU through the SOAP clients wsimport generated at build time (pom.xml,
 * jaxws-maven-plugin): the one from the WSDL file the service serves, through its SOAP 1.2 and its
 * SOAP 1.1 port, and the one from a WSDL of Magento 2's own form (src/test/resources/wsdl), as an
 * OrderFlow client built against a real store. Each uses the WSDL it was generated from, with the
 * endpoint address and the bearer token set on the port, as integrators do.
 */
final class WsimportClients {

    /** What the client read as the result, and the request id the answer's header carried. */
    record Pushed(String result, long requestId) {
    }

    enum Port { SOAP_1_2, SOAP_1_1 }

    private WsimportClients() {
    }

    static Pushed servedWsdl(Port port, String endpoint, String token, long messageId, String sku, String qty, String seq) {
        var service = new dev.inventoryimport.it.wsimport.served.RealtimeDespatchOrderFlowInventoryRequestManagementV1Service();
        RealtimeDespatchOrderFlowInventoryRequestManagementV1PortType client = port == Port.SOAP_1_2
                ? service.getRealtimeDespatchOrderFlowInventoryRequestManagementV1Port()
                : service.getRealtimeDespatchOrderFlowInventoryRequestManagementV1Soap11Port();
        configure((BindingProvider) client, endpoint, token);

        var q = new dev.inventoryimport.it.wsimport.served.RealtimeDespatchOrderFlowDataQuantityItemInterface();
        q.setSku(sku);
        q.setQty(qty);
        var s = new dev.inventoryimport.it.wsimport.served.RealtimeDespatchOrderFlowDataSequenceItemInterface();
        s.setSku(sku);
        s.setSeq(seq);
        var qtys = new dev.inventoryimport.it.wsimport.served.ArrayOfRealtimeDespatchOrderFlowDataQuantityItemInterface();
        qtys.getItem().add(q);
        var seqs = new dev.inventoryimport.it.wsimport.served.ArrayOfRealtimeDespatchOrderFlowDataSequenceItemInterface();
        seqs.getItem().add(s);
        var request = new dev.inventoryimport.it.wsimport.served.RealtimeDespatchOrderFlowInventoryRequestManagementV1UpdateRequest();
        request.setProductQtys(qtys);
        request.setProductSeqs(seqs);
        request.setMessageSeqId(messageId);
        try {
            String result = client.realtimeDespatchOrderFlowInventoryRequestManagementV1Update(request).getResult();
            return new Pushed(result, requestId((BindingProvider) client));
        } catch (dev.inventoryimport.it.wsimport.served.GenericFault_Exception e) {
            throw new AssertionError("GenericFault: " + e.getMessage(), e);
        }
    }

    /** Magento's WSDL binds SOAP 1.2 only and types result as xsd:anyType: JAXB hands over the element. */
    static Pushed magento2Form(String endpoint, String token, int messageId, String sku, String qty, String seq) {
        var client = new RealtimeDespatchOrderFlowInventoryRequestManagementV1Service()
                .getRealtimeDespatchOrderFlowInventoryRequestManagementV1Port();
        configure((BindingProvider) client, endpoint, token);

        var q = new RealtimeDespatchOrderFlowDataQuantityItemInterface();
        q.setSku(sku);
        q.setQty(qty);
        q.setSource("default");
        var s = new RealtimeDespatchOrderFlowDataSequenceItemInterface();
        s.setSku(sku);
        s.setSeq(seq);
        s.setLastOrderExported("2024-02-16 10:00:00");
        var qtys = new ArrayOfRealtimeDespatchOrderFlowDataQuantityItemInterface();
        qtys.getItem().add(q);
        var seqs = new ArrayOfRealtimeDespatchOrderFlowDataSequenceItemInterface();
        seqs.getItem().add(s);
        var request = new RealtimeDespatchOrderFlowInventoryRequestManagementV1UpdateRequest();
        request.setProductQtys(qtys);
        request.setProductSeqs(seqs);
        request.setMessageSeqId(messageId);
        try {
            Object result = client.realtimeDespatchOrderFlowInventoryRequestManagementV1Update(request).getResult();
            String text = result instanceof Element e ? e.getTextContent() : String.valueOf(result);
            return new Pushed(text, requestId((BindingProvider) client));
        } catch (dev.inventoryimport.it.wsimport.magento2.GenericFault_Exception e) {
            throw new AssertionError("GenericFault: " + e.getMessage(), e);
        }
    }

    private static void configure(BindingProvider port, String endpoint, String token) {
        Map<String, Object> context = port.getRequestContext();
        context.put(BindingProvider.ENDPOINT_ADDRESS_PROPERTY, endpoint);
        context.put(MessageContext.HTTP_REQUEST_HEADERS, Map.of("Authorization", List.of("Bearer " + token)));
    }

    @SuppressWarnings("unchecked")
    private static long requestId(BindingProvider port) {
        var headers = (Map<String, List<String>>) port.getResponseContext().get(MessageContext.HTTP_RESPONSE_HEADERS);
        return headers.entrySet().stream()
                .filter(h -> "X-Request-Id".equalsIgnoreCase(h.getKey()))
                .map(h -> Long.parseLong(h.getValue().get(0)))
                .findFirst().orElseThrow(() -> new AssertionError("no X-Request-Id in " + headers));
    }
}
