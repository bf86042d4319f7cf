package org.forumprotocol.core.persistence;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.MigrationVersion;

/**
 * The one set of Flyway migrations, for H2 and PostgreSQL alike. It runs before JPA touches the
 * database; EclipseLink never generates DDL.
 */
public final class SchemaMigrations {
    private final Flyway flyway;

    public SchemaMigrations(DataSource dataSource) {
        this.flyway = Flyway.configure(SchemaMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .table("flyway_schema_history")
                // A versioned history is the only safe way to upgrade; a dirty database must not be "fixed" here.
                .cleanDisabled(true)
                .load();
    }

    /** Brings the schema to the newest version; refuses a database that a newer release has upgraded. */
    public String migrate() {
        refuseNewerSchema();
        flyway.migrate();
        return currentVersion().orElse("none");
    }

    public Optional<String> currentVersion() {
        MigrationInfo current = flyway.info().current();
        return Optional.ofNullable(current).map(MigrationInfo::getVersion).map(MigrationVersion::getVersion);
    }

    private void refuseNewerSchema() {
        MigrationInfo[] all = flyway.info().all();
        Optional<MigrationInfo> future = Arrays.stream(all)
                .filter(m -> m.getState() == MigrationState.FUTURE_SUCCESS || m.getState() == MigrationState.FUTURE_FAILED)
                .max(Comparator.comparing(MigrationInfo::getVersion));
        if (future.isPresent()) {
            String known = Arrays.stream(all)
                    .filter(m -> m.getState() != MigrationState.FUTURE_SUCCESS && m.getState() != MigrationState.FUTURE_FAILED)
                    .map(MigrationInfo::getVersion).filter(v -> v != null)
                    .max(Comparator.naturalOrder()).map(MigrationVersion::getVersion).orElse("none");
            throw new SchemaTooNewException(future.get().getVersion().getVersion(), known);
        }
    }
}
