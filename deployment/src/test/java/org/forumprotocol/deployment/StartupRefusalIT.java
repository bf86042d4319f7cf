package org.forumprotocol.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * A wrong configuration must stop the process by itself, naming the variable, instead of leaving a server
 * up that answers without the application (which is what Payara Micro does when a deployment fails).
 */
class StartupRefusalIT {
    /** A refused start takes about 9 s on 2 idle cores: the container boots before the application checks. */
    private static final Duration EXIT_DEADLINE = Duration.ofSeconds(120);

    @Test
    void anInvalidSmtpPortStopsTheStart() {
        try (ForumProcess forum = ForumProcess.start("forum-bad-smtp-port",
                ForumProcess.newWorkDir("bad-smtp-port"), Map.of("FORUM_SMTP_PORT", "abc"))) {
            int code = forum.awaitExit(EXIT_DEADLINE);

            assertThat(code).as("exit code%s", forum.describeOutput()).isNotZero();
            assertThat(forum.output()).as("the output names the variable%s", forum.describeOutput())
                    .contains("FORUM_SMTP_PORT");
        }
    }

    @Test
    void anUnknownForumVariableStopsTheStart() {
        try (ForumProcess forum = ForumProcess.start("forum-unknown-variable",
                ForumProcess.newWorkDir("unknown-variable"), Map.of("FORUM_DB_ULR", "jdbc:postgresql://127.0.0.1/forum"))) {
            int code = forum.awaitExit(EXIT_DEADLINE);

            assertThat(code).as("exit code%s", forum.describeOutput()).isNotZero();
            // The line that names the mistyped variable also suggests the one that was meant.
            assertThat(forum.output().lines().filter(line -> line.contains("FORUM_DB_ULR")))
                    .as("the output names the variable and the closest known one%s", forum.describeOutput())
                    .anySatisfy(line -> assertThat(line).contains("FORUM_DB_URL"));
        }
    }

    @Test
    void anUnreachableDatabaseStopsTheStart() {
        // Nothing listens on port 1 of the loopback address, so the connection is refused at once.
        try (ForumProcess forum = ForumProcess.start("forum-unreachable-db", ForumProcess.newWorkDir("unreachable-db"),
                Map.of("FORUM_DB_URL", "jdbc:postgresql://127.0.0.1:1/forum", "FORUM_DB_USER", "forum"))) {
            int code = forum.awaitExit(EXIT_DEADLINE);

            assertThat(code).as("exit code%s", forum.describeOutput()).isNotZero();
            assertThat(forum.output().lines().filter(line -> line.contains("FORUM_DB_URL")))
                    .as("the output names the variable and the address%s", forum.describeOutput())
                    .anySatisfy(line -> assertThat(line).contains("127.0.0.1:1"));
        }
    }
}
