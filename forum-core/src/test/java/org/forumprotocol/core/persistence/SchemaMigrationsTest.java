package org.forumprotocol.core.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import org.forumprotocol.core.TestDatabase;
import org.junit.jupiter.api.Test;

class SchemaMigrationsTest {
    /** The migrations this release ships; update when adding one. */
    private static final String[] ALL_VERSIONS = {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11"};
    private static final String NEWEST = ALL_VERSIONS[ALL_VERSIONS.length - 1];

    /** Flyway creates its table and columns with quoted lower-case names on H2 and PostgreSQL alike. */
    private static final String HISTORY = "\"flyway_schema_history\"";

    @Test
    void freshDatabaseIsMigratedToTheNewestVersionWithAllTables() throws SQLException {
        try (TestDatabase db = TestDatabase.empty("fresh")) {
            SchemaMigrations migrations = new SchemaMigrations(db.dataSource());
            assertThat(migrations.currentVersion()).isEmpty();

            assertThat(migrations.migrate()).isEqualTo(NEWEST);

            assertThat(migrations.currentVersion()).contains(NEWEST);
            assertThat(tables(db.dataSource()))
                    .contains("account", "account_role", "audit_entry", "forum_event", "delegation", "delegate", "delegate_link",
                            "venue", "agenda_item", "agenda_speaker", "agenda_moderator", "agenda_delegation",
                            "agenda_release", "agenda_release_item", "change_notice", "meeting_minutes",
                            "mail_job", "mail_job_recipient", "mail_job_skip", "outbox_message", "outbox_content", "outbox_attempt",
                            "flyway_schema_history");
            assertThat(successfulVersions(db.dataSource())).containsExactly(ALL_VERSIONS);
        }
    }

    @Test
    void migratingTwiceChangesNothing() throws SQLException {
        try (TestDatabase db = TestDatabase.empty("twice")) {
            assertThat(new SchemaMigrations(db.dataSource()).migrate()).isEqualTo(NEWEST);
            long historyBefore = historyRows(db.dataSource());
            try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO audit_entry (id, occurred_at, actor, entity_type, entity_id, action, summary) "
                        + "VALUES (1, TIMESTAMP '2025-09-15 09:00:00', 'tester', 'Account', 'x', 'CREATE', 'kept')");
            }

            // A new instance, as at the next start of the application.
            assertThat(new SchemaMigrations(db.dataSource()).migrate()).isEqualTo(NEWEST);

            assertThat(successfulVersions(db.dataSource())).containsExactly(ALL_VERSIONS);
            assertThat(historyRows(db.dataSource())).isEqualTo(historyBefore);
            assertThat(count(db.dataSource(), "audit_entry")).isEqualTo(1);
        }
    }

    @Test
    void databaseUpgradedByANewerReleaseIsRefused() throws SQLException {
        try (TestDatabase db = TestDatabase.empty("newer")) {
            new SchemaMigrations(db.dataSource()).migrate();
            long historyBefore = historyRows(db.dataSource());
            try (Connection c = db.dataSource().getConnection();
                 PreparedStatement insert = c.prepareStatement("INSERT INTO " + HISTORY + " (\"installed_rank\", \"version\", \"description\", \"type\", \"script\", "
                         + "\"checksum\", \"installed_by\", \"execution_time\", \"success\") "
                         + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setInt(1, 1000);
                insert.setString(2, "999");
                insert.setString(3, "from the future");
                insert.setString(4, "SQL");
                insert.setString(5, "V999__from_the_future.sql");
                insert.setInt(6, 123456);
                insert.setString(7, "newer release");
                insert.setInt(8, 5);
                insert.setBoolean(9, true);
                assertThat(insert.executeUpdate()).isEqualTo(1);
            }

            SchemaMigrations older = new SchemaMigrations(db.dataSource());
            assertThatThrownBy(older::migrate)
                    .isInstanceOf(SchemaTooNewException.class)
                    .hasMessageContaining("version 999")
                    .hasMessageContaining("(" + NEWEST + ")")
                    .hasMessageContaining("Nothing was changed");

            // Refused before Flyway touched anything.
            assertThat(historyRows(db.dataSource())).isEqualTo(historyBefore + 1);
            assertThat(successfulVersions(db.dataSource())).contains("999").containsAll(List.of(ALL_VERSIONS));
            assertThat(tables(db.dataSource())).contains("account", "account_role", "audit_entry");
        }
    }

    @Test
    void testsRunOnTheDatabaseTheEnvironmentAsksFor() throws SQLException {
        try (TestDatabase db = TestDatabase.empty("product"); Connection c = db.dataSource().getConnection()) {
            String product = c.getMetaData().getDatabaseProductName();
            if (TestDatabase.postgresServerUrl().isPresent()) {
                assertThat(product).isEqualTo("PostgreSQL");
                assertThat(c.getCatalog()).startsWith("forum_test_");
            } else {
                assertThat(product).isEqualTo("H2");
            }
            assertThat(db.isPostgreSql()).isEqualTo(TestDatabase.postgresServerUrl().isPresent());
        }
    }

    @Test
    void refusalNamesBothVersions() {
        assertThat(new SchemaTooNewException("7", "3").getMessage())
                .contains("version 7")
                .contains("(3)");
    }

    private static List<String> tables(DataSource ds) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection c = ds.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            try (ResultSet rs = meta.getTables(c.getCatalog(), null, "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    String schema = rs.getString("TABLE_SCHEM");
                    if (schema == null || !schema.equalsIgnoreCase("INFORMATION_SCHEMA") && !schema.equalsIgnoreCase("pg_catalog")) {
                        names.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        return names;
    }

    private static List<String> successfulVersions(DataSource ds) throws SQLException {
        List<String> versions = new ArrayList<>();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT \"version\" FROM " + HISTORY
                     + " WHERE \"success\" = TRUE AND \"version\" IS NOT NULL ORDER BY \"installed_rank\"")) {
            while (rs.next()) {
                versions.add(rs.getString(1));
            }
        }
        return versions;
    }

    private static long historyRows(DataSource ds) throws SQLException {
        return count(ds, HISTORY);
    }

    private static long count(DataSource ds, String table) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
