package app.loadwise.traininglog.roster.internal;

import app.loadwise.domain.athlete.AthleteProfile;
import app.loadwise.domain.athlete.ExperienceLevel;
import app.loadwise.domain.athlete.Sex;
import app.loadwise.domain.common.InvalidValueException;
import app.loadwise.traininglog.importing.RowProblem;
import app.loadwise.traininglog.roster.RosterChange;
import app.loadwise.traininglog.roster.RosterEntry;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * What a roster file does to a club: each valid row matched by member id to one of the club's athletes is an update
 * (only the columns the file has, and only its non-empty cells, change a stored value) or unchanged; any other is a
 * new athlete, who needs a name and a level. Every profile is checked as the athlete API checks it.
 */
public final class RosterPlan {

    /** One of the club's athletes as stored. */
    public record Existing(long id, AthleteProfile profile) {
    }

    /** A row's athlete after the import: the id (null to create), member id, profile and the changes. */
    public record Planned(RosterRow row, Long athleteId, String memberId, AthleteProfile profile, List<RosterChange> changes) {

        public RosterEntry entry(Long id) {
            return new RosterEntry(row.sheet(), row.row(), id, memberId, profile.name(), profile.sex().code(),
                    profile.birthYear(), profile.level().code(), profile.maxHr(), profile.restingHr(),
                    profile.timeZone() == null ? null : profile.timeZone().getId(), changes);
        }
    }

    private final List<Planned> create = new ArrayList<>();
    private final List<Planned> update = new ArrayList<>();
    private final List<Planned> unchanged = new ArrayList<>();
    private final List<Placed> errors = new ArrayList<>();

    private RosterPlan() {
    }

    /** Plans the file's rows against the club's athletes, by member id; the file's errors are kept with the plan's. */
    public static RosterPlan of(RosterReader.RosterFile file, Map<String, Existing> club) {
        RosterPlan plan = new RosterPlan();
        plan.errors.addAll(file.errors());
        for (RosterRow row : file.rows()) {
            if (!row.valid()) {
                continue;
            }
            Existing existing = club.get(row.memberId());
            try {
                if (existing == null) {
                    plan.planNew(row);
                } else {
                    plan.planUpdate(row, existing);
                }
            } catch (InvalidValueException e) {
                RowProblem problem = plan.problem(row, e, existing);
                plan.errors.add(new Placed(row.sheetIndex(), row.row(), plan.columnIndex(row, problem), problem));
            }
        }
        return plan;
    }

    private void planNew(RosterRow row) {
        if (row.name() == null) {
            throw new InvalidValueException("name", "member id '" + row.memberId() + "' is not in the club yet and a new athlete"
                    + " needs a name; write the athlete's name" + (row.has(RosterColumn.NAME) ? "" : " in a Name column"));
        }
        if (row.level() == null) {
            throw new InvalidValueException("level", "member id '" + row.memberId() + "' is not in the club yet and a new athlete"
                    + " needs an experience level; write beginner, intermediate or advanced"
                    + (row.has(RosterColumn.LEVEL) ? "" : " in a Level column"));
        }
        AthleteProfile profile = new AthleteProfile(row.name(), row.sex(), row.birthYear(), row.level(), row.maxHr(),
                row.restingHr(), row.timeZone());
        create.add(new Planned(row, null, row.memberId(), profile, List.of()));
    }

