package app.loadwise.domain.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import app.loadwise.domain.jobs.JobRepositoryTables;
import app.loadwise.domain.testing.TestDatabases;
import app.loadwise.domain.testing.TestDatabases.Kind;
import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The takeover of a lost job execution is claimed once, and a run's takeovers are counted across its attempts. */
class JobTakeoverPersistenceIT {

    private static final Instant NOW = Instant.parse("2026-10-10T06:30:00Z");

    private EntityManagerFactory emf;

    @AfterEach
    void close() {
        if (emf != null) {
            emf.close();
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void oneInstanceTakesALostExecutionOverAndTheRunsTakeoversAreCounted(Kind kind) {
        emf = TestDatabases.entityManagerFactory(TestDatabases.freshMigrated(kind));

        assertThat(takeOver(101, "nightly-scoring:7")).isTrue();
        assertThat(takeOver(101, "nightly-scoring:7")).as("the same execution a second time").isFalse();
        assertThat(takeOver(105, "nightly-scoring:7")).as("the run's next lost attempt").isTrue();
        assertThat(takeOver(230, "import:12")).isTrue();

        assertThat(takeovers("nightly-scoring:7")).isEqualTo(2);
        assertThat(takeovers("import:12")).isEqualTo(1);
        assertThat(takeovers("import:13")).isZero();
    }

    private boolean takeOver(long execution, String subject) {
        return TestDatabases.inTransaction(emf, em -> new JobRepositoryTables(em).insertTakeover(execution,
                subject.substring(0, subject.indexOf(':')), subject, NOW));
    }

    private long takeovers(String subject) {
        return TestDatabases.inTransaction(emf, em -> new JobRepositoryTables(em).takeovers(subject));
    }
}
