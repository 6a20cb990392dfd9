package app.loadwise.webhooks.internal;

import app.loadwise.webhooks.internal.store.WebhookEvent;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The JSON body of an event: {@code {id, type, occurredAt, clubId, data:{...}}}. Built from the stored event, so every
 * attempt of a delivery sends the same bytes.
 */
public final class WebhookPayloads {

    private WebhookPayloads() {
    }

    public static String body(WebhookEvent event) {
        Map<String, Object> data = new LinkedHashMap<>();
        switch (event.type()) {
            case FINDING_RED -> {
                data.put("athleteId", event.athleteId());
                data.put("athleteName", event.athleteName());
                data.put("week", event.isoWeek());
                data.put("ruleId", event.ruleId());
                data.put("severity", event.severity());
                data.put("provisional", event.provisional());
                data.put("message", event.message());
                data.put("advice", event.advice());
            }
            case REPORT_SENT -> {
                data.put("week", event.isoWeek());
                data.put("downloadPath", event.downloadPath());
            }
            case PING -> data.put("message", "Test event from Loadwise");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", event.id());
        body.put("type", event.type().apiName());
        body.put("occurredAt", event.occurredAt().toString());
        body.put("clubId", event.clubId());
        body.put("data", data);
        return json(body);
    }

    static String json(Object value) {
        StringBuilder out = new StringBuilder();
        write(out, value);
        return out.toString();
    }

    private static void write(StringBuilder out, Object value) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof Number || value instanceof Boolean) {
            out.append(value);
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                string(out, String.valueOf(entry.getKey()));
                out.append(':');
                write(out, entry.getValue());
            }
            out.append('}');
        } else {
            string(out, value.toString());
        }
    }

    private static void string(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
