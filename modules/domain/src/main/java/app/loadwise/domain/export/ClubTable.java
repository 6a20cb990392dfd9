package app.loadwise.domain.export;

import java.util.List;

/**
 * One table of a club's data: which rows belong to the club, the key they are paged by, and the columns that are
 * never exported (secrets and their hashes).
 *
 * @param name     the table
 * @param clubRows SQL condition selecting the club's rows, with {@code ?1} the club id
 * @param key      the primary key columns, in paging order
 * @param withheld columns left out of the export
 */
public record ClubTable(String name, String clubRows, List<String> key, List<String> withheld) {

    static final String OF_ATHLETES = "athlete_id IN (SELECT id FROM athlete WHERE club_id = ?1)";

    /** Every table that holds a club's data, in the order an export lists them. */
    public static final List<ClubTable> ALL = List.of(
            table("club", "id = ?1", "id"),
            table("athlete", "club_id = ?1", "id"),
            table("training_session", OF_ATHLETES, "id"),
            table("wellness_entry", OF_ATHLETES, "id"),
            table("weekly_score", "club_id = ?1", "id"),
            table("weekly_score_finding", "weekly_score_id IN (SELECT id FROM weekly_score WHERE club_id = ?1)",
                    "weekly_score_id", "position"),
            table("finding_acknowledgment", OF_ATHLETES, "id"),
            table("health_event", OF_ATHLETES, "id"),
            table("planned_session", OF_ATHLETES, "id"),
            table("club_rule_settings", "club_id = ?1", "club_id"),
            table("import_record", "club_id = ?1", "id"),
            table("import_row_error", "import_id IN (SELECT id FROM import_record WHERE club_id = ?1)", "id"),
            table("import_review_item", "import_id IN (SELECT id FROM import_record WHERE club_id = ?1)", "id"),
            table("import_added_value", "import_id IN (SELECT id FROM import_record WHERE club_id = ?1)",
                    "import_id", "wellness_entry_id", "field"),
            table("import_mapping", "club_id = ?1", "id"),
            table("report_recipient", "club_id = ?1", "id"),
            table("report_delivery", "club_id = ?1", "id"),
            table("report_delivery_attempt", "report_delivery_id IN (SELECT id FROM report_delivery WHERE club_id = ?1)",
                    "report_delivery_id", "position"),
            new ClubTable("app_user", "club_id = ?1", List.of("id"), List.of("password_hash")),
            new ClubTable("api_key", "club_id = ?1", List.of("id"), List.of("secret_hash")),
            new ClubTable("webhook", "club_id = ?1", List.of("id"), List.of("secret")),
            table("webhook_event", "club_id = ?1", "id"),
            table("webhook_delivery", "webhook_id IN (SELECT id FROM webhook WHERE club_id = ?1)", "id"),
            table("webhook_delivery_attempt", "webhook_delivery_id IN (SELECT d.id FROM webhook_delivery d "
                    + "JOIN webhook w ON w.id = d.webhook_id WHERE w.club_id = ?1)", "webhook_delivery_id", "position"),
            table("scoring_issue", OF_ATHLETES, "id"),
            new ClubTable("check_in_link", OF_ATHLETES, List.of("id"), List.of("token_hash")),
            table("check_in_reminder", OF_ATHLETES, "athlete_id"),
            new ClubTable("check_in_reminder_sent", OF_ATHLETES, List.of("athlete_id", "local_date"),
                    List.of("unsubscribe_hash", "token_hash")),
            table("audit_entry", "club_id = ?1", "id"));

    public ClubTable {
        key = List.copyOf(key);
        withheld = List.copyOf(withheld);
    }

    private static ClubTable table(String name, String clubRows, String... key) {
        return new ClubTable(name, clubRows, List.of(key), List.of());
    }
}
