package app.loadwise.traininglog.importing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;

/**
 * A club's column mapping to save: the header row of its spreadsheet, and for each header the field it holds
 * (memberId, date, startTime, type, movingMinutes ... see docs/import.md). Headers not named are ignored.
 * {@code highIs} answers, for a header that states a scale but not which end is the worst ("Fatigue (1-5)"),
 * whether its high end is "worse" or "better"; optional, and only for mapped headers.
 */
public record MappingRequest(
        @NotBlank(message = "a mapping needs a name") @Size(max = 100, message = "name must be at most 100 characters") String name,
        @NotEmpty(message = "give the header row the mapping is for") List<String> headers,
        @NotEmpty(message = "map at least one column") Map<String, String> columns,
        Map<String, String> highIs) {

    public MappingRequest {
        highIs = highIs == null ? Map.of() : highIs;
    }
}
