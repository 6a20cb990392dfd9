package app.loadwise.recovery.engine;

import static org.assertj.core.api.Assertions.assertThat;

import app.loadwise.domain.athlete.ExperienceLevel;
import app.loadwise.domain.athlete.Sex;
import app.loadwise.domain.common.IsoWeek;
import app.loadwise.domain.training.SessionType;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/**
 * The engine's outputs for {@value #CASES} generated athlete histories (seeded, so the same every run), compared
 * line by line with {@value #GOLDEN} (gzipped text, one line per assessment): score, components, findings with ids, severities, messages, advice and
 * evidence, every figure and every session load. The golden file was written from the engine as it stood before
 * its inside was rebuilt; write it again only when an output is meant to change, with
 * {@code -Dengine.golden.write=true} (it is never written when missing).
 */
class EngineGoldenOutputsTest {

    static final int CASES = 600;
    static final String GOLDEN = "/golden/engine-outputs.txt.gz";
    private static final Path SOURCE = Path.of("src/test/resources" + GOLDEN);

    private static final RecoveryEngine ENGINE = new RecoveryEngine();

    private static final String[] PAIN_LOCATIONS = {
        "left knee", "Achilles", "calf muscle", "hamstring", "right hip", "shin", "plantar fascia", "lower back",
    };
    private static final String[] NOTES = {
        "legs heavy", "nagging pain in the achilles again", "no achilles pain today, all good",
        "tight hip flexors after the long run", "sharp pain in the left knee", "pain-free run, felt great",
        "sore quads", "ran without pain", "shin splints flaring up", "stabbing pain in the heel",
        "knee pain came back", "muscle soreness only", "felt strong", "tendon feels stiff",
    };

    @Test
    void everyGeneratedHistoryScoresAsTheGoldenFileRecords() throws IOException {
        List<String> actual = render();
        if (Boolean.getBoolean("engine.golden.write")) {
            Files.createDirectories(SOURCE.getParent());
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(SOURCE))) {
                out.write((String.join("\n", actual) + "\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        InputStream stored = getClass().getResourceAsStream(GOLDEN);
        assertThat(stored).as("golden file " + GOLDEN + " on the test class path").isNotNull();
        List<String> golden;
        try (InputStream in = new GZIPInputStream(stored)) {
            golden = List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1));
        }
        List<String> expected = golden.get(golden.size() - 1).isEmpty() ? golden.subList(0, golden.size() - 1) : golden;
        assertThat(actual).hasSize(expected.size());
        for (int i = 0; i < actual.size(); i++) {
            assertThat(actual.get(i)).as("line %d of %s (%s)", i + 1, GOLDEN, caseOf(expected, i))
                    .isEqualTo(expected.get(i));
        }
    }

    /** Every assessment of the generated histories (earlier, later and alone for each), for checks on their words. */
    static List<WeeklyAssessment> assessments() {
        List<WeeklyAssessment> all = new ArrayList<>(3 * CASES);
        for (int n = 0; n < CASES; n++) {
            Case c = generate(n, new Random(7919L * n + 17));
            all.addAll(ENGINE.assessAll(List.of(c.earlier, c.later)));
            all.add(ENGINE.assess(c.alone));
        }
        return all;
    }

    private static String caseOf(List<String> lines, int at) {
        for (int i = at; i >= 0; i--) {
            if (lines.get(i).startsWith("case ")) {
                return lines.get(i);
            }
        }
        return "before the first case";
    }

    static List<String> render() {
        List<String> lines = new ArrayList<>();
        for (int n = 0; n < CASES; n++) {
            Random random = new Random(7919L * n + 17);
            Case c = generate(n, random);
            lines.add("case " + n + " " + c.description);
            List<WeeklyAssessment> pair = ENGINE.assessAll(List.of(c.earlier, c.later));
            lines.add("earlier " + renderValue(pair.get(0)));
            lines.add("later " + renderValue(pair.get(1)));
            lines.add("alone " + renderValue(ENGINE.assess(c.alone)));
        }
        return lines;
    }

    private record Case(String description, AssessmentInput earlier, AssessmentInput later, AssessmentInput alone) {
    }

