package app.loadwise.recovery.engine;

import java.util.List;

/**
 * The 0-100 load-versus-rest balance score: 100 minus the listed components, with a status and the
 * version of the formula that produced it (stored with the score). Provisional while the week is open.
 */
public record BalanceScore(int value, Status status, String formulaVersion, List<ScoreComponent> components,
                           boolean provisional) {

    public BalanceScore {
        if (value < 0 || value > 100) {
            throw new IllegalArgumentException("score must be 0 to 100, got " + value);
        }
        components = List.copyOf(components);
    }
}
