package app.loadwise.traininglog;

import static org.assertj.core.api.Assertions.assertThat;

import app.loadwise.domain.athlete.AthleteErasure;
import app.loadwise.domain.athlete.AthleteRepository;
import app.loadwise.domain.club.ClubRepository;
import app.loadwise.domain.testing.TestDatabases;
import app.loadwise.traininglog.importing.ImportHarness;
import app.loadwise.traininglog.importing.ImportView;
import app.loadwise.traininglog.importing.UploadRequest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Erasing an athlete removes the kept files of the imports of their own data, and no other club member's. */
class AthleteErasureUploadsIT {

    private static final String OWN_LOG = "Date,Start time,Type,Minutes,RPE\n2026-03-02,07:00,easy,40,3\n";
    private static final String CLUB_LOG = "Member ID,Date,Start time,Type,Minutes,RPE\nLS-002,2026-03-02,07:00,easy,40,3\n";

    @TempDir
    Path dir;

    private ImportHarness harness;

    @AfterEach
    void close() {
        harness.close();
    }

    private long upload(long club, Long athlete, String content) {
        ImportView view = harness.service(s -> s.uploads().upload(new UploadRequest(club, athlete, "log.csv", false, "coach"),
                new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8))));
        return view.id();
    }

    @Test
    void deletesTheKeptUploadsOfTheAthletesOwnImports() {
        harness = new ImportHarness(TestDatabases.Kind.H2, dir, 10L * 1024 * 1024);
        long club = harness.club(Locale.UK);
        long ada = harness.athlete(club, "LS-001", "Ada Okafor");
        harness.athlete(club, "LS-002", "Ben Meyer");
        long own = upload(club, ada, OWN_LOG);
        long clubWide = upload(club, null, CLUB_LOG);
        Path ownFile = harness.service(s -> s.pipeline().files().path(own));
        Path clubFile = harness.service(s -> s.pipeline().files().path(clubWide));
        assertThat(ownFile).exists();

        harness.tx(em -> {
            AthleteService athletes = new AthleteService();
            athletes.clubs = new ClubRepository(em);
            athletes.athletes = new AthleteRepository(em);
            athletes.erasure = new AthleteErasure(em);
            athletes.imports = harness.service(em).uploads();
            return athletes.delete(ada);
        });

        assertThat(ownFile).doesNotExist();
        assertThat(clubFile).exists();
    }
}
