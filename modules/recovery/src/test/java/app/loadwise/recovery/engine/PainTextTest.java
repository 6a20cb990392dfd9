package app.loadwise.recovery.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The pain text reader alone, phrase by phrase, with the default keywords, in a session's pain location and in notes;
 * each case beside its near misses.
 */
class PainTextTest {

    private static final List<String> KEYWORDS = RuleSettings.defaults()
            .forLevel(app.loadwise.domain.athlete.ExperienceLevel.INTERMEDIATE).pain().keywords();

    /** Field: "location" a session's pain location, "pain note" a wellness pain note, "note" a session's notes. */
    @ParameterizedTest(name = "{0} ''{1}'' -> [{2}]")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        // tendons, joints and bones: a bare place is a report in the pain location, not in notes
        "location | achilles pain today                          | achilles pain",
        "note     | achilles pain today                          | achilles pain",
        "location | Achilles tendon                              | achilles tendon",
        "note     | Achilles tendon                              | -",
        "location | left KNEE                                    | knee",
        "note     | left KNEE                                    | -",
        "pain note | left KNEE                                   | knee",
        "pain note | left knee, no pain                          | -",
        "pain note | left knee, all good                         | -",
        "pain note | left knee, great run yesterday              | -",
        "pain note | great run yesterday                         | -",
        "pain note | knee, dull pain 3/10                        | knee pain",
        "note      | knee, dull pain 3/10                        | knee pain",
        "note      | left Achilles, sore on stairs               | achilles sore",
        "note      | knee drives, sore quads                     | -",
        "note      | left knee, great run                        | -",
        "note     | shin hurts on stairs                         | shin hurts",
        "note     | shins sore on the downhill                   | shins sore",
        "note     | patellar tendon tender                       | patellar tendon tender",
        "note     | plantar fascia burning in the morning        | plantar burning",
        "note     | pain in the hip joint                        | pain hip joint",
        "note     | heel hurts first thing                       | heel hurts",
        "note     | knee pain, but legs fine                     | knee pain",
        "note     | tendon feels stiff                           | tendon stiff",
        "note     | shin splints flaring up                      | shin splints flaring",
        "note     | achilles tendonitis                          | achilles tendonitis",
        "note     | knee swollen after the run                   | knee swollen",
        // back-off words: with a place or a pain word in notes, alone in the pain location
        "note     | nagging pain in the achilles again           | nagging pain achilles again",
        "location | sharp under foot                             | sharp",
        "note     | sharp under foot                             | -",
        "note     | sharp pain under foot                        | sharp pain",
        "note     | felt sharp on the last rep                   | -",
        "note     | sharp knee                                   | sharp knee",
        "location | stabbing feeling in the calf                 | stabbing",
        "note     | stabbing feeling in the calf                 | -",
        "note     | nagging ache                                 | nagging ache",
        // pain that comes back
        "note     | calf pain again                              | pain again",
        "note     | the calf pain keeps coming back              | pain keeps coming back",
        "note     | calf still hurts                             | still hurts",
        // exercises and drills are never pain, in notes or in the pain location
        "note     | high knees, heel flicks                      | -",
        "location | high knees, heel flicks                      | -",
        "pain note | high knees, heel flicks                     | -",
        "note     | hip thrusts, heel raises                     | -",
        "note     | knee drives                                  | -",
        "note     | 3x10 calf raises and hip bridges             | -",
        "note     | butt kicks and ankle mobility                | -",
        "note     | hip flexor stretch after                     | -",
        "note     | heel striking a lot on the downhill          | -",
        "note     | drills: high knees, A-skips                  | -",
        "note     | heel raises hurt the achilles                | hurt achilles",
        "note     | high knees then knee pain                    | knee pain",
        "note     | hip thrusts, sore knee after                 | sore knee",
        // negations
        "note     | no achilles pain today, all good             | -",
        "note     | no pain                                      | -",
        "note     | knee pain-free                               | -",
        "location | knee pain-free                               | -",
        "note     | ran without pain in the knee                 | -",
        "note     | achilles not sore                            | -",
        "note     | knee didn't hurt at all                      | -",
        "note     | no knee pain but shin hurts again            | shin hurts again",
        "note     | no sharp pain                                | -",
        "location | knee feels fine                              | -",
        // a negation reaches three words before (no, not, without, never, zero) or after (free, fine, ok, good, gone)
        "note     | felt great until the achilles started hurting | achilles hurting",
        "note     | achilles pain not improving                  | achilles pain",
        "note     | knee pain so I didn't finish                 | knee pain",
        "note     | no idea why my knee hurts                    | knee hurts",
        "note     | knee pain no swelling                        | knee pain",
        "note     | knee fine, achilles sore                     | achilles sore",
        "note     | no pain, but the knee still aches            | knee still aches",
        "note     | zero pain in the heel                        | -",
        "note     | never had knee pain                          | -",
        "note     | knee pain is gone now                        | -",
        "note     | pain-free run, felt great                    | -",
        "note     | without pain                                 | -",
        "note     | calf pain not coming back                    | -",
        "location | ran without pain in the knee                 | -",
        // muscle soreness and tightness
        "note     | tight hip flexors after the long run         | -",
        "location | hip flexors                                  | -",
        "note     | tight hamstrings                             | -",
        "note     | sore quads                                   | -",
        "note     | DOMS                                         | -",
        "note     | sore legs after the long run                 | -",
        "location | calf muscle                                  | -",
        "note     | calf pain                                    | -",
        "note     | sore quads again                             | -",
        "note     | hip flexors tight, hip joint aches           | hip joint aches",
        "note     | hip flexors sore                             | -",
        // words that only contain a keyword
        "note     | shining sun, great run                       | -",
        "location | felt like a trombone                         | -",
        "note     | -                                            | -",
    })
    void readsPainReportsAndQuotesTheWords(String field, String text, String expected) {
        List<String> words = PainText.read(text, KEYWORDS, switch (field) {
            case "location" -> PainText.Field.PAIN_LOCATION;
            case "pain note" -> PainText.Field.PAIN_NOTE;
            default -> PainText.Field.NOTE;
        });
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
        "plantar fascia sore again | plantar fascia | plantar fascia sore again",
        "plantar fascia again      | plantar fascia | -",
        "plantar sore again        | plantar fascia | -",
        "groin twinge              | groin          | groin twinge",
        "no groin twinge           | groin          | -",
        "groin                     | groin          | -",
        "groin stretch             | groin          | -",
    })
    void readsAClubsOwnKeywordsInNotes(String text, String keyword, String expected) {
        List<String> words = PainText.read(text, List.of(keyword), PainText.Field.NOTE);
        assertThat(String.join(" ", words)).isEqualTo(expected == null ? "" : expected);
    }
}
