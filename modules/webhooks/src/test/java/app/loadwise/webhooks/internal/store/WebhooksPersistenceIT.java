package app.loadwise.webhooks.internal.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.loadwise.domain.common.IsoWeek;
import app.loadwise.domain.common.PageRequest;
import app.loadwise.domain.testing.TestDatabases.Kind;
import app.loadwise.domain.testing.TestUnit;
import app.loadwise.recovery.RedFinding;
import app.loadwise.webhooks.internal.store.Webhook;
import app.loadwise.webhooks.internal.store.WebhookAttempt;
import app.loadwise.webhooks.internal.store.WebhookDelivery;
import app.loadwise.webhooks.internal.store.WebhookDeliveryRepository;
import app.loadwise.webhooks.internal.store.WebhookDeliveryStatus;
import app.loadwise.webhooks.internal.store.WebhookEvent;
import app.loadwise.webhooks.internal.store.WebhookEventType;
import app.loadwise.webhooks.internal.store.WebhookOutbox;
import app.loadwise.webhooks.internal.store.WebhookRepository;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Webhooks, their outbox and their deliveries, on real PostgreSQL and H2 through the production migrations. */
class WebhooksPersistenceIT {

    private static final Instant NIGHT_1 = Instant.parse("2026-11-24T02:00:00Z");
    private static final Instant NIGHT_2 = Instant.parse("2026-11-25T02:00:00Z");
    private static final IsoWeek WEEK = IsoWeek.parse("2026-W48");

    private TestUnit unit;

    @AfterEach
    void close() {
        if (unit != null) {
            unit.close();
        }
    }

    private long newClub() {
        return unit.club("Harriers", Locale.GERMANY, NIGHT_1);
    }

    private long newAthlete(long clubId, String name) {
        return unit.athlete(clubId, "M-" + name, name);
    }

    private long newWebhook(long clubId, WebhookEventType... events) {
        return unit.tx(em -> new WebhookRepository(em).store(new Webhook(clubId, "https://hooks.example.com/loadwise",
                List.of(events), "coach app", "whsec_test", "admin", NIGHT_1)).id());
    }

    private int night(Instant at, RedFinding... findings) {
        return unit.tx(em -> new WebhookOutbox(em).recordRedFindings(List.of(findings), at));
    }

    private List<WebhookDelivery> deliveries(long webhookId) {
        return unit.tx(em -> {
            List<WebhookDelivery> items = new WebhookDeliveryRepository(em).ofWebhook(webhookId, PageRequest.of(0, 100)).items();
            items.forEach(WebhookDelivery::attemptLog);
            return items;
        });
    }

