package app.loadwise.traininglog.importing.internal;

import app.loadwise.domain.common.InvalidValueException;
import app.loadwise.domain.training.SessionType;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Recognises session types by the words clubs and apps use: "reps", "track 6x800", "VO2", "hill sprints",
 * "long run", "LSD", "gym", "jog"; and the activity types of Garmin Connect and Strava.
 */
public final class SessionTypes {

    private static final Pattern REPS = Pattern.compile(".*\\b\\d+\\s*[x×]\\s*\\d+.*");
    /** Checked in order: the more specific words first ("hill sprints" before "sprints", "race pace" before "race"). */
    private static final Map<Pattern, SessionType> KEYWORDS = new LinkedHashMap<>();

    static {
        keyword("\\b(rest|rest day|day off|off|ruhetag|pause)\\b", SessionType.REST);
        keyword("\\bhill", SessionType.HILLS);
        keyword("\\bberg", SessionType.HILLS);
        keyword("\\b(race pace|marathon pace|goal pace|mp run|hmp|mp)\\b", SessionType.RACE_PACE);
        keyword("\\b(race|parkrun|competition|wettkampf|10k race|half marathon race)\\b", SessionType.RACE);
        keyword("\\b(reps|repeats|track|vo2|vo2max|vo2 max|intervals?|fartlek|speed|intervall\\w*|yasso)\\b", SessionType.INTERVALS);
        keyword("\\b(tempo|threshold|lt|cruise|progression)\\b", SessionType.TEMPO);
        keyword("\\bstrides?\\b", SessionType.STRIDES);
        keyword("\\b(long run|long|lsd|langer lauf|long slow distance)\\b", SessionType.LONG);
        keyword("\\b(recovery|shakeout|shake out|regeneration|regen)\\b", SessionType.RECOVERY);
        keyword("\\b(gym|strength|weights?|weight training|weighttraining|strength training|core|s&c|kraft|krafttraining|circuit)\\b",
                SessionType.STRENGTH);
        keyword("\\b(bike|ride|cycling|virtual ride|virtualride|swim|swimming|cross|cross training|xt|elliptical|rowing|row|yoga|"
                + "pilates|aqua jogging|aquajogging|ski|hike|walk|walking|indoor cycling|spinning|rad)\\b", SessionType.CROSS_TRAINING);
        keyword("\\b(jog|easy|easy run|run|running|aerobic|base|dauerlauf|trail run|trail running|treadmill|treadmill running|"
                + "virtual run|virtualrun|trailrun|lauf|laufen|street running|track running)\\b", SessionType.EASY);
    }

    private SessionTypes() {
    }

    private static void keyword(String regex, SessionType type) {
        KEYWORDS.put(Pattern.compile(".*" + regex + ".*"), type);
    }

    /** The type named by a code or an alias; throws with the accepted words when it is neither. */
    public static SessionType resolve(String text) {
        SessionType type = find(text);
        if (type == null) {
            throw new ValueException("'" + text + "' is not a session type this import knows",
                    "use one of " + SessionType.codes() + " (aliases such as 'reps', 'long run', 'gym', 'jog' work too)");
        }
        return type;
    }

    /** Words seen before and what they named (a file repeats a few words many times); bounded. */
    private static final Map<String, Optional<SessionType>> SEEN = new ConcurrentHashMap<>();
    private static final int MAX_SEEN = 4096;

    /** The type named by a code or an alias, or null. */
    public static SessionType find(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Optional<SessionType> seen = SEEN.get(text);
        if (seen != null) {
            return seen.orElse(null);
        }
        SessionType type = recognise(text);
        if (SEEN.size() < MAX_SEEN) {
            SEEN.put(text, Optional.ofNullable(type));
        }
        return type;
    }

    private static SessionType recognise(String text) {
        try {
            return SessionType.fromCode(text, "type");
        } catch (InvalidValueException notACode) {
            // fall through to the aliases
        }
        String lower = text.toLowerCase(Locale.ROOT).replace('_', ' ').replace('-', ' ').strip();
        if (REPS.matcher(lower).matches()) {
            return lower.contains("hill") || lower.contains("berg") ? SessionType.HILLS : SessionType.INTERVALS;
        }
        for (Map.Entry<Pattern, SessionType> keyword : KEYWORDS.entrySet()) {
            if (keyword.getKey().matcher(lower).matches()) {
                return keyword.getValue();
            }
        }
        return null;
    }

    /**
     * The type of a watch or app activity: the title decides when it names a workout ("Track 6x800"), else the
     * activity type ("Running" is easy, "Strength Training" strength, "Cycling" cross-training).
     */
    public static SessionType ofActivity(String activityType, String title) {
        SessionType byType = find(activityType);
        SessionType byTitle = find(title);
        boolean running = byType == null || byType == SessionType.EASY;
        if (running && byTitle != null && byTitle != SessionType.CROSS_TRAINING && byTitle != SessionType.STRENGTH) {
            return byTitle;
        }
        if (byType != null) {
            return byType;
        }
        if (byTitle != null) {
            return byTitle;
        }
        throw new ValueException("'" + activityType + "' is not an activity type this import knows",
                "use one of " + SessionType.codes() + ", or an activity type such as Running, Strength Training, Cycling");
    }
}
