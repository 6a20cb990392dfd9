package app.loadwise.traininglog.importing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AthleteNamesTest {

    private static final AthleteNames ROSTER = new AthleteNames(List.of(new AthleteNames.Named(1, "Ada Okafor"),
            new AthleteNames.Named(2, "Se\u00e1n O'Brien"), new AthleteNames.Named(3, "Zo\u00eb Ng"),
            new AthleteNames.Named(4, "Ben Meyer")));

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Ada Okafor|1", "'  ada   OKAFOR '|1", "ADA\u00a0OKAFOR|1",
            "Se\u00e1n O\u2019Brien|2", "Se\u00e1n O\u02bcBrien|2", "SEA\u0301N O'BRIEN|2", "Zoe\u0308 Ng|3", "zo\u00eb ng|3"})
    void matchesNamesIgnoringCaseSpacesNormalisationAndApostrophes(String written, long id) {
        assertThat(ROSTER.named(written)).extracting(AthleteNames.Named::id).containsExactly(id);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Ada Okafr|Ada Okafor", "Sean OBrien|Se\u00e1n O'Brien", "Ben Meier|Ben Meyer", "Ada|Ada Okafor"})
    void suggestsTheClosestRosterNamesForAnUnknownName(String written, String suggested) {
        assertThat(ROSTER.named(written)).isEmpty();
        assertThat(ROSTER.closest(written)).first().isEqualTo(suggested);
    }

    @ParameterizedTest
    @CsvSource({"Xavier Quint", "Bo"})
    void suggestsNothingWhenNoNameIsClose(String written) {
        assertThat(ROSTER.closest(written)).isEmpty();
    }
}
