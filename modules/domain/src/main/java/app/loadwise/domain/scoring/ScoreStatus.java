package app.loadwise.domain.scoring;

import java.util.Locale;

/** Traffic-light status of a weekly balance score. */
public enum ScoreStatus {
    GREEN, AMBER, RED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
