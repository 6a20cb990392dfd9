package app.loadwise.recovery.internal;

import app.loadwise.domain.common.InvalidValueException;
import app.loadwise.recovery.engine.RuleSettings;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Rule settings as the JSON document stored per club and shown by the API. */
public final class RuleSettingsDocuments {

    private static final Jsonb JSON = JsonbBuilder.create();
    private static final Logger LOG = Logger.getLogger(RuleSettingsDocuments.class.getName());

    private RuleSettingsDocuments() {
    }

    public static String write(RuleSettings settings) {
        return JSON.toJson(settings);
    }

    /** Reads a stored document; a document that no longer reads is reported, never silently replaced by defaults. */
    public static RuleSettings read(String document) {
        try {
            RuleSettings settings = JSON.fromJson(document, RuleSettings.class);
            InvalidValueException.require(settings != null, "settings", "the stored rule settings are empty");
            return settings;
        } catch (JsonbException e) {
            Throwable cause = e;
            while (cause.getCause() != null && cause.getCause() != cause) {
                cause = cause.getCause();
            }
            if (cause instanceof InvalidValueException invalid) {
                throw invalid;
            }
            // the binder's message names Java classes: it goes to the log, the caller is told what to do
            LOG.log(Level.WARNING, "Stored rule settings cannot be read", e);
            throw new InvalidValueException("settings", "the stored rule settings cannot be read; replace them with a complete"
                    + " settings document (PUT .../rule-settings) or go back to the defaults (DELETE .../rule-settings)");
        }
    }
}
