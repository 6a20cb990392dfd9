package app.loadwise.webhooks.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WebhookPayloadsTest {

    @Test
    void writesJsonThatParsersReadBackWithEveryCharacterEscaped() throws Exception {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("athleteName", "Zoë \"Z\" O'Neil\\\n\t\u0001\u2028");
        data.put("athleteId", 3L);
        data.put("provisional", true);
        data.put("advice", null);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", 7L);
        body.put("data", data);

        String json = WebhookPayloads.json(body);
        JsonNode read = new ObjectMapper().readTree(json);

        assertThat(json).startsWith("{\"id\":7,\"data\":{\"athleteName\":");
        assertThat(read.get("data").get("athleteName").asText()).isEqualTo("Zoë \"Z\" O'Neil\\\n\t\u0001\u2028");
        assertThat(read.get("data").get("athleteId").asLong()).isEqualTo(3);
        assertThat(read.get("data").get("provisional").asBoolean()).isTrue();
        assertThat(read.get("data").get("advice").isNull()).isTrue();
    }
}
