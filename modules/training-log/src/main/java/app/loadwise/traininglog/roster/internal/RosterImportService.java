package app.loadwise.traininglog.roster.internal;

import app.loadwise.domain.athlete.Athlete;
import app.loadwise.domain.athlete.AthleteRepository;
import app.loadwise.domain.club.Club;
import app.loadwise.domain.club.ClubRepository;
import app.loadwise.domain.common.Page;
import app.loadwise.domain.common.PageRequest;
import app.loadwise.traininglog.importing.ImportFileException;
import app.loadwise.traininglog.importing.internal.CsvSheetReader;
import app.loadwise.traininglog.importing.internal.FileKind;
import app.loadwise.traininglog.importing.internal.ImportFiles;
import app.loadwise.traininglog.importing.internal.ImportSettings;
import app.loadwise.traininglog.importing.internal.SheetReader;
import app.loadwise.traininglog.importing.internal.ValueParser;
import app.loadwise.traininglog.importing.internal.XlsxSheetReader;
import app.loadwise.traininglog.roster.RosterCounts;
import app.loadwise.traininglog.roster.RosterEntry;
import app.loadwise.traininglog.roster.RosterImportResult;
import app.loadwise.traininglog.roster.RosterImports;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;

/** The roster import: {@link RosterImports} over the club's athletes and the session import's file readers. */
@ApplicationScoped
@Transactional
public class RosterImportService implements RosterImports {

    private static final Logger LOG = Logger.getLogger(RosterImportService.class.getName());

    private ClubRepository clubs;
    private AthleteRepository athletes;
    private ImportSettings settings;

    /** For the container's proxy. */
    protected RosterImportService() {
    }

    @Inject
    public RosterImportService(ClubRepository clubs, AthleteRepository athletes, ImportSettings settings) {
        this.clubs = clubs;
        this.athletes = athletes;
        this.settings = settings;
    }

    @Override
    public long maxUploadBytes() {
        return settings.maxBytes();
    }

    @Override
    public RosterImportResult upload(long clubId, String fileName, InputStream content, boolean dryRun) {
        Club club = clubs.get(clubId);
        ImportFiles files = new ImportFiles(settings.directory());
        ImportFiles.Received received = files.receive(content, settings.maxBytes());
        try {
            FileKind kind = FileKind.sniff(received.path());
            RosterReader.RosterFile file;
            try (SheetReader reader = kind == FileKind.XLSX ? new XlsxSheetReader(received.path(), settings.maxColumns())
                    : new CsvSheetReader(received.path(), settings.maxColumns())) {
                Character decimal = reader instanceof CsvSheetReader csv ? csv.decimalSeparator() : null;
                file = RosterReader.read(reader, new ValueParser(club.locale(), decimal), MAX_ROWS);
            }
            RosterPlan plan = RosterPlan.of(file, existing(clubId));
            String format = kind.name().toLowerCase(Locale.ROOT);
            if (dryRun) {
                return result(fileName, format, true, false, file, plan, plan.create().stream().map(p -> p.entry(null)).toList());
            }
            if (!plan.errors().isEmpty()) {
                int errors = plan.errors().size();
                throw new ImportFileException(422, "the roster has " + errors + (errors == 1 ? " error" : " errors")
                        + "; nothing was written. Correct " + (errors == 1 ? "it" : "them") + " and upload the file again.",
                        plan.errors());
            }
            List<RosterEntry> created = new ArrayList<>();
            for (RosterPlan.Planned planned : plan.create()) {
                Athlete athlete = athletes.store(new Athlete(clubId, planned.memberId(), planned.profile()));
                created.add(planned.entry(athlete.id()));
            }
            for (RosterPlan.Planned planned : plan.update()) {
                Athlete athlete = athletes.get(planned.athleteId());
                athlete.updateProfile(planned.profile());
                athletes.store(athlete);
            }
            LOG.info(() -> "Roster import into club " + clubId + ": " + created.size() + " created, " + plan.update().size()
                    + " updated, " + plan.unchanged().size() + " unchanged");
            return result(fileName, format, false, true, file, plan, created);
        } finally {
            ImportFiles.delete(received.path());
        }
    }

    @Override
    public void template(OutputStream out) throws IOException {
        RosterTemplate.write(out);
    }

    private Map<String, RosterPlan.Existing> existing(long clubId) {
        Map<String, RosterPlan.Existing> byMember = new HashMap<>();
        for (int page = 0; ; page++) {
            Page<Athlete> athletesPage = athletes.ofClub(clubId, null, PageRequest.of(page, PageRequest.MAX_SIZE));
            for (Athlete athlete : athletesPage.items()) {
                byMember.put(athlete.memberId(), new RosterPlan.Existing(athlete.id(), athlete.profile()));
            }
            if ((long) (page + 1) * PageRequest.MAX_SIZE >= athletesPage.total()) {
                return byMember;
            }
        }
    }

    private static RosterImportResult result(String fileName, String format, boolean dryRun, boolean committed,
                                             RosterReader.RosterFile file, RosterPlan plan, List<RosterEntry> created) {
        List<RosterEntry> updated = plan.update().stream().map(p -> p.entry(p.athleteId())).toList();
        List<RosterEntry> unchanged = plan.unchanged().stream().map(p -> p.entry(p.athleteId())).toList();
        int errors = plan.errors().size();
        RosterCounts counts = new RosterCounts(file.rows().size(), created.size(), updated.size(), unchanged.size(), errors);
        String message;
        if (committed) {
            message = created.size() + " created, " + updated.size() + " updated, " + unchanged.size()
                    + " unchanged. Athletes of the club that are not in the file were left as they are.";
        } else if (errors > 0) {
            message = errors + (errors == 1 ? " error" : " errors") + ": nothing can be written until "
                    + (errors == 1 ? "it is" : "they are") + " corrected. Nothing was written.";
        } else {
            message = created.size() + " to create, " + updated.size() + " to update, " + unchanged.size()
                    + " unchanged. Nothing was written; commit to write it.";
        }
        return new RosterImportResult(fileName, format, dryRun, committed, message, counts, created, updated, unchanged,
                plan.errors(), file.ignoredColumns(), file.ignoredSheets());
    }
}
