package dev.inventoryimport.it.attacks;

import static dev.inventoryimport.it.attacks.HostileBodies.SESSION;
import static dev.inventoryimport.it.attacks.HostileBodies.Shape.push;
import static dev.inventoryimport.it.attacks.HostileBodies.render;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.stream.Stream;

import dev.inventoryimport.it.attacks.HostileBodies.Target;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bodies that attack the XML and JSON readers themselves, after a control push on each contract:
 * external entities reaching for a file or for a loopback server, entity expansion and number
 * bombs, deep nesting, and elements or items with 100,000 attributes or members ({@link Attacks}).
 */
class ParserAttacksIT extends Attacks {

    /**
     * Control: a normal push on each contract, built as the attacks below are, is acknowledged and
     * stored (one more request each), so an unchanged count below does mean nothing was stored.
     * It also takes each endpoint's first-request initialisation out of the timings that follow.
     */
    @Test
    @Order(0)
    void aNormalPushOnEachContractIsStored() {
        for (Target target : Target.values()) {
            long before = storedRequests();
            byte[] body = render(target, push(id()).sku("CONTROL-" + target.label)).replace(SESSION, m1Session())
                    .getBytes(StandardCharsets.UTF_8);
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + target.path))
                    .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofByteArray(body));
            headers(target).forEach(request::header);
            long start = System.nanoTime();
            HttpResponse<String> answer = send(request.build());
            row(target, "control: the same push, not hostile (stored)", answer.statusCode(), (System.nanoTime() - start) / 1_000_000);
            assertEquals(200, answer.statusCode(), excerpt(answer.body()));
            assertEquals(before + 1, storedRequests(), "the control push is stored");
        }
    }

    static Stream<Attack> externalFileEntities() {
        String url = fileUrl();
        String general = "<!DOCTYPE r [<!ENTITY xxe SYSTEM \"" + url + "\">]>";
        String parameter = "<!DOCTYPE r [<!ENTITY % xxe SYSTEM \"" + url + "\">%xxe;]>";
        String xinclude = "<xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" href=\"" + url + "\" parse=\"text\"/>";
        Attack soapGeneral = Attack.bad(Target.M2_SOAP, "DOCTYPE, entity SYSTEM file: in <sku>", push(id()).prolog(general).sku("&xxe;"));
        return Stream.of(
                soapGeneral,
                Attack.bad(Target.M2_SOAP, "DOCTYPE, parameter entity SYSTEM file:", push(id()).prolog(parameter)),
                Attack.bad(Target.M2_SOAP, "XInclude of a file in <sku>", push(id()).sku(xinclude)),
                Attack.bad(Target.M1_SOAP, "DOCTYPE, entity SYSTEM file: in <key>", push(id()).prolog(general).sku("&xxe;")),
                Attack.bad(Target.M1_SOAP, "XInclude of a file in <key>", push(id()).sku(xinclude)),
                soapGeneral.as(Target.M2_REST, "application/json", "the SOAP file-entity body as JSON"),
                soapGeneral.as(Target.M2_REST, "application/xml", "the SOAP file-entity body as application/xml"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    @Order(1)
    void externalFileEntities(Attack attack) {
        refusedFast(attack);
    }

    static Stream<Attack> externalHttpEntities() {
        String dtd = "<!DOCTYPE r SYSTEM \"" + decoyUrl("external.dtd") + "\">";
        String general = "<!DOCTYPE r [<!ENTITY xxe SYSTEM \"" + decoyUrl("entity") + "\">]>";
        String outOfBand = "<!DOCTYPE r [<!ENTITY % remote SYSTEM \"" + decoyUrl("oob.dtd") + "\">%remote;]>";
        Attack soapGeneral = Attack.bad(Target.M2_SOAP, "DOCTYPE, entity SYSTEM http: in <sku>", push(id()).prolog(general).sku("&xxe;"));
        return Stream.of(
                Attack.bad(Target.M2_SOAP, "external DTD over http:", push(id()).prolog(dtd)),
                soapGeneral,
                Attack.bad(Target.M2_SOAP, "parameter entity over http: (out of band)", push(id()).prolog(outOfBand)),
                Attack.bad(Target.M1_SOAP, "external DTD over http:", push(id()).prolog(dtd)),
                Attack.bad(Target.M1_SOAP, "DOCTYPE, entity SYSTEM http: in <key>", push(id()).prolog(general).sku("&xxe;")),
                soapGeneral.as(Target.M2_REST, "application/xml", "the SOAP http-entity body as application/xml"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    @Order(2)
    void externalHttpEntities(Attack attack) {
        refusedFast(attack);
        assertEquals(0, DECOY_HITS.get(), "the service fetched " + DECOY_REQUESTS);
    }

    static Stream<Attack> entityExpansion() {
        String laughs = HostileBodies.billionLaughs("r");
        String quadratic = "<!DOCTYPE r [<!ENTITY a \"" + "x".repeat(50_000) + "\">]>";
        Attack soapLaughs = Attack.bad(Target.M2_SOAP, "billion laughs (10^9 lol) in <sku>", push(id()).prolog(laughs).sku("&lol9;"));
        return Stream.of(
                soapLaughs,
                Attack.bad(Target.M2_SOAP, "quadratic blow-up (50 KB entity x 20,000)",
                        push(id()).prolog(quadratic).sku("&a;".repeat(20_000))),
                Attack.bad(Target.M1_SOAP, "billion laughs (10^9 lol) in <key>", push(id()).prolog(laughs).sku("&lol9;")),
                soapLaughs.as(Target.M2_REST, "application/json", "billion-laughs XML as JSON"),
                Attack.bad(Target.M2_REST, "exponent bomb messageSeqId 1e999999999", push(id()).messageId("1e999999999")),
                Attack.bad(Target.M2_REST, "exponent bomb messageSeqId \"9e99999999\"", push(id()).messageId("\"9e99999999\"")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    @Order(3)
    void entityExpansion(Attack attack) {
        refusedFast(attack);
        answersANormalPushAfter(attack.toString());
    }

    static Stream<Attack> deepNesting() {
        String elements = "<a>".repeat(10_000) + "</a>".repeat(10_000);
        return Stream.of(
                Attack.bad(Target.M2_SOAP, "10,000 nested elements in the operation", push(id()).inside(elements)),
                Attack.bad(Target.M1_SOAP, "10,000 nested elements in the operation", push(id()).inside(elements)),
                Attack.bad(Target.M2_REST, "10,000 nested arrays",
                        push(id()).inside("\"unknown\":" + "[".repeat(10_000) + "]".repeat(10_000) + ",")),
                Attack.bad(Target.M2_REST, "10,000 nested objects",
                        push(id()).inside("\"unknown\":" + "{\"a\":".repeat(10_000) + "0" + "}".repeat(10_000) + ",")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    @Order(4)
    void deepNesting(Attack attack) {
        refusedFast(attack);
    }

    static Stream<Attack> manyAttributes() {
        String attributes = HostileBodies.xmlAttributes(100_000);
        return Stream.of(
                Attack.bad(Target.M2_SOAP, "100,000 attributes on an <item>", push(id()).attributes(attributes)),
                Attack.bad(Target.M1_SOAP, "100,000 attributes on an <item>", push(id()).attributes(attributes)),
                Attack.bad(Target.M2_REST, "100,000 members in an item", push(id()).attributes(HostileBodies.jsonMembers(100_000))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    @Order(5)
    void manyAttributes(Attack attack) {
        refusedFast(attack);
    }
}
