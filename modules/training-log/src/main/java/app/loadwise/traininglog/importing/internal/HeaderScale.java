package app.loadwise.traininglog.importing.internal;

import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The scale a header states for a wellness score, and which end of it is worst: "Fatigue (1-5)", "Mood 1–10",
 * "Sleep quality (1=poor, 5=great)". Values are checked against it and converted onto the stored Hooper scale,
 * 1–7 with 7 the worst: the value's place on the stated scale, turned round when the file's high end is the best,
 * is put on 1–7 and rounded to the nearest whole number (halves up). Where the header does not say which end is the
 * worst ("Fatigue (1-5)"), nothing is guessed: the column's values are not read until a saved mapping answers it
 * ({@code "highIs": "worse"} or {@code "better"}).
 *
 * @param min       the low end
 * @param max       the high end
 * @param direction which end is worst, as the header's labels tell; {@code UNKNOWN} when they do not
 */
public record HeaderScale(int min, int max, Direction direction) {

    /** Which end of the file's scale is the worst. */
    public enum Direction {
        HIGH_IS_WORSE, HIGH_IS_BETTER, UNKNOWN;

        /** The direction a mapping's answer names: "worse" (the high end is the worst) or "better"; null for anything else. */
        public static Direction answered(String highIs) {
            if (highIs == null) {
                return null;
            }
            return switch (highIs.strip().toLowerCase(Locale.ROOT)) {
                case "worse" -> HIGH_IS_WORSE;
                case "better" -> HIGH_IS_BETTER;
                default -> null;
            };
        }
    }

    private static final Pattern RANGE = Pattern.compile(
            "(?<![\\d.,])(\\d{1,3})\\s*(?:-|–|—|to|bis|\\.\\.)\\s*(\\d{1,3})(?![\\d.,])", Pattern.CASE_INSENSITIVE);
    private static final Pattern LABEL = Pattern.compile("(?<![\\d.,])(\\d{1,3})\\s*[=:]\\s*([^,;)\\]/=]+)");
    private static final List<String> GOOD = List.of("great", "good", "excellent", "best", "fresh", "rested", "happy", "relaxed",
            "perfect", "super", "amazing", "gut", "sehr gut", "bestens");
    private static final List<String> BAD = List.of("poor", "bad", "worst", "terrible", "awful", "exhausted", "sore", "tired",
            "stressed", "miserable", "sad", "horrible", "schlecht", "müde", "kaputt");
    private static final List<String> LITTLE = List.of("none", "no", "not at all", "low", "little", "minimal", "min", "keine",
            "kein", "niedrig", "wenig", "nothing");
    private static final List<String> MUCH = List.of("high", "very high", "a lot", "max", "maximum", "extreme", "extremely",
            "very", "hoch", "viel", "sehr hoch");

    /** The scale the header states for a Hooper item, or null when it states none. */
    public static HeaderScale of(String header, ImportField field) {
        if (header == null) {
            return null;
        }
        TreeMap<Integer, String> labels = new TreeMap<>();
        Matcher label = LABEL.matcher(header);
        while (label.find()) {
            labels.put(Integer.parseInt(label.group(1)), label.group(2).strip().toLowerCase(Locale.ROOT));
        }
        Integer min = null;
        Integer max = null;
        Matcher range = RANGE.matcher(header);
        if (range.find()) {
            min = Integer.parseInt(range.group(1));
            max = Integer.parseInt(range.group(2));
        } else if (labels.size() >= 2) {
            min = labels.firstKey();
            max = labels.lastKey();
        }
        if (min == null || max <= min) {
            return null;
        }
        return new HeaderScale(min, max, direction(labels.get(min), labels.get(max), field));
    }

    private static Direction direction(String low, String high, ImportField field) {
        boolean badThing = field == ImportField.FATIGUE || field == ImportField.STRESS || field == ImportField.SORENESS;
        int lowSign = sign(low, badThing);
        int highSign = sign(high, badThing);
        // +1: the label names a good end, -1 a bad end, 0: cannot be told; both ends alike contradict each other
        if (lowSign == highSign) {
            return Direction.UNKNOWN;
        }
        return highSign > 0 || lowSign < 0 ? Direction.HIGH_IS_BETTER : Direction.HIGH_IS_WORSE;
    }

    /** +1 when a label names the good end, -1 the bad end, 0 when it cannot be told (or there is none). */
    private static int sign(String label, boolean badThing) {
        if (label == null) {
            return 0;
        }
        if (matches(label, BAD)) {
            return -1;
        }
        if (matches(label, GOOD)) {
            return 1;
        }
        if (matches(label, MUCH)) {
            return badThing ? -1 : 1;
        }
        if (matches(label, LITTLE)) {
            return badThing ? 1 : -1;
        }
        return 0;
    }

    private static boolean matches(String label, List<String> words) {
        String padded = " " + label.replaceAll("[^\\p{L}\\p{N}]+", " ").strip() + " ";
        for (String word : words) {
            if (padded.contains(" " + word + " ")) {
                return true;
            }
        }
        return false;
    }

    /** The header without a scale it states ("Mood 1–10" is "Mood"), to find its field by alias. */
    public static String withoutScale(String header) {
        return RANGE.matcher(LABEL.matcher(header).replaceAll(" ")).replaceAll(" ").strip();
    }

    /** Whether the header leaves open which end is the worst, so the column needs an answer before it is read. */
    public boolean needsDirection() {
        return direction == Direction.UNKNOWN;
    }

    /** This scale with the direction a mapping answers for it; unchanged when the header states one or there is no answer. */
    public HeaderScale answeredBy(Direction answer) {
        return direction == Direction.UNKNOWN && answer != null && answer != Direction.UNKNOWN
                ? new HeaderScale(min, max, answer) : this;
    }

    /** The two answers a column of this scale may be given, as a sentence's end. */
    public String choices() {
        return "\"highIs\": \"worse\" (" + max + " is the worst, e.g. tired, sore, stressed) or \"highIs\": \"better\" ("
                + max + " is the best, e.g. fresh, well slept, happy)";
    }

    /** "1–5" as written in messages. */
    public String range() {
        return min + "–" + max;
    }

    /** A value of the file's scale on the stored one, 1–7 with 7 the worst; a value outside the scale is refused. */
    public int toStored(double value, String text) {
        if (value < min || value > max) {
            throw new ValueException(text + " is outside the scale " + range() + " stated in the column's header",
                    "use a value from " + min + " to " + max + " as the header says, or correct the scale in the header");
        }
        if (direction == Direction.UNKNOWN) {
            throw new ValueException("the column states the scale " + range() + " but not which end is the worst, so "
                    + text + " cannot be read without a guess",
                    "answer it in a saved mapping for this header row with " + choices() + ", or write the direction in "
                    + "the header, e.g. '(" + min + "=poor, " + max + "=great)'");
        }
        double place = (value - min) / (max - min);
        if (direction == Direction.HIGH_IS_BETTER) {
            place = 1 - place;
        }
        return (int) Math.floor(1 + place * 6 + 0.5 + 1e-9);
    }
}
