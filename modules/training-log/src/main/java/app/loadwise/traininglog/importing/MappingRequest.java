package app.loadwise.traininglog.importing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;

/**
 * A club's column mapping to save: the header row of its spreadsheet, and for each header the field it holds
 * (memberId, date, startTime, type, movingMinutes ... see docs/import.md). Headers not named are ignored.
 */
public record MappingRequest(
        @NotBlank(message = "a mapping needs a name") @Size(max = 100, message = "name must be at most 100 characters") String name,
        @NotEmpty(message = "give the header row the mapping is for") List<String> headers,
        @NotEmpty(message = "map at least one column") Map<String, String> columns) {
}
