package app.loadwise.recovery;

import app.loadwise.recovery.engine.RecoveryEngine;

/** The scoring formula other modules may name: its version is stored with every score and shown in reports. */
public final class ScoringFormula {

    /**
     * The current formula version, such as 2026.2. Taken from the engine, its single source, at class loading, so a
     * module that reads it gets a new version without being compiled again.
     */
    public static final String VERSION = RecoveryEngine.FORMULA_VERSION;

    private ScoringFormula() {
    }
}
