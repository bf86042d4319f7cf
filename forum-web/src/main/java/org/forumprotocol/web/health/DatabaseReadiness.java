package org.forumprotocol.web.health;

import java.sql.Connection;
import java.sql.Statement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.forumprotocol.core.startup.ForumStartup;

/** Ready when start-up has migrated the schema and the database answers now. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Inject
    ForumStartup startup;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("database")
                .withData("schemaVersion", startup.schemaVersion());
        if (!startup.isReady()) {
            return response.down().withData("reason", "start-up has not finished").build();
        }
        try (Connection c = startup.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.setQueryTimeout(5);
            s.execute("SELECT 1");
            return response.up().withData("product", c.getMetaData().getDatabaseProductName()).build();
        } catch (Exception e) {
            return response.down().withData("reason", String.valueOf(e.getMessage())).build();
        }
    }
}
