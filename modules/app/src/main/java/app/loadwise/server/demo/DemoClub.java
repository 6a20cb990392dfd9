package app.loadwise.server.demo;

import app.loadwise.domain.athlete.AthleteProfile;
import app.loadwise.domain.athlete.ExperienceLevel;
import app.loadwise.domain.athlete.Sex;
import app.loadwise.domain.training.SessionDetails;
import app.loadwise.domain.training.SessionType;
import app.loadwise.domain.training.WellnessDetails;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates the demo club: 30 athletes of mixed levels with 16 weeks of sessions and wellness up to a given day.
 * Most train sensibly and build gently; some show what Loadwise is for: overreaching (a ramp too fast), hard days
 * back to back, poor sleep, burnout signs, one sharp Achilles pain, one who logs sporadically and one who stopped
 * logging three weeks ago. The same end date always gives the same data.
 */
public final class DemoClub {

    public static final String NAME = "Riverside Harriers (demo)";
    public static final int WEEKS = 16;

    /** What makes an athlete's log tell a story. */
    public enum Pattern { BALANCED, OVERREACHING, BACK_TO_BACK, POOR_SLEEP, BURNOUT, ACHILLES_PAIN, SPORADIC_LOGGER, STOPPED_LOGGING }

    /** Weeks before the last day in which the athlete who stopped logging logged nothing. */
    static final int SILENT_WEEKS = 3;

    public record DemoAthlete(String memberId, AthleteProfile profile, Pattern pattern, List<SessionDetails> sessions,
                              List<WellnessDetails> wellness) {
    }

    private static final String[] FIRST = {"Ada", "Ben", "Chloe", "Dev", "Elif", "Finn", "Grace", "Hugo", "Isla", "Jonas",
        "Kira", "Luca", "Maya", "Nils", "Olga", "Pavel", "Quinn", "Rosa", "Sami", "Tara", "Umar", "Vera", "Wen", "Xavi",
        "Yara", "Zane", "Aino", "Bram", "Carla", "Dario"};
    private static final String[] LAST = {"Okafor", "Lindqvist", "Moreau", "Patel", "Yilmaz", "Byrne", "Kowalski", "Brandt",
        "Fraser", "Berg", "Tanaka", "Romano", "Cohen", "Halvorsen", "Ivanova", "Novak", "Reyes", "Silva", "Haddad", "Walsh",
        "Qureshi", "Sokolova", "Zhang", "Ortega", "Mensah", "Foster", "Virtanen", "de Vries", "Costa", "Ricci"};

    private DemoClub() {
    }

    public static List<DemoAthlete> generate(LocalDate lastDay) {
        List<DemoAthlete> athletes = new ArrayList<>();
        for (int i = 0; i < FIRST.length; i++) {
            athletes.add(athlete(i, lastDay));
        }
        return athletes;
    }

    static Pattern patternOf(int index) {
        return switch (index) {
            case 0 -> Pattern.ACHILLES_PAIN;
            case 1, 2, 3 -> Pattern.OVERREACHING;
            case 4, 5, 6 -> Pattern.BACK_TO_BACK;
            case 7, 8, 9 -> Pattern.POOR_SLEEP;
            case 10 -> Pattern.BURNOUT;
            case 11 -> Pattern.SPORADIC_LOGGER;
            case 12 -> Pattern.STOPPED_LOGGING;
            default -> Pattern.BALANCED;
        };
    }

