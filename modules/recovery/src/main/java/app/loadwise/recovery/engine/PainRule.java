package app.loadwise.recovery.engine;

import app.loadwise.domain.common.InvalidValueException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Any tendon, joint or bone pain, or pain that is sharp, nagging or keeps coming back, reported in the week is red,
 * whatever the load says: a session's pain flag, a pain score from the threshold, a session's pain location naming a
 * keyword, or a session's notes or a wellness pain note that {@link PainText} reads as a pain report (a place with a
 * symptom or back-off word; not negations, exercises such as "high knees", or muscle soreness and tightness). The
 * evidence quotes the words that made it.
 */
public final class PainRule implements CoachingRule {

    /**
     * A pain report: the pain flag, a pain score from {@code minPainScore}, or a location or note that
     * {@link PainText} reads as a report: one of {@code keywords} (tendons, joints, bones, or words like "sharp") as a
     * whole word, outside a muscle phrase or exercise and not negated (in notes, with a symptom or back-off word
     * beside it), or pain that comes back.
     */
    public record Pain(boolean enabled, int minPainScore, List<String> keywords) {
        public Pain {
            InvalidValueException.require(minPainScore >= 1 && minPainScore <= 10, "minPainScore", "pain score must be 1 to 10");
            InvalidValueException.require(keywords != null, "keywords", "keywords are required");
            keywords = keywords.stream().map(k -> k.trim().toLowerCase(Locale.ROOT)).filter(k -> !k.isEmpty()).toList();
        }
    }

    @Override
    public RuleId id() {
        return RuleId.PAIN;
    }

    @Override
    public void evaluate(Week week, WeekFigures f, List<Finding> out) {
        Pain p = week.rules().pain();
        Reports reports = new Reports();
        for (Day day : week.days()) {
            for (LoggedSession logged : day.sessions()) {
                TrainingSession s = logged.session();
                int painScore = s.painScore();
                boolean scored = TrainingSession.recorded(painScore) && painScore >= p.minPainScore();
                List<String> locationWords = PainText.read(s.painLocation(), p.keywords(),
                        PainText.Field.PAIN_LOCATION);
                List<String> noteWords = PainText.read(s.notes(), p.keywords(), PainText.Field.NOTE);
                if (!s.pain() && !scored && locationWords.isEmpty() && noteWords.isEmpty()) {
                    continue;
                }
                reports.addDate(day);
                reports.ids.add(logged.id());
                if (TrainingSession.recorded(painScore)) {
                    reports.values.add(new Measure("pain score (" + FindingFormat.sessionByDay(day.date(), logged.type()) + ")",
                            painScore, "/10"));
                }
                addAll(reports.quotes, locationWords);
                addAll(reports.quotes, noteWords);
                String location = s.painLocation();
                reports.add(day.text() + ", " + logged.text()
                        + (location != null && !location.isBlank() ? ": " + location.trim() : "")
                        + (TrainingSession.recorded(painScore) ? " (pain " + painScore + "/10)" : "")
                        + (noteWords.isEmpty() ? "" : ", notes " + quote(s.notes(), noteWords)));
            }
            String note = day.painNote();
            List<String> words = PainText.read(note, p.keywords(), PainText.Field.PAIN_NOTE);
            if (!words.isEmpty()) {
                reports.addDate(day);
                addAll(reports.quotes, words);
                reports.add(day.text() + ", wellness note " + quote(note, words));
            }
        }
        if (reports.dates.isEmpty()) {
            return;
        }
        out.add(new Finding(id(), Severity.RED,
                "Pain reported: " + reports.text + ".",
                "Back off: no hard running until the pain is checked. Replace runs with pain-free cross-training "
                        + "and see a physiotherapist or doctor if it persists or is sharp.",
                new Evidence(reports.dates, reports.ids, reports.values,
                        List.of(new Measure("pain score from", p.minPainScore(), "/10")), reports.quotes)));
    }

    /** The week's pain reports as they are found: days, sessions, pain scores, quoted words and the text. */
    private static final class Reports {
        final List<LocalDate> dates = new ArrayList<>(2);
        final List<String> ids = new ArrayList<>(2);
        final List<Measure> values = new ArrayList<>(2);
        final List<String> quotes = new ArrayList<>(4);
        final StringBuilder text = new StringBuilder();

        void addDate(Day day) {
            if (!dates.contains(day.date())) {
                dates.add(day.date());
            }
        }

        void add(String report) {
            if (text.length() > 0) {
                text.append("; ");
            }
            text.append(report);
        }
    }

    /** The note in quotes and the words that made it a report: "nagging pain again" (nagging, pain, again). */
    private static String quote(String text, List<String> words) {
        return "\"" + text.trim() + "\" (" + String.join(", ", words) + ")";
    }

    private static void addAll(List<String> into, List<String> words) {
        for (String w : words) {
            if (!into.contains(w)) {
                into.add(w);
            }
        }
    }
}
