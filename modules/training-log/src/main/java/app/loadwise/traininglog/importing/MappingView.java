package app.loadwise.traininglog.importing;

import java.time.Instant;
import java.util.Map;

/** A saved column mapping: header to field. */
public record MappingView(long id, long clubId, String name, Map<String, String> columns, Instant createdAt) {
}
