package dev.inventoryimport.imports.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import dev.inventoryimport.platform.JsonAnswers;
import jakarta.json.bind.Jsonb;
import org.junit.jupiter.api.Test;

/** The request API's answer byte for byte: every field, in order, a pending request's nulls written. */
class RequestAnswerTest {

    private static final Jsonb JSONB = new JsonAnswers().getContext(Object.class);

    @Test
    void aPendingRequest() {
        var pending = new RequestResource.RequestAnswer(1, 71, "M2_REST", "inventory", "update", "Pending", 1, 0,
                "2024-02-16T10:00:00Z", null, null, null, null, null, null, null, null);
        assertEquals("{\"items\":[{\"request_id\":1,\"message_id\":71,\"contract\":\"M2_REST\",\"entity\":\"inventory\","
                + "\"operation\":\"update\",\"status\":\"Pending\",\"line_count\":1,\"attempts\":0,"
                + "\"received_at\":\"2024-02-16T10:00:00Z\",\"repeats_request_id\":null,\"import_id\":null,"
                + "\"successes\":null,\"duplicates\":null,\"superseded\":null,\"failures\":null,\"processed_at\":null,"
                + "\"error\":null}]}", JSONB.toJson(new RequestResource.RequestList(List.of(pending))));
    }
}
