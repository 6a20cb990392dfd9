package app.loadwise.recovery;

import app.loadwise.recovery.engine.RuleSettings;
import java.time.Instant;

/** A club's rule settings: its own ({@code custom}) or the defaults, with when they were last changed. */
public record ClubRuleSettingsView(long clubId, boolean custom, Instant updatedAt, RuleSettings settings) {
}
