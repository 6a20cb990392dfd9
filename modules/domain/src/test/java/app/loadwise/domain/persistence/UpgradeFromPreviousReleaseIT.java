package app.loadwise.domain.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import app.loadwise.domain.migration.DatabaseMigrator;
import app.loadwise.domain.testing.TestDatabases;
import app.loadwise.domain.training.TrainingSession;
import app.loadwise.domain.training.WellnessEntry;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A database made by the previous release (its last migration, V15, landed on 6 December 2026) and holding a club's
 * data is upgraded by starting the current release: every later migration applies, and every stored value reads back
 * unchanged, through SQL and through the entities.
 */
class UpgradeFromPreviousReleaseIT {

    private static final String PREVIOUS_RELEASE = "15";

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aDatabaseOfThePreviousReleaseUpgradesWithEveryValueKept(TestDatabases.Kind kind) throws SQLException {
        DataSource database = TestDatabases.fresh(kind);
        Flyway.configure(DatabaseMigrator.class.getClassLoader()).dataSource(database).locations("classpath:db/migration")
                .table("schema_history").target(PREVIOUS_RELEASE).load().migrate();
        try (Connection c = database.getConnection(); Statement sql = c.createStatement()) {
            sql.execute("INSERT INTO club (id, name, time_zone, first_day_of_week, locale, created_at, version)"
                    + " VALUES (1, 'Riverside Harriers', 'Europe/Berlin', 'MONDAY', 'en-GB', TIMESTAMP '2026-01-05 08:00:00', 1)");
            sql.execute("INSERT INTO athlete (id, club_id, member_id, name, sex, birth_year, level, max_hr, resting_hr, time_zone,"
                    + " active, version) VALUES (1, 1, 'RH-7', 'Ada Okafor', 'FEMALE', 1994, 'INTERMEDIATE', 188, 48, NULL, TRUE, 1)");
            sql.execute("INSERT INTO training_session (id, athlete_id, local_date, start_time, session_type, moving_minutes,"
                    + " elapsed_minutes, distance_km, rpe, avg_hr, max_hr, warm_up_minutes, refuel_minutes, carbs_g, protein_g,"
                    + " pain, pain_location, pain_score, muscle_soreness, notes, excluded, excluded_reason, source_channel,"
                    + " source_import_id, source_row, natural_key, version) VALUES (1, 1, DATE '2026-11-17', TIME '18:30:00',"
                    + " 'INTERVALS', 52, 60, 10.4, 8, 162, 184, 15, 40, 50, 25, TRUE, 'left achilles', 3, 4,"
                    + " 'nagging achilles again', FALSE, NULL, 'api', NULL, NULL, '1|2026-11-17|18:30', 1)");
            sql.execute("INSERT INTO wellness_entry (id, athlete_id, local_date, sleep_hours, sleep_quality, resting_hr, hrv_ms,"
                    + " fatigue, stress, mood, soreness, pain_note, version) VALUES (1, 1, DATE '2026-11-18', 7.5, 3, 49, 62.5,"
                    + " 4, 2, 3, 5, 'left achilles sore on stairs', 1)");
        }

        int applied = DatabaseMigrator.migrate(database);

        assertThat(applied).as("migrations after the previous release").isGreaterThan(0);
        assertThat(Flyway.configure(DatabaseMigrator.class.getClassLoader()).dataSource(database)
                .locations("classpath:db/migration").table("schema_history").load().info().pending()).isEmpty();
        try (Connection c = database.getConnection(); Statement sql = c.createStatement();
             ResultSet session = sql.executeQuery("SELECT moving_minutes, rpe, avg_hr, pain_location, notes, natural_key"
                     + " FROM training_session WHERE id = 1")) {
            assertThat(session.next()).isTrue();
            assertThat(session.getDouble(1)).isEqualTo(52);
            assertThat(session.getDouble(2)).isEqualTo(8);
            assertThat(session.getInt(3)).isEqualTo(162);
            assertThat(session.getString(4)).isEqualTo("left achilles");
            assertThat(session.getString(5)).isEqualTo("nagging achilles again");
            assertThat(session.getString(6)).isEqualTo("1|2026-11-17|18:30");
        }
        EntityManagerFactory emf = TestDatabases.entityManagerFactory(database);
        try {
            TrainingSession session = TestDatabases.inTransaction(emf, em -> em.find(TrainingSession.class, 1L));
            assertThat(session.date()).isEqualTo(LocalDate.of(2026, 11, 17));
            assertThat(session.details().notes()).isEqualTo("nagging achilles again");
            WellnessEntry wellness = TestDatabases.inTransaction(emf, em -> em.find(WellnessEntry.class, 1L));
            assertThat(wellness.date()).isEqualTo(LocalDate.of(2026, 11, 18));
            assertThat(wellness.details().painNote()).isEqualTo("left achilles sore on stairs");
            assertThat(wellness.details().hrvMs()).isEqualTo(62.5);
            assertThat(wellness.details().fatigue()).isEqualTo(4);
        } finally {
            emf.close();
        }
    }
}