    private static DemoAthlete athlete(int index, LocalDate lastDay) {
        Random random = new Random(1000L + index);
        Pattern pattern = patternOf(index);
        ExperienceLevel level = ExperienceLevel.values()[index % 3];
        Sex sex = index % 2 == 0 ? Sex.FEMALE : Sex.MALE;
        int birthYear = 1968 + random.nextInt(38);
        int maxHr = 208 - (int) Math.round(0.7 * (lastDay.getYear() - birthYear)) + random.nextInt(7) - 3;
        int restingHr = 44 + random.nextInt(16);
        AthleteProfile profile = new AthleteProfile(FIRST[index] + " " + LAST[index], sex, birthYear, level, maxHr, restingHr, null);

        List<SessionDetails> sessions = new ArrayList<>();
        List<WellnessDetails> wellness = new ArrayList<>();
        LocalDate firstDay = lastDay.minusWeeks(WEEKS).plusDays(1);
        double baseMinutes = switch (level) {
            case BEGINNER -> 30;
            case INTERMEDIATE -> 45;
            case ADVANCED -> 60;
        };
        for (LocalDate day = firstDay; !day.isAfter(lastDay); day = day.plusDays(1)) {
            int weeksToGo = (int) ((lastDay.toEpochDay() - day.toEpochDay()) / 7);
            double ramp = pattern == Pattern.OVERREACHING && weeksToGo < 3 ? 1.6 + 0.2 * (2 - weeksToGo)
                    // the balanced athletes build gently: about 1.5 % a week over the 16 weeks
                    : pattern == Pattern.BALANCED ? 0.8 + 0.2 * (WEEKS - 1 - Math.min(weeksToGo, WEEKS - 1)) / (WEEKS - 1) : 1.0;
            SessionType type = plannedType(level, pattern, day.getDayOfWeek(), weeksToGo);
            boolean logs = (pattern != Pattern.SPORADIC_LOGGER || random.nextDouble() < 0.45)
                    && (pattern != Pattern.STOPPED_LOGGING || weeksToGo >= SILENT_WEEKS);
            if (type != null && logs) {
                sessions.add(session(random, day, type, baseMinutes * ramp, maxHr, restingHr,
                        pattern == Pattern.ACHILLES_PAIN && weeksToGo == 0 && type.isRun() && day.getDayOfWeek().getValue() >= 2));
            }
            if (level != ExperienceLevel.BEGINNER && (day.getDayOfWeek() == DayOfWeek.TUESDAY
                    || day.getDayOfWeek() == DayOfWeek.FRIDAY && level == ExperienceLevel.ADVANCED) && logs) {
                sessions.add(new SessionDetails(day, LocalTime.of(7, 0), SessionType.STRENGTH, 30.0 + random.nextInt(15), null,
                        null, 5, null, null, null, null, null, null, false, null, null, null, "gym: squats, lunges, calf raises"));
            }
            if (logs && random.nextDouble() < 0.9) {
                wellness.add(wellness(random, day, pattern, weeksToGo, restingHr));
            }
        }
        return new DemoAthlete(String.format("RH-%03d", index + 1), profile, pattern, sessions, wellness);
    }

    private static SessionType plannedType(ExperienceLevel level, Pattern pattern, DayOfWeek day, int weeksToGo) {
        if (pattern == Pattern.BACK_TO_BACK && weeksToGo < 4) {
            return switch (day) {
                case TUESDAY -> SessionType.INTERVALS;
                case WEDNESDAY -> SessionType.TEMPO;
                case THURSDAY -> SessionType.HILLS;
                case SATURDAY -> SessionType.RACE_PACE;
                case SUNDAY -> SessionType.LONG;
                default -> null;
            };
        }
        if (pattern == Pattern.OVERREACHING && weeksToGo == 0) {
            return switch (day) {
                case MONDAY -> SessionType.EASY;
                case TUESDAY -> SessionType.INTERVALS;
                case WEDNESDAY -> SessionType.EASY;
                case THURSDAY -> SessionType.HILLS;
                case FRIDAY -> SessionType.EASY;
                case SATURDAY -> SessionType.RACE_PACE;
                case SUNDAY -> SessionType.LONG;
            };
        }
        return switch (level) {
            case BEGINNER -> switch (day) {
                case TUESDAY, SATURDAY -> SessionType.EASY;
                case THURSDAY -> SessionType.STRIDES;
                case SUNDAY -> SessionType.LONG;
                default -> null;
            };
            case INTERMEDIATE -> switch (day) {
                case MONDAY -> SessionType.RECOVERY;
                case TUESDAY -> SessionType.INTERVALS;
                case WEDNESDAY, SATURDAY -> SessionType.EASY;
                case THURSDAY -> SessionType.TEMPO;
                case SUNDAY -> SessionType.LONG;
                default -> null;
            };
            case ADVANCED -> switch (day) {
                case MONDAY, WEDNESDAY, FRIDAY -> SessionType.EASY;
                case TUESDAY -> SessionType.INTERVALS;
                case THURSDAY -> SessionType.TEMPO;
                case SATURDAY -> SessionType.HILLS;
                case SUNDAY -> SessionType.LONG;
            };
        };
    }

