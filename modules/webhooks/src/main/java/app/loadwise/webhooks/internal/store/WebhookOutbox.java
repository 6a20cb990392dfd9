package app.loadwise.webhooks.internal.store;

import app.loadwise.domain.common.ColumnText;
import app.loadwise.domain.common.InstantConverter;
import app.loadwise.domain.common.IsoWeek;
import app.loadwise.domain.common.SequenceIds;
import app.loadwise.recovery.RedFinding;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The transactional outbox of webhook events. Producers call it in the transaction that makes the event true (the
 * scoring chunk that writes a red finding, the record of a sent report): the event is inserted under its unique key
 * with {@code INSERT ... WHERE NOT EXISTS}, and one pending delivery per subscribed webhook likewise under (webhook,
 * event). A rolled-back transaction leaves nothing to send; a repeated one (the next night, a restarted chunk) finds
 * the rows and adds none. Clubs without a subscribed webhook cost one query and store nothing.
 */
@ApplicationScoped
public class WebhookOutbox {

    private static final InstantConverter INSTANTS = new InstantConverter();
    private static final int SLICE = 500;

    private static final String INSERT_EVENT = "INSERT INTO webhook_event (id, club_id, event_key, event_type, occurred_at,"
            + " athlete_id, athlete_name, iso_week, rule_id, severity, provisional, message, advice, download_path)"
            + " SELECT CAST(? AS BIGINT), CAST(? AS BIGINT), CAST(? AS VARCHAR(200)), CAST(? AS VARCHAR(32)),"
            + " CAST(? AS TIMESTAMP WITH TIME ZONE), CAST(? AS BIGINT), CAST(? AS VARCHAR(200)), CAST(? AS VARCHAR(8)),"
            + " CAST(? AS VARCHAR(64)), CAST(? AS VARCHAR(16)), CAST(? AS BOOLEAN), CAST(? AS VARCHAR(1000)),"
            + " CAST(? AS VARCHAR(1000)), CAST(? AS VARCHAR(300))"
            + " WHERE NOT EXISTS (SELECT 1 FROM webhook_event e WHERE e.event_key = ?)";
    private static final String INSERT_DELIVERY = "INSERT INTO webhook_delivery (id, webhook_id, event_id, status, attempts,"
            + " next_attempt_at, created_at, version)"
            + " SELECT CAST(? AS BIGINT), CAST(? AS BIGINT), CAST(? AS BIGINT), 'PENDING', 0,"
            + " CAST(? AS TIMESTAMP WITH TIME ZONE), CAST(? AS TIMESTAMP WITH TIME ZONE), 1"
            + " WHERE NOT EXISTS (SELECT 1 FROM webhook_delivery d WHERE d.webhook_id = ? AND d.event_id = ?)";


    private record NewEvent(long clubId, String key, WebhookEventType type, Long athleteId, String athleteName, String week,
                            String ruleId, String severity, Boolean provisional, String message, String advice,
                            String downloadPath) {
    }

    @PersistenceContext(unitName = "loadwise")
    private EntityManager em;

    protected WebhookOutbox() {
    }

    public WebhookOutbox(EntityManager em) {
        this.em = em;
    }

    /** Event key of a red finding: athlete, ISO week and rule. */
    public static String findingKey(long athleteId, IsoWeek week, String ruleId) {
        return WebhookEventType.FINDING_RED.apiName() + ":" + athleteId + ":" + week + ":" + ruleId;
    }

    private static String key(RedFinding finding) {
        return findingKey(finding.athleteId(), finding.week(), finding.ruleId());
    }

