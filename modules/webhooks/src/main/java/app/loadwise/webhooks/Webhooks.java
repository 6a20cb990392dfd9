package app.loadwise.webhooks;

import app.loadwise.domain.club.ClubRepository;
import app.loadwise.domain.common.InvalidValueException;
import app.loadwise.domain.common.Page;
import app.loadwise.domain.common.PageRequest;
import app.loadwise.webhooks.WebhookViews.CreatedWebhook;
import app.loadwise.webhooks.WebhookViews.WebhookDeliveryView;
import app.loadwise.webhooks.WebhookViews.WebhookRequest;
import app.loadwise.webhooks.WebhookViews.WebhookView;
import app.loadwise.webhooks.internal.HttpTransport;
import app.loadwise.webhooks.internal.RetryDelays;
import app.loadwise.webhooks.internal.TargetRules;
import app.loadwise.webhooks.internal.WebhookDispatch;
import app.loadwise.webhooks.internal.WebhookSignature;
import app.loadwise.webhooks.internal.store.Webhook;
import app.loadwise.webhooks.internal.store.WebhookAttempt;
import app.loadwise.webhooks.internal.store.WebhookDelivery;
import app.loadwise.webhooks.internal.store.WebhookDeliveryRepository;
import app.loadwise.webhooks.internal.store.WebhookEventType;
import app.loadwise.webhooks.internal.store.WebhookRepository;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** A club's webhooks: registration, the delivery log, test pings, retries, and sending what is due. */
@ApplicationScoped
public class Webhooks {

    /** How long an instance holds a delivery while posting it: far longer than the connect and answer timeouts. */
    static final Duration LEASE = Duration.ofMinutes(2);

    /** A test ping or a retry by hand answers within this time, sent or not (the API promises 2 s). */
    static final Duration ANSWER_WITHIN = Duration.ofMillis(1500);

    @Inject
    WebhookRepository webhooks;

    @Inject
    WebhookDeliveryRepository deliveries;

    @Inject
    ClubRepository clubs;

