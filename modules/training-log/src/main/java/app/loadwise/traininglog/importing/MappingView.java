package app.loadwise.traininglog.importing;

import java.time.Instant;
import java.util.Map;

/**
 * A saved column mapping: header to field, and for a header stating a scale without a direction whether its high end
 * is "worse" or "better" ({@code highIs}, empty when none was needed).
 */
public record MappingView(long id, long clubId, String name, Map<String, String> columns, Map<String, String> highIs,
                          Instant createdAt) {
}
