package app.loadwise.domain.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import app.loadwise.domain.scoring.JobClaimRepository;
import app.loadwise.domain.scoring.ScoringProgressRepository;
import app.loadwise.domain.testing.TestDatabases;
import app.loadwise.domain.testing.TestDatabases.Kind;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The nightly claim and run progress on real PostgreSQL and H2. */
class ScoringPersistenceIT {

    private static final LocalDate NIGHT = LocalDate.of(2026, 11, 30);
    private static final Instant AT = Instant.parse("2026-11-30T02:00:00Z");

    private EntityManagerFactory emf;

    @AfterEach
    void close() {
        if (emf != null) {
            emf.close();
        }
    }

    private <T> T tx(Function<EntityManager, T> work) {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    /** One caller's attempt: insert the claim in its own transaction; a lost race fails the insert. */
    private boolean tryClaim(String instance) {
        if (tx(em -> new JobClaimRepository(em).isClaimed("nightly-scoring", NIGHT))) {
            return false;
        }
        try {
            tx(em -> {
                new JobClaimRepository(em).insertClaim("nightly-scoring", NIGHT, instance, AT);
                return null;
            });
            return true;
        } catch (RuntimeException lost) {
            return false;
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void exactlyOneOfManyCompetingCallersWinsTheNight(Kind kind) throws Exception {
        emf = TestDatabases.entityManagerFactory(TestDatabases.freshMigrated(kind));
        int callers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < callers; i++) {
            String instance = "instance-" + i;
            Callable<Boolean> attempt = () -> {
                start.await();
                return tryClaim(instance);
            };
            results.add(pool.submit(attempt));
        }
        start.countDown();
        int winners = 0;
        for (Future<Boolean> result : results) {
            winners += result.get() ? 1 : 0;
        }
        pool.shutdown();
        assertThat(winners).isEqualTo(1);
        Optional<String> holder = tx(em -> new JobClaimRepository(em).holder("nightly-scoring", NIGHT));
        assertThat(holder).get().asString().startsWith("instance-");
        assertThat(tryClaim("late-comer")).isFalse();
        boolean nextNight = tx(em -> new JobClaimRepository(em).isClaimed("nightly-scoring", NIGHT.plusDays(1)));
        assertThat(nextNight).isFalse();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void keepsEachPartitionsProgressAcrossARestart(Kind kind) {
        emf = TestDatabases.entityManagerFactory(TestDatabases.freshMigrated(kind));
        tx(em -> {
            var progress = new ScoringProgressRepository(em);
            progress.start(7, 0, 1, 500, 500, AT);
            progress.start(7, 1, 501, 1000, 480, AT);
            progress.advance(7, 0, 150, 140, AT);
            progress.skipped(7, 0, 199, AT);
            progress.advance(7, 0, 200, 45, AT.plusSeconds(1));
            return null;
        });
        tx(em -> {
            new ScoringProgressRepository(em).start(7, 0, 1, 500, 500, AT.plusSeconds(5));
            return null;
        });
        List<ScoringProgressRepository.Progress> progress = tx(em -> new ScoringProgressRepository(em).of(7));
        assertThat(progress).containsExactly(
                new ScoringProgressRepository.Progress(0, 1, 500, 500, 200, 185, 1, AT.plusSeconds(1)),
                new ScoringProgressRepository.Progress(1, 501, 1000, 480, 0, 0, 0, AT));
    }
}
