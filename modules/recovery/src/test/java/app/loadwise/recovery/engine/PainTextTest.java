package app.loadwise.recovery.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The pain text reader alone, phrase by phrase, with the default keywords; each case beside its near misses. */
class PainTextTest {

    private static final List<String> KEYWORDS = RuleSettings.defaults()
            .forLevel(app.loadwise.domain.athlete.ExperienceLevel.INTERMEDIATE).pain().keywords();

    @ParameterizedTest(name = "''{0}'' -> [{1}]")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        // tendons, joints and bones
        "achilles pain today                          | achilles pain",
        "Achilles tendon                              | achilles tendon",
        "left KNEE                                    | knee",
        "shin hurts on stairs                         | shin hurts",
        "shins sore on the downhill                   | shins",
        "patellar tendon tender                       | patellar tendon",
        "plantar fascia burning in the morning        | plantar",
        "pain in the hip joint                        | pain hip joint",
        "heel hurts first thing                       | heel hurts",
        "knee pain, but legs fine                     | knee pain",
        // back-off words
        "nagging pain in the achilles again           | nagging pain achilles again",
        "sharp under foot                             | sharp",
        "stabbing feeling in the calf                 | stabbing",
        "calf pain again                              | pain again",
        "the calf pain keeps coming back              | pain keeps coming back",
        "calf still hurts                             | still hurts",
        // negations
        "no achilles pain today, all good             | -",
        "no pain                                      | -",
        "knee pain-free                               | -",
        "ran without pain in the knee                 | -",
        "achilles not sore                            | -",
        "knee didn't hurt at all                      | -",
        "no knee pain but shin hurts again            | shin hurts again",
        "no sharp pain                                | -",
        "knee feels fine                              | -",
        // muscle soreness and tightness
        "tight hip flexors after the long run         | -",
        "tight hamstrings                             | -",
        "sore quads                                   | -",
        "DOMS                                         | -",
        "sore legs after the long run                 | -",
        "calf muscle                                  | -",
        "calf pain                                    | -",
        "sore quads again                             | -",
        "hip flexors tight, hip joint aches           | hip joint aches",
        // words that only contain a keyword
        "shining sun, great run                       | -",
        "felt like a trombone                         | -",
        "-                                            | -",
    })
    void readsPainReportsAndQuotesTheWords(String text, String expected) {
        List<String> words = PainText.read(text, KEYWORDS);
        List<String> want = expected == null ? List.of() : Arrays.asList(expected.split(" "));
        assertThat(String.join(" ", words)).isEqualTo(String.join(" ", want));
    }

    @ParameterizedTest(name = "''{0}'' matches keyword ''{1}'': {2}")
    @CsvSource({
        "knees, knee, true", "kneeling, knee, false", "patella, patell, true", "patellar, patell, true",
        "tendonitis, tendon, true", "kneecap, knee, true", "patellofemoral, patell, true", "shinbone, shin, true",
        "shin, shin, true", "shining, shin, false", "hips, hip, true", "hipster, hip, false"
    })
    void keywordsMatchWholeWordsWithTheirEndings(String word, String keyword, boolean matches) {
        assertThat(PainText.isForm(word, keyword)).isEqualTo(matches);
    }

    @ParameterizedTest(name = "club keyword ''{1}'' in ''{0}'': [{2}]")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "plantar fascia again | plantar fascia | plantar fascia again",
        "plantar again        | plantar fascia | -",
        "groin twinge         | groin          | groin twinge",
        "no groin twinge      | groin          | -",
    })
    void readsAClubsOwnKeywords(String text, String keyword, String expected) {
        List<String> words = PainText.read(text, List.of(keyword));
        assertThat(String.join(" ", words)).isEqualTo(expected == null ? "" : expected);
    }
}
