package dev.inventoryimport.admin.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BodyFormatTest {

    @Test
    void indentsSoapKeepingPrefixesNamespacesAndText() {
        String body = "<env:Envelope xmlns:env=\"http://www.w3.org/2003/05/soap-envelope\"><env:Body>"
                + "<ns1:update xmlns:ns1=\"urn:x\"><productQtys><item><sku>24-MB01</sku><qty>90</qty></item>"
                + "</productQtys><messageSeqId>71</messageSeqId><empty/></ns1:update></env:Body></env:Envelope>";
        assertEquals("""
                <env:Envelope xmlns:env="http://www.w3.org/2003/05/soap-envelope">
                  <env:Body>
                    <ns1:update xmlns:ns1="urn:x">
                      <productQtys>
                        <item>
                          <sku>24-MB01</sku>
                          <qty>90</qty>
                        </item>
                      </productQtys>
                      <messageSeqId>71</messageSeqId>
                      <empty/>
                    </ns1:update>
                  </env:Body>
                </env:Envelope>""", BodyFormat.pretty(body));
    }

    @Test
    void markupInsideValuesStaysEscapedText() {
        String pretty = BodyFormat.pretty("<a><sku>&lt;script&gt;alert(1)&lt;/script&gt;</sku></a>");
        assertTrue(pretty.contains("<sku>&lt;script&gt;alert(1)&lt;/script&gt;</sku>"), pretty);
    }

    @Test
    void indentsJson() {
        String pretty = BodyFormat.pretty("{\"messageSeqId\":71,\"productQtys\":[{\"sku\":\"<script>\",\"qty\":\"90\"}]}");
        assertTrue(pretty.startsWith("{\n"), pretty);
        assertTrue(pretty.contains("\"sku\": \"<script>\""), pretty);
    }

    @Test
    void showsWhatDoesNotParseExactlyAsReceived() {
        assertEquals("<a><b></a>", BodyFormat.pretty("<a><b></a>"));
        assertEquals("{\"a\":", BodyFormat.pretty("{\"a\":"));
        assertEquals("plain text", BodyFormat.pretty("plain text"));
    }

    @Test
    void refusesDoctypesRatherThanExpandingEntities() {
        String hostile = "<!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><a>&x;</a>";
        assertEquals(hostile, BodyFormat.pretty(hostile));
    }
}
