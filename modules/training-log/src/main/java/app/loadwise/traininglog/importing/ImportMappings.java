package app.loadwise.traininglog.importing;

import app.loadwise.domain.club.ClubRepository;
import app.loadwise.domain.common.InvalidValueException;
import app.loadwise.traininglog.importing.internal.FormatDetector;
import app.loadwise.traininglog.importing.internal.ImportField;
import app.loadwise.traininglog.importing.internal.store.ColumnMapping;
import app.loadwise.traininglog.importing.internal.store.ColumnMappingRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A club's saved column mappings: uploads whose header row matches one are read with it. */
@ApplicationScoped
@Transactional
public class ImportMappings {

    @Inject
    ClubRepository clubs;

    @Inject
    ColumnMappingRepository mappings;

    @Inject
    Clock clock;

    /** Saves a club's column mapping; uploads whose header row matches are read with it. */
    public MappingView saveMapping(long clubId, MappingRequest request) {
        clubs.get(clubId);
        Map<String, String> columns = new LinkedHashMap<>();
        request.columns().forEach((header, code) -> {
            InvalidValueException.require(request.headers().contains(header), "columns",
                    "'" + header + "' is not one of the headers given");
            ImportField field = ImportField.fromCode(code);
            InvalidValueException.require(field != null, "columns", "'" + code + "' is not a field; use one of " + fieldCodes());
            columns.put(header, field.code());
        });
        request.highIs().forEach((header, high) -> {
            InvalidValueException.require(columns.containsKey(header), "highIs",
                    "'" + header + "' is given a direction but not mapped to a field; map it as well");
            InvalidValueException.require(ColumnMapping.HIGH_IS.contains(high), "highIs",
                    "'" + high + "' is not a direction for '" + header + "'; use worse (its high end is the worst) or better");
        });
        ColumnMapping mapping = mappings.add(new ColumnMapping(clubId, request.name(), FormatDetector.signature(request.headers()),
                columns, request.highIs(), clock.instant()));
        return ImportViews.of(mapping);
    }

    public List<MappingView> mappings(long clubId) {
        clubs.get(clubId);
        return mappings.ofClub(clubId).stream().map(ImportViews::of).toList();
    }

    public void deleteMapping(long clubId, long mappingId) {
        mappings.remove(mappings.get(clubId, mappingId));
    }

    private static String fieldCodes() {
        return String.join(", ", Arrays.stream(ImportField.values()).map(ImportField::code).toList());
    }
}