    private static Case generate(int n, Random r) {
        int year = 2025 + r.nextInt(3);
        int weekNo = 2 + r.nextInt(50);
        if (n % 40 == 0) {
            year = 2026;
            weekNo = 52;
        }
        IsoWeek week = new IsoWeek(year, weekNo);
        IsoWeek earlier = week.previous();
        LocalDate monday = week.monday();

        AthleteProfile athlete = athlete(n, r);
        RuleSettings settings = settings(r);
        int historyDays = pick(r, 0, 5, 14, 27, 28, 35, 60, 75, 90);
        double logChance = 0.35 + 0.6 * r.nextDouble();
        double wellnessChance = r.nextInt(4) == 0 ? 0 : 0.2 + 0.8 * r.nextDouble();
        int gapStart = r.nextInt(3) == 0 ? r.nextInt(Math.max(historyDays, 1) + 10) : -1;
        int gapLength = 2 + r.nextInt(9);
        int pattern = r.nextInt(5);
        if (pattern > 0) {
            logChance = Math.max(logChance, 0.9);
        }

        List<TrainingSession> sessions = new ArrayList<>();
        List<WellnessEntry> wellness = new ArrayList<>();
        int id = 0;
        for (int offset = -historyDays; offset <= 13; offset++) {
            int fromStart = offset + historyDays;
            if (gapStart >= 0 && fromStart >= gapStart && fromStart < gapStart + gapLength) {
                continue;
            }
            LocalDate day = monday.plusDays(offset);
            if (r.nextDouble() < logChance) {
                int count = r.nextInt(10) == 0 ? 2 + r.nextInt(2) : 1;
                for (int k = 0; k < count; k++) {
                    sessions.add(session("s" + n + "-" + id++, day, typeOn(pattern, day, offset, r), r));
                }
            }
            if (r.nextDouble() < wellnessChance) {
                wellness.add(wellness(day, r));
            }
        }
        int asOfOffset = pick(r, 0, 2, 4, 6, 6, 6, 8, 10, 13);
        LocalDate earlierAsOf = earlier.monday().plusDays(pick(r, 6, 6, 3, 9));
        LocalDate asOf = monday.plusDays(asOfOffset);
        TrainingLog log = TrainingLog.of(sessions, wellness);
        AssessmentInput first = new AssessmentInput(athlete, log, settings, earlier, earlierAsOf);
        AssessmentInput second = new AssessmentInput(athlete, log, settings, week, asOf);
        AssessmentInput alone = new AssessmentInput(athlete, sessions, wellness, settings, week,
                monday.plusDays(r.nextInt(8)));
        String description = "pattern " + pattern + " " + week + " " + athlete.experienceLevel() + " " + athlete.sex() + " history " + historyDays
                + " sessions " + sessions.size() + " wellness " + wellness.size() + " as of " + asOf;
        return new Case(description, first, second, alone);
    }

    private static AthleteProfile athlete(int n, Random r) {
        Sex sex = Sex.values()[r.nextInt(Sex.values().length)];
        ExperienceLevel level = ExperienceLevel.values()[r.nextInt(ExperienceLevel.values().length)];
        return switch (r.nextInt(4)) {
            case 0 -> EngineInputs.profile("a" + n, sex, level);
            case 1 -> new AthleteProfile("a" + n, sex, level, 150 + r.nextInt(91), 35 + r.nextInt(30), null);
            case 2 -> new AthleteProfile("a" + n, sex, level, null, 40 + r.nextInt(25), 1950 + r.nextInt(60));
            default -> new AthleteProfile("a" + n, sex, level, null, null, 1960 + r.nextInt(50));
        };
    }

    private static RuleSettings settings(Random r) {
        if (r.nextInt(3) > 0) {
            return RuleSettings.defaults();
        }
        RuleSettings s = RuleSettings.defaults().withMaxImplicitRestDays(r.nextInt(7));
        RuleId[] rules = RuleId.values();
        for (int k = r.nextInt(3); k > 0; k--) {
            RuleId off = rules[r.nextInt(rules.length)];
            s = s.withAllLevels(l -> l.withEnabled(off, false));
        }
        if (r.nextBoolean()) {
            double maxAcwr = 1.1 + r.nextInt(6) / 10.0;
            int speed = r.nextInt(4);
            double longRun = 60 + r.nextInt(7) * 10;
            s = s.withAllLevels(l -> l
                    .withAcwrSpike(new AcwrSpikeRule.AcwrSpike(true, maxAcwr))
                    .withSpeedDays(new SpeedDaysRule.SpeedDays(true, speed))
                    .withHardSessions(new LevelRules.HardSessions(longRun, 400 + longRun))
                    .withSleep(new SleepRule.Sleep(true, 7.5, 6.5, 2))
                    .withBurnout(new BurnoutRule.Burnout(true, 1 + r.nextInt(3), 1 + r.nextInt(3), 5, 6.0, 5, 5, 5,
                            0.5 + r.nextInt(3) * 0.5, 1.0))
                    .withNewIntensity(new NewIntensityRule.NewIntensity(true, 1 + r.nextInt(3), 1 + r.nextInt(4)))
                    .withMonotony(new MonotonyRule.Monotony(true, 1.5, 0.8)));
        }
        return s;
    }

    /**
     * The session type of a day: 0 any type; 1 the same steady run every day; 2 easy weeks, then speed work of
     * several kinds in the assessed week; 3 a long run each weekend, growing in the assessed week; 4 a club week
     * (intervals Tuesday, tempo Thursday, long run Sunday, easy otherwise).
     */
    private static SessionType typeOn(int pattern, LocalDate day, int offset, Random r) {
        int weekday = day.getDayOfWeek().getValue();
        return switch (pattern) {
            case 1 -> r.nextInt(8) == 0 ? SessionType.TEMPO : SessionType.EASY;
            case 2 -> offset < 0 || r.nextInt(3) == 0 ? SessionType.EASY
                    : List.of(SessionType.INTERVALS, SessionType.HILLS, SessionType.RACE_PACE, SessionType.TEMPO)
                            .get(r.nextInt(4));
            case 3 -> weekday >= 6 ? SessionType.LONG : r.nextBoolean() ? SessionType.EASY : SessionType.RECOVERY;
            case 4 -> switch (weekday) {
                case 2 -> SessionType.INTERVALS;
                case 4 -> SessionType.TEMPO;
                case 7 -> SessionType.LONG;
                case 1 -> r.nextBoolean() ? SessionType.STRENGTH : SessionType.REST;
                default -> r.nextInt(5) == 0 ? SessionType.CROSS_TRAINING : SessionType.EASY;
            };
            default -> SessionType.values()[r.nextInt(SessionType.values().length)];
        };
    }