    private static SessionDetails session(Random random, LocalDate day, SessionType type, double baseMinutes, int maxHr,
                                          int restingHr, boolean achilles) {
        double factor = switch (type) {
            case LONG -> 2.1;
            case RECOVERY -> 0.6;
            case INTERVALS, HILLS -> 1.0;
            case TEMPO, RACE_PACE -> 0.9;
            case STRIDES -> 0.8;
            default -> 1.0;
        };
        double moving = Math.round(baseMinutes * factor * (0.85 + 0.3 * random.nextDouble()));
        double elapsed = moving + random.nextInt(8);
        int rpe = switch (type) {
            case RECOVERY -> 2;
            case EASY, STRIDES -> 3 + random.nextInt(2);
            case LONG -> 4 + random.nextInt(2);
            case TEMPO, RACE_PACE -> 6 + random.nextInt(2);
            default -> 7 + random.nextInt(2);
        };
        int avgHr = restingHr + (int) Math.round((maxHr - restingHr) * (0.5 + 0.045 * rpe));
        double paceMinPerKm = 7.2 - 0.35 * rpe + random.nextDouble() * 0.4;
        Integer warmUp = type.isSpeedWork() ? (random.nextDouble() < 0.2 ? 8 : 15 + random.nextInt(6)) : null;
        Integer refuel = type.isHard() ? 20 + random.nextInt(70) : null;
        Integer carbs = type.isHard() ? 25 + random.nextInt(40) : null;
        Integer protein = type.isHard() ? 15 + random.nextInt(15) : null;
        LocalTime start = LocalTime.of(type == SessionType.LONG ? 8 : 18, random.nextInt(4) * 15);
        return new SessionDetails(day, start, type, moving, elapsed, Math.round(moving / paceMinPerKm * 10) / 10.0, rpe, avgHr,
                Math.min(maxHr, avgHr + 12 + random.nextInt(10)), warmUp, refuel, carbs, protein, achilles,
                achilles ? "left Achilles tendon" : null, achilles ? 6 : null, random.nextInt(4),
                achilles ? "sharp pain at the back of the heel from the first kilometre" : null);
    }

    private static WellnessDetails wellness(Random random, LocalDate day, Pattern pattern, int weeksToGo, int restingHr) {
        boolean stressed = pattern == Pattern.BURNOUT && weeksToGo < 3;
        double sleep = pattern == Pattern.POOR_SLEEP ? 5.4 + random.nextDouble() * 1.2
                : stressed ? 5.8 + random.nextDouble() : 6.9 + random.nextDouble() * 1.6;
        int fatigue = clamp(stressed ? 6 + random.nextInt(2) : 2 + random.nextInt(3));
        int stress = clamp(stressed ? 5 + random.nextInt(3) : 2 + random.nextInt(3));
        int mood = clamp(stressed ? 5 + random.nextInt(3) : 2 + random.nextInt(2));
        int soreness = clamp(pattern == Pattern.OVERREACHING && weeksToGo == 0 ? 5 + random.nextInt(2) : 2 + random.nextInt(3));
        int morningHr = restingHr + (stressed ? 7 + random.nextInt(4) : random.nextInt(5) - 2);
        double hrv = Math.round((stressed ? 42 : 68) + random.nextGaussian() * 6);
        String painNote = pattern == Pattern.ACHILLES_PAIN && weeksToGo == 0 && day.getDayOfWeek().getValue() >= 3
                ? "Achilles stiff and sharp on the stairs" : null;
        return new WellnessDetails(day, Math.round(sleep * 10) / 10.0, clamp(sleep < 6.5 ? 5 : 3), morningHr, hrv, fatigue,
                stress, mood, soreness, painNote);
    }

    private static int clamp(int hooper) {
        return Math.max(1, Math.min(7, hooper));
    }
}
