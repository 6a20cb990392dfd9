package app.loadwise.domain.recovery;

import jakarta.json.bind.adapter.JsonbAdapter;
import jakarta.json.bind.annotation.JsonbTypeAdapter;
import java.util.Locale;

/** Traffic-light status of a weekly balance score; the API writes it as its code (green, amber, red). */
@JsonbTypeAdapter(ScoreStatus.AsCode.class)
public enum ScoreStatus {
    GREEN, AMBER, RED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** A status in JSON: its code. */
    public static final class AsCode implements JsonbAdapter<ScoreStatus, String> {

        @Override
        public String adaptToJson(ScoreStatus status) {
            return status.code();
        }

        @Override
        public ScoreStatus adaptFromJson(String code) {
            return valueOf(code.toUpperCase(Locale.ROOT));
        }
    }
}