    private static TrainingSession session(String id, LocalDate day, SessionType type, Random r) {
        boolean steady = type == SessionType.EASY && r.nextBoolean();
        double moving = r.nextInt(20) == 0 ? Double.NaN : steady ? 45 : 10 + r.nextInt(170);
        double rpe = r.nextInt(4) == 0 ? Double.NaN : steady ? 4 : r.nextInt(11);
        TrainingSession s = TrainingSession.of(id, day, type, moving, rpe);
        if (r.nextInt(3) == 0) {
            s = s.withElapsedMinutes(Double.isNaN(moving) ? 30 : moving + r.nextInt(15));
        }
        if (type.isRun() && r.nextInt(4) > 0) {
            s = s.withDistanceKm(1 + r.nextInt(400) / 10.0);
        }
        if (r.nextBoolean()) {
            int avg = 100 + r.nextInt(95);
            s = s.withHeartRate(avg, r.nextBoolean() ? TrainingSession.NOT_RECORDED : avg + r.nextInt(30));
        }
        if (r.nextInt(3) == 0) {
            s = s.withWarmUpMinutes(r.nextInt(30));
        }
        if (r.nextInt(3) == 0) {
            s = s.withRefuel(r.nextInt(150), r.nextInt(120), r.nextInt(50));
        }
        if (r.nextInt(12) == 0) {
            s = s.withPain(r.nextBoolean(), r.nextBoolean() ? PAIN_LOCATIONS[r.nextInt(PAIN_LOCATIONS.length)] : null,
                    r.nextBoolean() ? r.nextInt(11) : TrainingSession.NOT_RECORDED);
        }
        if (r.nextInt(5) == 0) {
            s = s.withMuscleSoreness(r.nextInt(11));
        }
        if (r.nextInt(8) == 0) {
            s = s.withNotes(NOTES[r.nextInt(NOTES.length)]);
        }
        if (r.nextInt(25) == 0) {
            s = s.withExcluded(true);
        }
        if (r.nextInt(6) == 0) {
            s = new TrainingSession(s.id(), s.date(), LocalTime.of(5 + r.nextInt(16), 15 * r.nextInt(4)), s.type(),
                    s.movingMinutes(), s.elapsedMinutes(), s.distanceKm(), s.rpe(), s.avgHeartRate(), s.maxHeartRate(),
                    s.warmUpMinutes(), s.refuelMinutesAfter(), s.carbsGrams(), s.proteinGrams(), s.pain(),
                    s.painLocation(), s.painScore(), s.muscleSoreness(), s.excluded(), s.notes());
        }
        return s;
    }

    private static WellnessEntry wellness(LocalDate day, Random r) {
        return new WellnessEntry(day,
                r.nextInt(6) == 0 ? Double.NaN : 4 + r.nextInt(11) / 2.0,
                item(r), r.nextInt(3) == 0 ? TrainingSession.NOT_RECORDED : 40 + r.nextInt(25),
                r.nextInt(3) == 0 ? Double.NaN : 25 + r.nextInt(90),
                item(r), item(r), item(r), item(r),
                r.nextInt(10) == 0 ? NOTES[r.nextInt(NOTES.length)] : null);
    }

    private static int item(Random r) {
        return r.nextInt(6) == 0 ? TrainingSession.NOT_RECORDED : 1 + r.nextInt(7);
    }

    private static int pick(Random r, int... options) {
        return options[r.nextInt(options.length)];
    }

    /** A value written the same on every run: records by component, decimals to 10 significant digits. */
    static String renderValue(Object value) {
        StringBuilder sb = new StringBuilder();
        render(value, sb);
        return sb.toString();
    }

    private static void render(Object value, StringBuilder sb) {
        if (value instanceof Double d) {
            sb.append(decimal(d));
        } else if (value instanceof Record record) {
            sb.append(record.getClass().getSimpleName()).append('[');
            RecordComponent[] components = record.getClass().getRecordComponents();
            for (int i = 0; i < components.length; i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(components[i].getName()).append('=');
                try {
                    render(components[i].getAccessor().invoke(record), sb);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
            sb.append(']');
        } else if (value instanceof List<?> list) {
            sb.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                render(list.get(i), sb);
            }
            sb.append(']');
        } else {
            sb.append(value);
        }
    }

    private static String decimal(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return Double.toString(d);
        }
        if (d == 0) {
            return "0";
        }
        return new BigDecimal(d).round(new MathContext(10)).stripTrailingZeros().toPlainString();
    }
}