    /** Records red findings for the clubs' subscribed webhooks; answers how many deliveries are new. */
    public int recordRedFindings(Collection<RedFinding> findings, Instant at) {
        if (findings.isEmpty()) {
            return 0;
        }
        return withConnection(connection -> {
            Map<Long, List<Long>> subscribers = subscribers(connection,
                    findings.stream().map(RedFinding::clubId).distinct().toList(), WebhookEventType.FINDING_RED);
            List<RedFinding> wanted = findings.stream().filter(f -> subscribers.containsKey(f.clubId())).toList();
            if (wanted.isEmpty()) {
                return 0;
            }
            Map<Long, String> names = names(connection, wanted.stream().map(RedFinding::athleteId).distinct().toList());
            Map<String, NewEvent> events = new LinkedHashMap<>();
            for (RedFinding f : wanted) {
                events.putIfAbsent(key(f), new NewEvent(f.clubId(), key(f), WebhookEventType.FINDING_RED, f.athleteId(),
                        ColumnText.clip(names.get(f.athleteId()), 200), f.week().toString(), f.ruleId(), f.severity(), f.provisional(),
                        ColumnText.clip(f.message(), 1000), ColumnText.clip(f.advice(), 1000), null));
            }
            return record(connection, List.copyOf(events.values()), subscribers, at).size();
        });
    }

    /** Records that a club-week's report was sent; answers how many deliveries are new. */
    public int recordReportSent(long clubId, IsoWeek week, String downloadPath, Instant at) {
        return withConnection(connection -> {
            Map<Long, List<Long>> subscribers = subscribers(connection, List.of(clubId), WebhookEventType.REPORT_SENT);
            if (subscribers.isEmpty()) {
                return 0;
            }
            String key = WebhookEventType.REPORT_SENT.apiName() + ":" + clubId + ":" + week;
            return record(connection, List.of(new NewEvent(clubId, key, WebhookEventType.REPORT_SENT, null, null, week.toString(),
                    null, null, null, null, null, downloadPath)), subscribers, at).size();
        });
    }

    /** A new test event for one webhook; answers the id of its pending delivery. */
    public long recordPing(long clubId, long webhookId, Instant at) {
        return withConnection(connection -> {
            String key = WebhookEventType.PING.apiName() + ":" + UUID.randomUUID();
            return record(connection, List.of(new NewEvent(clubId, key, WebhookEventType.PING, null, null, null, null, null, null,
                    null, null, null)), Map.of(clubId, List.of(webhookId)), at).get(0);
        });
    }