    private long count(String table) {
        return unit.tx(em -> ((Number) em.createNativeQuery("SELECT COUNT(*) FROM " + table).getSingleResult()).longValue());
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void storesAClubsWebhooksAndFindsThemOnlyThroughTheirClub(Kind kind) {
        unit = TestUnit.fresh(kind);
        long club = newClub();
        long other = newClub();
        long id = newWebhook(club, WebhookEventType.REPORT_SENT, WebhookEventType.FINDING_RED);

        Webhook stored = unit.tx(em -> new WebhookRepository(em).get(club, id));
        assertThat(stored.url()).isEqualTo("https://hooks.example.com/loadwise");
        assertThat(stored.events()).containsExactly(WebhookEventType.FINDING_RED, WebhookEventType.REPORT_SENT);
        assertThat(stored.secret()).isEqualTo("whsec_test");
        assertThat(stored.createdAt()).isEqualTo(NIGHT_1);
        assertThat(unit.<java.util.Optional<Webhook>>tx(em -> new WebhookRepository(em).find(other, id))).isEmpty();
        assertThat(unit.<Long>tx(em -> new WebhookRepository(em).ofClub(club, PageRequest.of(0, 10)).total())).isEqualTo(1);

        unit.tx(em -> {
            WebhookRepository webhooks = new WebhookRepository(em);
            Webhook w = webhooks.get(club, id);
            w.change("https://hooks.example.com/v2", List.of(WebhookEventType.REPORT_SENT), null, false, NIGHT_2);
            return webhooks.store(w);
        });
        Webhook changed = unit.tx(em -> new WebhookRepository(em).get(club, id));
        assertThat(changed.url()).endsWith("/v2");
        assertThat(changed.active()).isFalse();
        assertThat(changed.secret()).isEqualTo("whsec_test");

        unit.tx(em -> {
            WebhookRepository webhooks = new WebhookRepository(em);
            webhooks.delete(webhooks.get(club, id));
            return null;
        });
        assertThat(unit.<java.util.Optional<Webhook>>tx(em -> new WebhookRepository(em).find(club, id))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void theSameRedFindingWrittenOnTwoNightsFiresOncePerWebhook(Kind kind) {
        unit = TestUnit.fresh(kind);
        long club = newClub();
        long quiet = newClub();
        long ada = newAthlete(club, "Ada Okafor");
        long ben = newAthlete(quiet, "Ben");
        long hook = newWebhook(club, WebhookEventType.FINDING_RED);
        newWebhook(club, WebhookEventType.REPORT_SENT);
        RedFinding pain = new RedFinding(club, ada, WEEK, "pain", "red", true, "Sharp pain reported", "See a physio");
        RedFinding unsubscribed = new RedFinding(quiet, ben, WEEK, "pain", "red", false, "Pain", null);

        assertThat(night(NIGHT_1, pain, unsubscribed)).isEqualTo(1);
        assertThat(night(NIGHT_2, pain, unsubscribed)).isZero();

        assertThat(count("webhook_event")).isEqualTo(1);
        List<WebhookDelivery> sent = deliveries(hook);
        assertThat(sent).hasSize(1);
        WebhookDelivery delivery = sent.get(0);
        assertThat(delivery.status()).isEqualTo(WebhookDeliveryStatus.PENDING);
        assertThat(delivery.nextAttemptAt()).isEqualTo(NIGHT_1);
        WebhookEvent event = unit.tx(em -> new WebhookDeliveryRepository(em).event(delivery.eventId()));
        assertThat(event.eventKey()).isEqualTo(WebhookOutbox.findingKey(ada, WEEK, "pain"));
        assertThat(event.type()).isEqualTo(WebhookEventType.FINDING_RED);
        assertThat(event.athleteName()).isEqualTo("Ada Okafor");
        assertThat(event.isoWeek()).isEqualTo("2026-W48");
        assertThat(event.provisional()).isTrue();
        assertThat(event.message()).isEqualTo("Sharp pain reported");
        assertThat(event.occurredAt()).isEqualTo(NIGHT_1);

        long later = newWebhook(club, WebhookEventType.FINDING_RED);
        assertThat(night(NIGHT_2, pain)).isEqualTo(1);
        assertThat(deliveries(later)).extracting(WebhookDelivery::eventId).containsExactly(delivery.eventId());
        assertThat(deliveries(hook)).hasSize(1);
        assertThat(count("webhook_event")).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aRolledBackChunkLeavesNothingToSend(Kind kind) {
        unit = TestUnit.fresh(kind);
        long club = newClub();
        long ada = newAthlete(club, "Ada");
        long hook = newWebhook(club, WebhookEventType.FINDING_RED);
        RedFinding finding = new RedFinding(club, ada, WEEK, "acwr_spike", "red", false, "Load spike", "Back off");

        EntityManager em = unit.emf().createEntityManager();
        em.getTransaction().begin();
        assertThat(new WebhookOutbox(em).recordRedFindings(List.of(finding), NIGHT_1)).isEqualTo(1);
        em.getTransaction().rollback();
        em.close();

        assertThat(count("webhook_event")).isZero();
        assertThat(count("webhook_delivery")).isZero();
        assertThat(night(NIGHT_2, finding)).isEqualTo(1);
        assertThat(deliveries(hook)).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aDueDeliveryIsTakenByOneCallerAndRecordsEveryAttempt(Kind kind) {
        unit = TestUnit.fresh(kind);
        long club = newClub();
        long hook = newWebhook(club, WebhookEventType.REPORT_SENT);
        assertThat(unit.<Integer>tx(em -> new WebhookOutbox(em).recordReportSent(club, WEEK, "/api/v1/clubs/" + club + "/reports/2026-W48.xlsx",
                NIGHT_1))).isEqualTo(1);
        assertThat(unit.<Integer>tx(em -> new WebhookOutbox(em).recordReportSent(club, WEEK, "/x", NIGHT_2))).isZero();
        long id = deliveries(hook).get(0).id();

        assertThat(unit.<List<Long>>tx(em -> new WebhookDeliveryRepository(em).due(NIGHT_1.minusSeconds(1), 10))).isEmpty();
        assertThat(unit.<List<Long>>tx(em -> new WebhookDeliveryRepository(em).due(NIGHT_1, 10))).containsExactly(id);
        Instant lease = NIGHT_1.plusSeconds(120);
        boolean first = unit.tx(em -> new WebhookDeliveryRepository(em).take(id, NIGHT_1, lease));
        boolean second = unit.tx(em -> new WebhookDeliveryRepository(em).take(id, NIGHT_1, lease));
        assertThat(first).isTrue();
        assertThat(second).isFalse();
        assertThat(unit.<List<Long>>tx(em -> new WebhookDeliveryRepository(em).due(NIGHT_1.plusSeconds(60), 10))).isEmpty();
        assertThat(unit.<List<Long>>tx(em -> new WebhookDeliveryRepository(em).due(lease.plusSeconds(1), 10)))
                .as("a lease that ran out (the instance stopped) makes it due again").containsExactly(id);

        unit.tx(em -> {
            new WebhookDeliveryRepository(em).get(id).attempted(new WebhookAttempt(NIGHT_1, 503, null, 42), NIGHT_1.plusSeconds(60), lease);
            return null;
        });
        WebhookDelivery retrying = unit.tx(em -> new WebhookDeliveryRepository(em).get(id));
        assertThat(retrying.status()).isEqualTo(WebhookDeliveryStatus.PENDING);
        assertThat(retrying.lastError()).isEqualTo("HTTP 503");
        assertThat(unit.<Boolean>tx(em -> new WebhookDeliveryRepository(em).take(id, NIGHT_1.plusSeconds(59), lease))).isFalse();
        assertThat(unit.<Boolean>tx(em -> new WebhookDeliveryRepository(em).take(id, NIGHT_1.plusSeconds(60), lease))).isTrue();
        unit.tx(em -> {
            new WebhookDeliveryRepository(em).get(id).attempted(
                    new WebhookAttempt(NIGHT_1.plusSeconds(60), 204, null, 7), NIGHT_1.plusSeconds(360), lease);
            return null;
        });

        WebhookDelivery done = deliveries(hook).get(0);
        assertThat(done.status()).isEqualTo(WebhookDeliveryStatus.DELIVERED);
        assertThat(done.attempts()).isEqualTo(2);
        assertThat(done.deliveredAt()).isEqualTo(NIGHT_1.plusSeconds(60));
        assertThat(done.attemptLog()).extracting(WebhookAttempt::httpStatus).containsExactly(503, 204);
        assertThat(done.attemptLog()).extracting(WebhookAttempt::durationMs).containsExactly(42L, 7L);
        java.util.Map<Long, List<WebhookAttempt>> logs = unit.tx(em -> new WebhookDeliveryRepository(em).attemptLogs(List.of(id, id + 1_000)));
        assertThat(logs).containsOnlyKeys(id);
        assertThat(logs.get(id)).extracting(WebhookAttempt::httpStatus).containsExactly(503, 204);
        assertThat(logs.get(id)).extracting(WebhookAttempt::attemptedAt).containsExactly(NIGHT_1, NIGHT_1.plusSeconds(60));
        assertThat(logs.get(id)).extracting(WebhookAttempt::durationMs).containsExactly(42L, 7L);
        assertThat(unit.<List<Long>>tx(em -> new WebhookDeliveryRepository(em).due(NIGHT_2, 10))).isEmpty();

        long ping = unit.tx(em -> new WebhookOutbox(em).recordPing(club, hook, NIGHT_2));
        assertThat(unit.<WebhookEventType>tx(em -> new WebhookDeliveryRepository(em).event(new WebhookDeliveryRepository(em).get(ping).eventId()).type()))
                .isEqualTo(WebhookEventType.PING);
        assertThat(deliveries(hook)).extracting(WebhookDelivery::id).startsWith(ping);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void anAttemptUnderALeaseThatRanOutIsOnlyLoggedWhileTheNewHolderDecides(Kind kind) {
        unit = TestUnit.fresh(kind);
        long club = newClub();
        long hook = newWebhook(club, WebhookEventType.FINDING_RED);
        night(NIGHT_1, new RedFinding(club, newAthlete(club, "Ada"), WEEK, "pain", "red", false, "Pain", "Back off"));
        long id = deliveries(hook).get(0).id();
        Instant stalled = NIGHT_1.plusSeconds(120);
        Instant taken = NIGHT_1.plusSeconds(300);
        assertThat(unit.<Boolean>tx(em -> new WebhookDeliveryRepository(em).take(id, NIGHT_1, stalled))).isTrue();
        assertThat(unit.<Boolean>tx(em -> new WebhookDeliveryRepository(em).take(id, NIGHT_1.plusSeconds(180), taken))).isTrue();

        boolean late = unit.tx(em -> new WebhookDeliveryRepository(em).get(id).attempted(
                new WebhookAttempt(NIGHT_1, 500, null, 90_000), NIGHT_1.plusSeconds(600), stalled));
        assertThat(late).isFalse();
        WebhookDelivery sending = deliveries(hook).get(0);
        assertThat(sending.status()).isEqualTo(WebhookDeliveryStatus.SENDING);
        assertThat(sending.leaseUntil()).isEqualTo(taken);
        assertThat(sending.attemptLog()).extracting(WebhookAttempt::httpStatus).containsExactly(500);

        boolean holder = unit.tx(em -> new WebhookDeliveryRepository(em).get(id).attempted(
                new WebhookAttempt(NIGHT_1.plusSeconds(180), 204, null, 8), null, taken));
        assertThat(holder).isTrue();
        assertThat(deliveries(hook).get(0).status()).isEqualTo(WebhookDeliveryStatus.DELIVERED);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void forgetsTheAttemptLogOfOldFinishedDeliveriesButNeverSendsAgain(Kind kind) {
        unit = TestUnit.fresh(kind);
        long club = newClub();
        long ada = newAthlete(club, "Ada");
        long hook = newWebhook(club, WebhookEventType.FINDING_RED);
        RedFinding finding = new RedFinding(club, ada, WEEK, "acwr_spike", "red", false, "Load spike", "Back off");
        night(NIGHT_1, finding);
        long id = deliveries(hook).get(0).id();
        unit.tx(em -> {
            new WebhookDeliveryRepository(em).take(id, NIGHT_1, NIGHT_1.plusSeconds(120));
            new WebhookDeliveryRepository(em).get(id).attempted(new WebhookAttempt(NIGHT_1, 204, null, 5), NIGHT_1.plusSeconds(60),
                    NIGHT_1.plusSeconds(120));
            return null;
        });
        long pending = newWebhook(club, WebhookEventType.FINDING_RED);
        night(NIGHT_2, finding);
        assertThat(deliveries(pending)).hasSize(1);

        assertThat(unit.<Integer>tx(em -> new WebhookDeliveryRepository(em).forgetAttemptsBefore(NIGHT_1))).isZero();
        assertThat(count("webhook_delivery_attempt")).isEqualTo(1);
        assertThat(unit.<Integer>tx(em -> new WebhookDeliveryRepository(em).forgetAttemptsBefore(NIGHT_2.plusSeconds(1)))).isEqualTo(1);
        assertThat(count("webhook_delivery_attempt")).isZero();
        assertThat(deliveries(hook)).singleElement().satisfies(d -> {
            assertThat(d.status()).isEqualTo(WebhookDeliveryStatus.DELIVERED);
            assertThat(d.attempts()).isEqualTo(1);
        });
        assertThat(deliveries(pending)).as("a delivery still to be sent is untouched").hasSize(1);
        assertThat(night(NIGHT_2.plusSeconds(86_400), finding)).as("nothing is sent again").isZero();
    }
}
