package app.loadwise.traininglog.plan;

import app.loadwise.domain.athlete.Athlete;
import app.loadwise.domain.athlete.AthleteRepository;
import app.loadwise.domain.club.Club;
import app.loadwise.domain.club.ClubRepository;
import app.loadwise.domain.common.IsoWeek;
import app.loadwise.domain.common.Page;
import app.loadwise.domain.common.PageRequest;
import app.loadwise.domain.plan.PlannedSession;
import app.loadwise.domain.plan.PlannedSessionDetails;
import app.loadwise.domain.plan.PlannedSessionRepository;
import app.loadwise.traininglog.importing.ImportFileException;
import app.loadwise.traininglog.importing.RowProblem;
import app.loadwise.traininglog.importing.internal.AthleteNames;
import app.loadwise.traininglog.importing.internal.CsvSheetReader;
import app.loadwise.traininglog.importing.internal.FileKind;
import app.loadwise.traininglog.importing.internal.ImportFiles;
import app.loadwise.traininglog.importing.internal.ImportSettings;
import app.loadwise.traininglog.importing.internal.SheetReader;
import app.loadwise.traininglog.importing.internal.ValueParser;
import app.loadwise.traininglog.importing.internal.XlsxSheetReader;
import app.loadwise.traininglog.plan.internal.PlanSheetReader.Column;
import app.loadwise.traininglog.plan.internal.PlanSheetReader.PlanFile;
import app.loadwise.traininglog.plan.internal.PlanSheetReader.PlanRow;
import app.loadwise.traininglog.plan.internal.PlanSheetReader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Logger;

/**
 * A club's plan from a file: the Plan sheet of the template or of a club's own workbook, or a CSV file of plan rows.
 * Every row is checked as the plan API checks it and its athlete found in the club (by member id, else by name); a
 * dry run answers the weeks it would replace and every error; a commit replaces each athlete's weeks in the file with
 * the file's rows in one transaction, or writes nothing (422 with every error) when the file has any error.
 */
@ApplicationScoped
@Transactional
public class PlanImports {

    /** The most plan rows one file may hold. */
    public static final int MAX_ROWS = 20_000;

    private static final Logger LOG = Logger.getLogger(PlanImports.class.getName());

    @Inject
    ClubRepository clubs;

    @Inject
    AthleteRepository athletes;

    @Inject
    PlannedSessionRepository planned;

    @Inject
    ImportSettings settings;

    /** Largest file accepted, in bytes (LOADWISE_IMPORT_MAX_BYTES, as for the session import). */
    public long maxUploadBytes() {
        return settings.maxBytes();
    }

    public PlanImportResult upload(long clubId, String fileName, InputStream content, boolean dryRun) {
        Club club = clubs.get(clubId);
        ImportFiles files = new ImportFiles(settings.directory());
        ImportFiles.Received received = files.receive(content, settings.maxBytes());
        try {
            FileKind kind = FileKind.sniff(received.path());
            PlanFile file;
            try (SheetReader reader = kind == FileKind.XLSX ? new XlsxSheetReader(received.path(), settings.maxColumns())
                    : new CsvSheetReader(received.path(), settings.maxColumns())) {
                Character decimal = reader instanceof CsvSheetReader csv ? csv.decimalSeparator() : null;
                file = PlanSheetReader.read(reader, new ValueParser(club.locale(), decimal), MAX_ROWS);
            }
            String format = kind.name().toLowerCase(Locale.ROOT);
            List<RowProblem> errors = new ArrayList<>(file.errors());
            Map<Key, List<PlanRow>> weeks = weeks(clubId, file, errors);
            List<PlanImportResult.PlanImportWeek> summary = summary(weeks);
            if (!errors.isEmpty()) {
                errors.sort(Comparator.comparingInt(RowProblem::row));
                String message = errors.size() + (errors.size() == 1 ? " error" : " errors") + ": nothing can be written until "
                        + (errors.size() == 1 ? "it is" : "they are") + " corrected. Nothing was written.";
                if (!dryRun) {
                    throw new ImportFileException(422, "the plan has " + errors.size() + (errors.size() == 1 ? " error" : " errors")
                            + "; nothing was written. Correct " + (errors.size() == 1 ? "it" : "them") + " and upload the file again.",
                            errors);
                }
                return new PlanImportResult(fileName, format, file.sheet(), true, false, message, file.rows().size(), summary, errors);
            }
            if (dryRun) {
                return new PlanImportResult(fileName, format, file.sheet(), true, false, summary.size() + " athlete weeks to replace with "
                        + file.rows().size() + " planned sessions. Nothing was written; upload without dryRun to write it.",
                        file.rows().size(), summary, List.of());
            }
            for (Map.Entry<Key, List<PlanRow>> week : weeks.entrySet()) {
                IsoWeek w = week.getKey().week();
                planned.replace(week.getKey().athlete().id(), w.monday(), w.sunday(),
                        week.getValue().stream().map(PlanRow::details).toList(), PlannedSession.Source.IMPORT);
            }
            LOG.info(() -> "Plan import into club " + clubId + ": " + weeks.size() + " athlete weeks, " + file.rows().size()
                    + " planned sessions");
            return new PlanImportResult(fileName, format, file.sheet(), false, true, summary.size() + " athlete weeks replaced with "
                    + file.rows().size() + " planned sessions.", file.rows().size(), summary, List.of());
        } finally {
            ImportFiles.delete(received.path());
        }
    }

