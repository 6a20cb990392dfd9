package app.loadwise.traininglog.importing.internal;

import app.loadwise.domain.training.SessionDetails;
import app.loadwise.domain.training.SessionType;
import app.loadwise.domain.training.WellnessDetails;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;

/** Keeps a row held for review as text (one key=value per line), so it can be imported later as it was read. */
public final class ReviewPayload {

    private static final int MAX = 4000;

    private ReviewPayload() {
    }

    public static String of(SessionDetails d) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("kind", "session");
        values.put("date", d.date());
        values.put("startTime", d.startTime());
        values.put("type", d.type().code());
        values.put("movingMinutes", d.movingMinutes());
        values.put("elapsedMinutes", d.elapsedMinutes());
        values.put("distanceKm", d.distanceKm());
        values.put("rpe", d.rpe());
        values.put("avgHr", d.avgHr());
        values.put("maxHr", d.maxHr());
        values.put("warmUpMinutes", d.warmUpMinutes());
        values.put("refuelMinutes", d.refuelMinutes());
        values.put("carbsG", d.carbsG());
        values.put("proteinG", d.proteinG());
        values.put("pain", d.pain());
        values.put("painLocation", d.painLocation());
        values.put("painScore", d.painScore());
        values.put("muscleSoreness", d.muscleSoreness());
        values.put("notes", d.notes());
        return encode(values);
    }

    public static String of(WellnessDetails d) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("kind", "wellness");
        values.put("date", d.date());
        values.put("sleepHours", d.sleepHours());
        values.put("sleepQuality", d.sleepQuality());
        values.put("restingHr", d.restingHr());
        values.put("hrvMs", d.hrvMs());
        values.put("fatigue", d.fatigue());
        values.put("stress", d.stress());
        values.put("mood", d.mood());
        values.put("soreness", d.soreness());
        values.put("painNote", d.painNote());
        return encode(values);
    }

    public static boolean isSession(String payload) {
        return "session".equals(decode(payload).get("kind"));
    }

    public static SessionDetails session(String payload) {
        Map<String, String> v = decode(payload);
        return new SessionDetails(LocalDate.parse(v.get("date")), time(v.get("startTime")), SessionType.fromCode(v.get("type"), "type"),
                dbl(v.get("movingMinutes")), dbl(v.get("elapsedMinutes")), dbl(v.get("distanceKm")), integer(v.get("rpe")),
                integer(v.get("avgHr")), integer(v.get("maxHr")), integer(v.get("warmUpMinutes")), integer(v.get("refuelMinutes")),
                integer(v.get("carbsG")), integer(v.get("proteinG")), Boolean.parseBoolean(v.get("pain")), v.get("painLocation"),
                integer(v.get("painScore")), integer(v.get("muscleSoreness")), v.get("notes"));
    }

    public static WellnessDetails wellness(String payload) {
        Map<String, String> v = decode(payload);
        return new WellnessDetails(LocalDate.parse(v.get("date")), dbl(v.get("sleepHours")), integer(v.get("sleepQuality")),
                integer(v.get("restingHr")), dbl(v.get("hrvMs")), integer(v.get("fatigue")), integer(v.get("stress")),
                integer(v.get("mood")), integer(v.get("soreness")), v.get("painNote"));
    }

    private static String encode(Map<String, Object> values) {
        StringBuilder text = new StringBuilder();
        values.forEach((key, value) -> {
            if (value != null) {
                text.append(key).append('=').append(escape(value.toString())).append('\n');
            }
        });
        if (text.length() > MAX) {
            // only free text can be this long; the notes are cut rather than the row lost
            String notes = values.get("notes") != null ? "notes" : "painNote";
            Object full = values.get(notes);
            values.put(notes, full.toString().substring(0, Math.max(0, full.toString().length() - (text.length() - MAX) - 20)));
            return encode(values);
        }
        return text.toString();
    }

    private static Map<String, String> decode(String payload) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : payload.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                values.put(line.substring(0, eq), unescape(line.substring(eq + 1)));
            }
        }
        return values;
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String unescape(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                out.append(next == 'n' ? '\n' : next == 'r' ? '\r' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static Double dbl(String text) {
        return text == null ? null : Double.valueOf(text);
    }

    private static Integer integer(String text) {
        return text == null ? null : Integer.valueOf(text);
    }

    private static LocalTime time(String text) {
        return text == null ? null : LocalTime.parse(text);
    }
}