    private interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private <T> T withConnection(Work<T> work) {
        em.flush();
        Connection connection = em.unwrap(Connection.class);
        if (connection == null) {
            throw new IllegalStateException("webhook events are recorded inside a transaction");
        }
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("could not record webhook events: " + e.getMessage(), e);
        }
    }

    /** Inserts the events and their deliveries that are not there yet; answers the new deliveries' ids. */
    private static List<Long> record(Connection connection, List<NewEvent> events, Map<Long, List<Long>> subscribers, Instant at)
            throws SQLException {
        Object when = INSTANTS.convertToDatabaseColumn(at);
        List<String> keys = events.stream().map(NewEvent::key).toList();
        Map<String, Long> existing = eventIds(connection, keys);
        List<NewEvent> missing = events.stream().filter(e -> !existing.containsKey(e.key())).toList();
        if (!missing.isEmpty()) {
            long[] ids = SequenceIds.take(connection, "webhook_event_seq", missing.size());
            try (PreparedStatement insert = connection.prepareStatement(INSERT_EVENT)) {
                for (int i = 0; i < missing.size(); i++) {
                    NewEvent e = missing.get(i);
                    insert.setLong(1, ids[i]);
                    insert.setLong(2, e.clubId());
                    insert.setString(3, e.key());
                    insert.setString(4, e.type().apiName());
                    insert.setObject(5, when);
                    setLong(insert, 6, e.athleteId());
                    insert.setString(7, e.athleteName());
                    insert.setString(8, e.week());
                    insert.setString(9, e.ruleId());
                    insert.setString(10, e.severity());
                    if (e.provisional() == null) {
                        insert.setNull(11, Types.BOOLEAN);
                    } else {
                        insert.setBoolean(11, e.provisional());
                    }
                    insert.setString(12, e.message());
                    insert.setString(13, e.advice());
                    insert.setString(14, e.downloadPath());
                    insert.setString(15, e.key());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }
        Map<String, Long> eventIds = missing.isEmpty() ? existing : eventIds(connection, keys);
        Set<String> delivered = deliveredPairs(connection, List.copyOf(eventIds.values()));
        List<long[]> pairs = new ArrayList<>();
        for (NewEvent e : events) {
            Long eventId = eventIds.get(e.key());
            for (Long webhookId : subscribers.getOrDefault(e.clubId(), List.of())) {
                if (eventId != null && !delivered.contains(webhookId + ":" + eventId)) {
                    pairs.add(new long[] {webhookId, eventId});
                }
            }
        }
        List<Long> created = new ArrayList<>(pairs.size());
        if (pairs.isEmpty()) {
            return created;
        }
        long[] ids = SequenceIds.take(connection, "webhook_delivery_seq", pairs.size());
        try (PreparedStatement insert = connection.prepareStatement(INSERT_DELIVERY)) {
            for (int i = 0; i < pairs.size(); i++) {
                long webhookId = pairs.get(i)[0];
                long eventId = pairs.get(i)[1];
                insert.setLong(1, ids[i]);
                insert.setLong(2, webhookId);
                insert.setLong(3, eventId);
                insert.setObject(4, when);
                insert.setObject(5, when);
                insert.setLong(6, webhookId);
                insert.setLong(7, eventId);
                insert.addBatch();
                created.add(ids[i]);
            }
            insert.executeBatch();
        }
        return created;
    }

    /** Active webhooks of the clubs that subscribe to the type, by club. */
    private static Map<Long, List<Long>> subscribers(Connection connection, List<Long> clubIds, WebhookEventType type)
            throws SQLException {
        Map<Long, List<Long>> byClub = new HashMap<>();
        for (List<Long> slice : slices(clubIds)) {
            try (PreparedStatement query = connection.prepareStatement("SELECT id, club_id, events FROM webhook"
                    + " WHERE active = TRUE AND club_id IN (" + placeholders(slice.size()) + ") ORDER BY id")) {
                bind(query, slice);
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        if (Set.of(rs.getString(3).split(",")).contains(type.apiName())) {
                            byClub.computeIfAbsent(rs.getLong(2), c -> new ArrayList<>()).add(rs.getLong(1));
                        }
                    }
                }
            }
        }
        return byClub;
    }

    private static Map<Long, String> names(Connection connection, List<Long> athleteIds) throws SQLException {
        Map<Long, String> names = new HashMap<>();
        for (List<Long> slice : slices(athleteIds)) {
            try (PreparedStatement query = connection.prepareStatement("SELECT id, name FROM athlete WHERE id IN ("
                    + placeholders(slice.size()) + ")")) {
                bind(query, slice);
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        names.put(rs.getLong(1), rs.getString(2));
                    }
                }
            }
        }
        return names;
    }

    private static Map<String, Long> eventIds(Connection connection, List<String> keys) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        for (List<String> slice : slices(keys)) {
            try (PreparedStatement query = connection.prepareStatement("SELECT id, event_key FROM webhook_event WHERE event_key IN ("
                    + placeholders(slice.size()) + ")")) {
                for (int i = 0; i < slice.size(); i++) {
                    query.setString(i + 1, slice.get(i));
                }
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        ids.put(rs.getString(2), rs.getLong(1));
                    }
                }
            }
        }
        return ids;
    }

    /** "webhookId:eventId" of the deliveries the events already have. */
    private static Set<String> deliveredPairs(Connection connection, List<Long> eventIds) throws SQLException {
        Set<String> pairs = new HashSet<>();
        for (List<Long> slice : slices(eventIds)) {
            try (PreparedStatement query = connection.prepareStatement("SELECT webhook_id, event_id FROM webhook_delivery"
                    + " WHERE event_id IN (" + placeholders(slice.size()) + ")")) {
                bind(query, slice);
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        pairs.add(rs.getLong(1) + ":" + rs.getLong(2));
                    }
                }
            }
        }
        return pairs;
    }

    private static <T> List<List<T>> slices(List<T> values) {
        List<List<T>> slices = new ArrayList<>();
        for (int from = 0; from < values.size(); from += SLICE) {
            slices.add(values.subList(from, Math.min(values.size(), from + SLICE)));
        }
        return slices;
    }

    private static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    private static void bind(PreparedStatement query, List<Long> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            query.setLong(i + 1, values.get(i));
        }
    }

    private static void setLong(PreparedStatement st, int index, Long value) throws SQLException {
        if (value == null) {
            st.setNull(index, Types.BIGINT);
        } else {
            st.setLong(index, value);
        }
    }

}