    private record Key(Athlete athlete, IsoWeek week) {
    }

    /** The rows by athlete and ISO week, in file order; rows whose athlete is unknown, or a fourth session on a day, are errors. */
    private Map<Key, List<PlanRow>> weeks(long clubId, PlanFile file, List<RowProblem> errors) {
        Map<String, Athlete> byMember = new HashMap<>();
        List<AthleteNames.Named> named = new ArrayList<>();
        Map<Long, Athlete> byId = new HashMap<>();
        for (int page = 0; ; page++) {
            Page<Athlete> result = athletes.ofClub(clubId, null, PageRequest.of(page, PageRequest.MAX_SIZE));
            for (Athlete athlete : result.items()) {
                byMember.put(athlete.memberId().toLowerCase(Locale.ROOT), athlete);
                named.add(new AthleteNames.Named(athlete.id(), athlete.name()));
                byId.put(athlete.id(), athlete);
            }
            if ((long) (page + 1) * PageRequest.MAX_SIZE >= result.total()) {
                break;
            }
        }
        AthleteNames names = new AthleteNames(named);
        Map<Key, List<PlanRow>> weeks = new LinkedHashMap<>();
        Map<String, Integer> perDay = new HashMap<>();
        for (PlanRow row : file.rows()) {
            Athlete athlete;
            if (row.memberId() != null) {
                athlete = byMember.get(row.memberId().toLowerCase(Locale.ROOT));
                if (athlete == null) {
                    errors.add(file.problem(row, Column.MEMBER_ID, row.memberId(), "no athlete of the club has member id '"
                            + row.memberId() + "'", "use a member id from the roster, or enrol the athlete first"));
                    continue;
                }
            } else {
                List<AthleteNames.Named> matches = names.named(row.name());
                if (matches.size() != 1) {
                    List<String> closest = names.closest(row.name());
                    errors.add(file.problem(row, Column.NAME, row.name(), matches.isEmpty()
                                    ? "no athlete of the club is named '" + row.name() + "'"
                                    : matches.size() + " athletes of the club are named '" + row.name() + "'",
                            matches.isEmpty() && !closest.isEmpty() ? "did you mean " + String.join(", ", closest) + "?"
                                    : "add a Member ID column to tell them apart"));
                    continue;
                }
                athlete = byId.get(matches.get(0).id());
            }
            PlannedSessionDetails d = row.details();
            if (perDay.merge(athlete.id() + "/" + d.date(), 1, Integer::sum) > PlanService.MAX_PER_DAY) {
                errors.add(file.problem(row, Column.DATE, d.date().toString(), "at most " + PlanService.MAX_PER_DAY
                        + " sessions can be planned on one day for one athlete", "move the session to another day"));
                continue;
            }
            weeks.computeIfAbsent(new Key(athlete, IsoWeek.of(d.date())), k -> new ArrayList<>()).add(row);
        }
        return weeks;
    }

    private static List<PlanImportResult.PlanImportWeek> summary(Map<Key, List<PlanRow>> weeks) {
        return weeks.entrySet().stream().map(e -> new PlanImportResult.PlanImportWeek(e.getKey().athlete().id(),
                e.getKey().athlete().memberId(), e.getKey().athlete().name(), e.getKey().week().toString(), e.getValue().size(),
                e.getValue().stream().map(r -> r.details().plannedLoad()).filter(Objects::nonNull)
                        .mapToDouble(Double::doubleValue).sum())).toList();
    }
}
