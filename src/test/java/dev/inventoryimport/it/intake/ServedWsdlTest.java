package dev.inventoryimport.it.intake;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;

import dev.inventoryimport.intake.magento1.Magento1SoapWriter;
import dev.inventoryimport.intake.magento1.Magento1Style;
import dev.inventoryimport.intake.soap.SoapVersion;
import dev.inventoryimport.intake.soap.SoapWriter;
import dev.inventoryimport.intake.soap.WsdlTemplate;
import dev.inventoryimport.it.support.PushClient;
import org.junit.jupiter.api.Test;

/**
 * The answer check the integration tests run against the served WSDLs, here against the WSDL
 * resources themselves: it passes what the SOAP writers write and catches what a generated client
 * would not read.
 */
class ServedWsdlTest {

    private static final String ADDRESS = "http://shop.test/soap/default?services=" + PushClient.SERVICE;
    private static final String RESPONSE = PushClient.SERVICE + "UpdateResponse";
    private static final ServedWsdl WSDL = ServedWsdl.of(new String(
            WsdlTemplate.load(SoapWriter.class, "magento2-inventory.wsdl").render(ADDRESS), StandardCharsets.UTF_8));

    @Test
    void theWritersAnswersAndFaultsValidateInBothVersions() {
        for (SoapVersion v : SoapVersion.values()) {
            WSDL.assertValidAnswer(text(SoapWriter.answer(v, ADDRESS, "Success - Message 71 Received")));
            WSDL.assertValidAnswer(text(SoapWriter.fault(v, true, "A valid bearer token is required")));
            WSDL.assertValidAnswer(text(SoapWriter.fault(v, false, "Service temporarily unavailable <&>")));
        }
    }

    @Test
    void aQualifiedResultAsGeneratedClientsCannotReadItIsRejected() {
        String qualified = "<env:Envelope xmlns:env=\"http://www.w3.org/2003/05/soap-envelope\"><env:Body>"
                + "<ns1:" + RESPONSE + " xmlns:ns1=\"" + ADDRESS + "\"><ns1:result>x</ns1:result></ns1:" + RESPONSE + ">"
                + "</env:Body></env:Envelope>";
        assertThrows(AssertionError.class, () -> WSDL.assertValidAnswer(qualified));
    }

    @Test
    void anUndeclaredElementAnotherNamespaceOrANonStandardCodeIsRejected() {
        String otherNamespace = text(SoapWriter.answer(SoapVersion.SOAP_1_2, "urn:elsewhere", "ok"));
        assertThrows(AssertionError.class, () -> WSDL.assertValidAnswer(otherNamespace));
        String noResult = "<env:Envelope xmlns:env=\"http://www.w3.org/2003/05/soap-envelope\"><env:Body>"
                + "<ns1:" + RESPONSE + " xmlns:ns1=\"" + ADDRESS + "\"/></env:Body></env:Envelope>";
        assertThrows(AssertionError.class, () -> WSDL.assertValidAnswer(noResult));
        String badCode = text(SoapWriter.fault(SoapVersion.SOAP_1_2, true, "x")).replace("env:Sender", "env:Client");
        assertThrows(AssertionError.class, () -> WSDL.assertValidAnswer(badCode));
        String noLang = text(SoapWriter.fault(SoapVersion.SOAP_1_2, true, "x")).replace(" xml:lang=\"en\"", "");
        assertThrows(AssertionError.class, () -> WSDL.assertValidAnswer(noLang));
    }

    @Test
    void magento1DocumentLiteralAnswersValidateAgainstTheWsiWsdl() {
        ServedWsdl wsi = ServedWsdl.of(text(WsdlTemplate.load(Magento1SoapWriter.class, "magento1-api-wsi.wsdl")
                .render("http://shop.test/api/v2_soap/index/")));
        SoapVersion v = SoapVersion.SOAP_1_1;
        wsi.assertValidAnswer(text(Magento1SoapWriter.loginAnswer(v, Magento1Style.DOCUMENT_LITERAL, "0123abcd")));
        wsi.assertValidAnswer(text(Magento1SoapWriter.multiUpdateAnswer(v, Magento1Style.DOCUMENT_LITERAL,
                "Success - Message 4 Received")));
        wsi.assertValidAnswer(text(Magento1SoapWriter.endSessionAnswer(v, Magento1Style.DOCUMENT_LITERAL)));
        // The rpc/encoded answers are not the WS-I form.
        assertThrows(AssertionError.class, () -> wsi.assertValidAnswer(
                text(Magento1SoapWriter.loginAnswer(v, Magento1Style.RPC_ENCODED, "0123abcd"))));
    }

    private static String text(byte[] xml) {
        return new String(xml, StandardCharsets.UTF_8);
    }
}