    @Inject
    WebhookRecords records;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "loadwise.webhooks.allow-local-targets", defaultValue = "false")
    boolean allowLocalTargets;

    @Inject
    @ConfigProperty(name = "loadwise.webhooks.allowed-ports", defaultValue = "443,8443")
    String allowedPorts;

    @Inject
    @ConfigProperty(name = "loadwise.webhooks.retry-delays", defaultValue = "PT1M,PT5M,PT30M,PT2H,PT12H")
    String retryDelays;

    @Inject
    @ConfigProperty(name = "loadwise.webhooks.connect-timeout", defaultValue = "PT5S")
    String connectTimeout;

    @Inject
    @ConfigProperty(name = "loadwise.webhooks.timeout", defaultValue = "PT10S")
    String timeout;

    /** Runs the attempts of test pings and retries by hand, so that their answer need not wait for the receiver. */
    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    private TargetRules targets;
    private WebhookDispatch dispatch;

    @PostConstruct
    void init() {
        targets = new TargetRules(allowLocalTargets, TargetRules.ports(allowedPorts), TargetRules.DNS);
        dispatch = new WebhookDispatch(records, new HttpTransport(Duration.parse(connectTimeout), Duration.parse(timeout)), targets,
                RetryDelays.parse(retryDelays), LEASE, clock);
    }

    @Transactional
    public CreatedWebhook register(long clubId, WebhookRequest request, String createdBy) {
        clubs.get(clubId);
        targets.check(request.url());
        Webhook webhook = new Webhook(clubId, request.url(), events(request.events()), request.description(),
                WebhookSignature.newSecret(), createdBy, clock.instant());
        if (Boolean.FALSE.equals(request.active())) {
            webhook.change(webhook.url(), webhook.events(), webhook.description(), false, webhook.createdAt());
        }
        return CreatedWebhook.of(webhooks.store(webhook));
    }

    @Transactional
    public Page<WebhookView> list(long clubId, PageRequest page) {
        clubs.get(clubId);
        return webhooks.ofClub(clubId, page).map(WebhookView::of);
    }

    @Transactional
    public WebhookView get(long clubId, long webhookId) {
        return WebhookView.of(webhooks.get(clubId, webhookId));
    }

    @Transactional
    public WebhookView change(long clubId, long webhookId, WebhookRequest request) {
        Webhook webhook = webhooks.get(clubId, webhookId);
        targets.check(request.url());
        webhook.change(request.url(), events(request.events()), request.description(),
                request.active() == null ? webhook.active() : request.active(), clock.instant());
        return WebhookView.of(webhooks.store(webhook));
    }

    @Transactional
    public void delete(long clubId, long webhookId) {
        webhooks.delete(webhooks.get(clubId, webhookId));
    }

    /** The webhook's deliveries, newest first, with their attempts. */
    @Transactional
    public Page<WebhookDeliveryView> deliveries(long clubId, long webhookId, PageRequest page) {
        webhooks.get(clubId, webhookId);
        Page<WebhookDelivery> found = deliveries.ofWebhook(webhookId, page);
        Map<Long, WebhookEventType> types = deliveries.eventTypes(found.items().stream().map(WebhookDelivery::eventId).toList());
        Map<Long, List<WebhookAttempt>> logs = deliveries.attemptLogs(found.items().stream().map(WebhookDelivery::id).toList());
        return found.map(d -> WebhookDeliveryView.of(d, types.get(d.eventId()), logs.getOrDefault(d.id(), List.of())));
    }

    /** Sends a ping event to the webhook now (retried like any other on failure); answers its delivery. */
    public WebhookDeliveryView ping(long clubId, long webhookId) {
        long deliveryId = records.ping(clubId, webhookId, clock.instant());
        return sendNow(clubId, webhookId, deliveryId);
    }

    /** Sends a delivery again now; a failed one stays failed when this attempt fails too. */
    public WebhookDeliveryView retry(long clubId, long webhookId, long deliveryId) {
        records.retryNow(clubId, webhookId, deliveryId, clock.instant());
        return sendNow(clubId, webhookId, deliveryId);
    }

    /**
     * Posts a delivery that was just made due and answers how it went, within {@link #ANSWER_WITHIN}: the attempt runs
     * on a thread of its own, and when it takes longer (a slow receiver, a slow name server) the delivery is answered
     * as it stands ("sending") while the attempt goes on and is logged as usual. When an instance's schedule took the
     * delivery first, its attempt is waited for as long.
     */
    private WebhookDeliveryView sendNow(long clubId, long webhookId, long deliveryId) {
        long deadline = System.nanoTime() + ANSWER_WITHIN.toNanos();
        Future<WebhookDispatch.Outcome> attempt = executor == null
                ? CompletableFuture.completedFuture(dispatch.send(deliveryId))
                : executor.submit(() -> dispatch.send(deliveryId));
        try {
            if (attempt.get(ANSWER_WITHIN.toNanos(), TimeUnit.NANOSECONDS) != WebhookDispatch.Outcome.NOT_TAKEN) {
                return delivery(clubId, webhookId, deliveryId);
            }
        } catch (TimeoutException stillSending) {
            return delivery(clubId, webhookId, deliveryId);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return delivery(clubId, webhookId, deliveryId);
        }
        WebhookDeliveryView view = delivery(clubId, webhookId, deliveryId);
        while (view.status().equals("sending") && System.nanoTime() < deadline) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            view = delivery(clubId, webhookId, deliveryId);
        }
        return view;
    }

    /**
     * The delivery as the API shows it, read in a transaction of its own: {@link #sendNow} reads it while its attempt
     * runs on another thread, and a read outside a transaction would share that thread's persistence context.
     */
    public WebhookDeliveryView delivery(long clubId, long webhookId, long deliveryId) {
        return records.view(clubId, webhookId, deliveryId);
    }

    /**
     * Sends the due deliveries, oldest first, until none is left or {@code budget} has passed; answers how many were
     * delivered. Each is taken by one conditional update, so instances running this at once never post one twice.
     */
    /** Forgets the attempt logs of delivered and failed deliveries older than {@code keep}; answers how many attempts. */
    @jakarta.transaction.Transactional
    public int forgetOldAttempts(Duration keep) {
        return deliveries.forgetAttemptsBefore(clock.instant().minus(keep));
    }

    public int sendDue(Duration budget) {
        Instant stopAt = clock.instant().plus(budget);
        int delivered = 0;
        for (long id : records.due(clock.instant(), 100)) {
            if (clock.instant().isAfter(stopAt)) {
                break;
            }
            if (dispatch.send(id) == WebhookDispatch.Outcome.DELIVERED) {
                delivered++;
            }
        }
        return delivered;
    }

    private static Set<WebhookEventType> events(List<String> names) {
        if (names == null) {
            return new LinkedHashSet<>(WebhookEventType.subscribable());
        }
        Set<WebhookEventType> events = new LinkedHashSet<>();
        for (String name : names) {
            WebhookEventType type = WebhookEventType.fromApiName(name, "events");
            if (!WebhookEventType.subscribable().contains(type)) {
                throw new InvalidValueException("events", "events may be finding.red, report.sent");
            }
            events.add(type);
        }
        return events;
    }
}