    private void planUpdate(RosterRow row, Existing existing) {
        AthleteProfile old = existing.profile();
        AthleteProfile merged = new AthleteProfile(or(row.name(), old.name()), or(row.sex(), old.sex()),
                or(row.birthYear(), old.birthYear()), or(row.level(), old.level()), or(row.maxHr(), old.maxHr()),
                or(row.restingHr(), old.restingHr()), or(row.timeZone(), old.timeZone()));
        List<RosterChange> changes = new ArrayList<>();
        change(changes, row, RosterColumn.NAME, old, merged, AthleteProfile::name, Function.identity());
        change(changes, row, RosterColumn.SEX, old, merged, AthleteProfile::sex, Sex::code);
        change(changes, row, row.birthYearColumn() == null ? RosterColumn.BIRTH_YEAR : row.birthYearColumn(), old, merged,
                AthleteProfile::birthYear, String::valueOf);
        change(changes, row, RosterColumn.LEVEL, old, merged, AthleteProfile::level, ExperienceLevel::code);
        change(changes, row, RosterColumn.MAX_HR, old, merged, AthleteProfile::maxHr, String::valueOf);
        change(changes, row, RosterColumn.RESTING_HR, old, merged, AthleteProfile::restingHr, String::valueOf);
        change(changes, row, RosterColumn.TIME_ZONE, old, merged, AthleteProfile::timeZone, ZoneId::getId);
        Planned planned = new Planned(row, existing.id(), row.memberId(), merged, changes);
        (changes.isEmpty() ? unchanged : update).add(planned);
    }

    private static <T> void change(List<RosterChange> changes, RosterRow row, RosterColumn column, AthleteProfile old,
                                   AthleteProfile merged, Function<AthleteProfile, T> value, Function<T, String> text) {
        T before = value.apply(old);
        T after = value.apply(merged);
        if (!Objects.equals(before, after)) {
            RosterRow.Cell cell = row.cell(column);
            changes.add(new RosterChange(column.field(), cell == null ? null : cell.header(),
                    before == null ? null : text.apply(before), after == null ? null : text.apply(after)));
        }
    }

    private static <T> T or(T value, T stored) {
        return value != null ? value : stored;
    }

    /** The error on the cell at fault; a check of two values (resting below max HR) falls on the one the file has. */
    private RowProblem problem(RosterRow row, InvalidValueException e, Existing existing) {
        RosterColumn column = switch (e.field()) {
            case "name" -> RosterColumn.NAME;
            case "level" -> RosterColumn.LEVEL;
            case "birthYear" -> row.birthYearColumn() == null ? RosterColumn.BIRTH_YEAR : row.birthYearColumn();
            case "maxHr" -> RosterColumn.MAX_HR;
            case "restingHr" -> row.restingHr() == null && row.maxHr() != null ? RosterColumn.MAX_HR : RosterColumn.RESTING_HR;
            case "timeZone" -> RosterColumn.TIME_ZONE;
            case "sex" -> RosterColumn.SEX;
            default -> RosterColumn.MEMBER_ID;
        };
        RosterRow.Cell cell = row.cell(column);
        if (cell == null || cell.text() == null || cell.text().isBlank()) {
            // nothing in that cell: the row's member id says which athlete it is
            cell = row.cell(RosterColumn.MEMBER_ID);
        }
        String[] parts = RosterProblems.split(e.getMessage());
        String fix = parts[1];
        if ("restingHr".equals(e.field()) && existing != null) {
            fix = "the athlete's resting HR " + (row.restingHr() != null ? "would be " + row.restingHr() : "is " + existing.profile().restingHr())
                    + " and max HR " + (row.maxHr() != null ? "would be " + row.maxHr() : "is " + existing.profile().maxHr())
                    + "; correct the one that is wrong";
        } else if (fix == null) {
            fix = RosterProblems.fixOf(column);
        }
        return new RowProblem(row.sheet(), row.row(), cell.header(), cell.text(), parts[0], fix, cell.ref());
    }

    private int columnIndex(RosterRow row, RowProblem problem) {
        return row.cells().values().stream().filter(c -> Objects.equals(c.ref(), problem.columnRef()))
                .mapToInt(RosterRow.Cell::index).findFirst().orElse(0);
    }

    public List<Planned> create() {
        return List.copyOf(create);
    }

    public List<Planned> update() {
        return List.copyOf(update);
    }

    public List<Planned> unchanged() {
        return List.copyOf(unchanged);
    }

    /** Every error of the file in file order: sheets as read, rows, columns from the left. */
    public List<RowProblem> errors() {
        return Placed.inFileOrder(errors);
    }
}
