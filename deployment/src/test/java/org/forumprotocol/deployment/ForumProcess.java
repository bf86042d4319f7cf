package org.forumprotocol.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The uber jar started as an operator starts it: {@code java -jar forum-protocol.jar --port N}, as a child
 * process with an environment of the test's choosing. Its output goes to a file under {@code target/e2e},
 * whose tail is printed whenever something about the process fails.
 */
public final class ForumProcess implements AutoCloseable {
    /** A cold start takes 12-15 s on 2 idle cores; a CI machine building in parallel can take several times that. */
    public static final Duration READY_DEADLINE = Duration.ofSeconds(180);
    /** Payara Micro stops in 2-3 s; more than this means the shutdown hook hangs. */
    public static final Duration STOP_DEADLINE = Duration.ofSeconds(60);
    /**
     * The JVM ends with 128 + 15 when SIGTERM ends it, even after its shutdown hooks ran to completion
     * (Payara Micro's hook stops the server and exits no differently); 0 would come from an orderly System.exit.
     */
    public static final Set<Integer> CLEAN_EXIT_CODES = Set.of(0, 143);

    /**
     * Extra JVM options and Payara Micro options for every start, e.g.
     * {@code mvn verify -Dforum.e2e.jvmOptions="-Xmx256m" -Dforum.e2e.args=--nocluster}: so that the same tests
     * show whether start-up options recommended in deployment/benchmarks/RESULTS.md keep everything working.
     */
    public static final String JVM_OPTIONS_PROPERTY = "forum.e2e.jvmOptions";
    public static final String ARGS_PROPERTY = "forum.e2e.args";

    private static final Path WORK_ROOT = Path.of("target", "e2e").toAbsolutePath();
    private static final AtomicInteger STARTS = new AtomicInteger();
    /** Children still running when the test JVM ends (a failsafe time-out, Ctrl+C) must not outlive it. */
    private static final Set<Process> RUNNING = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> RUNNING.forEach(p -> {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        }), "forum-e2e-cleanup"));
    }

    private final String name;
    private final String command;
    private final Process process;
    private final int port;
    private final Path output;
    private final URI baseUri;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private ForumProcess(String name, List<String> command, Process process, int port, Path output) {
        this.name = name;
        this.command = String.join(" ", command);
        this.process = process;
        this.port = port;
        this.output = output;
        this.baseUri = URI.create("http://127.0.0.1:" + port + "/");
    }

    /** A fresh working directory under target/e2e; its {@code data} subdirectory is a new FORUM_DATA_DIR. */
    public static Path newWorkDir(String label) {
        try {
            Files.createDirectories(WORK_ROOT);
            return Files.createTempDirectory(WORK_ROOT, label + "-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Starts the jar on a free port. {@code env} is the whole FORUM_* configuration of the child: nothing
     * named FORUM_* is inherited, because the application refuses to start on a FORUM_ variable it does not
     * know, and because a developer's own FORUM_DB_URL must never point a test at a real database.
     * FORUM_DATA_DIR is {@code workDir/data} unless {@code env} sets it.
     */
    public static ForumProcess start(String name, Path workDir, Map<String, String> env) {
        return start(name, workDir, env, "forum-e2e-" + UUID.randomUUID());
    }

    /** As {@link #start(String, Path, Map)}, in a named cluster: instances of one cluster share sessions. */
    public static ForumProcess start(String name, Path workDir, Map<String, String> env, String clusterName) {
        Path jar = jar();
        int port = freePort();
        Path output = workDir.resolve(name + "-" + STARTS.incrementAndGet() + ".log");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // Payara Micro unpacks its runtime into the temporary directory: keep that under target/ so that a
        // child killed forcibly leaves nothing behind in /tmp.
        command.add("-Djava.io.tmpdir=" + tmpDir(workDir));
        command.addAll(words(System.getProperty(JVM_OPTIONS_PROPERTY)));
        command.addAll(List.of("-jar", jar.toString(), "--port", String.valueOf(port),
                // By default Payara Micro joins every instance it finds by multicast, such as a developer's
                // server on this machine; a cluster of its own keeps the test from sharing sessions with it.
                "--clustername", clusterName));
        command.addAll(words(System.getProperty(ARGS_PROPERTY)));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(key -> key.startsWith("FORUM_"));
        environment.put("FORUM_DATA_DIR", workDir.resolve("data").toString());
        environment.putAll(env);
        try {
            Process process = builder.start();
            RUNNING.add(process);
            return new ForumProcess(name, command, process, port, output);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + String.join(" ", command), e);
        }
    }

    /** Starts the jar and waits until it reports ready; on failure the child is killed and its output shown. */
    public static ForumProcess startReady(String name, Path workDir, Map<String, String> env) {
        ForumProcess forum = start(name, workDir, env);
        try {
            forum.awaitReady();
            return forum;
        } catch (RuntimeException | Error e) {
            forum.close();
            throw e;
        }
    }

    public static Path jar() {
        String property = System.getProperty("forum.jar");
        if (property == null || property.isBlank()) {
            fail("System property forum.jar is not set: run the end-to-end tests through maven-failsafe (mvn verify)");
        }
        Path jar = Path.of(property);
        if (!Files.isRegularFile(jar)) {
            fail("The uber jar " + jar + " does not exist: build it first (mvn package)");
        }
        return jar;
    }

    /**
     * Polls GET /health/ready until it answers 200. Fails at once when the process exits meanwhile, and at
     * the deadline otherwise, showing the end of the process's output either way.
     */
    public void awaitReady() {
        Instant deadline = Instant.now().plus(READY_DEADLINE);
        String last = "no answer yet";
        while (Instant.now().isBefore(deadline)) {
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri("/health/ready"))
                        .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
                last = r.statusCode() + " " + r.body();
            } catch (IOException e) {
                last = e.getClass().getSimpleName() + ": " + e.getMessage();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + name, e);
            }
            // The pause between two polls doubles as the check that the process is still there.
            if (waitForExit(Duration.ofMillis(200))) {
                fail(name + " exited with code " + process.exitValue() + " before it was ready; last answer of "
                        + "/health/ready: " + last + describeOutput());
            }
        }
        fail(name + " was not ready within " + READY_DEADLINE.toSeconds() + " s; last answer of /health/ready: "
                + last + describeOutput());
    }

    /** Waits for the process to end by itself and returns its exit code; fails if it is still running then. */
    public int awaitExit(Duration deadline) {
        if (!waitForExit(deadline)) {
            close();
            fail(name + " was still running " + deadline.toSeconds() + " s after its start; it should have stopped by itself"
                    + describeOutput());
        }
        RUNNING.remove(process);
        return process.exitValue();
    }

    /**
     * Stops the process as an operator or a supervisor does (SIGTERM) and asserts that it shut down cleanly
     * in time. Killing it is only the fallback, and then the test fails.
     */
    public void stop() {
        if (!process.isAlive()) {
            RUNNING.remove(process);
            fail(name + " had already exited with code " + process.exitValue() + " before it was asked to stop"
                    + describeOutput());
        }
        process.destroy();
        if (!waitForExit(STOP_DEADLINE)) {
            close();
            fail(name + " did not stop within " + STOP_DEADLINE.toSeconds() + " s after SIGTERM and was killed"
                    + describeOutput());
        }
        RUNNING.remove(process);
        int code = process.exitValue();
        assertThat(CLEAN_EXIT_CODES)
                .as("exit code of %s after SIGTERM (0 or 143 is a clean shutdown)%s", name, describeOutput())
                .contains(code);
    }

    /** Kills the process if it still runs; for clean-up after a failure. {@link #stop()} is the normal way. */
    @Override
    public void close() {
        if (process.isAlive()) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            waitForExit(STOP_DEADLINE);
        }
        RUNNING.remove(process);
    }

    public URI uri(String path) {
        return baseUri.resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    public int port() {
        return port;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Everything the process has written so far (standard output and error together). */
    public String output() {
        try {
            return Files.readString(output, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path outputFile() {
        return output;
    }

    /** The last lines of the output with the file's path, to append to a failure message. */
    public String describeOutput() {
        String text;
        try {
            text = Files.exists(output) ? Files.readString(output, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            text = "(cannot read: " + e.getMessage() + ")";
        }
        // Payara colours its log levels; escape sequences only clutter a test report.
        String[] lines = text.replaceAll("\u001B\\[[0-9;]*m", "").split("\n");
        int from = Math.max(0, lines.length - 60);
        StringBuilder sb = new StringBuilder("\n--- ").append(name).append(" was started as: ").append(command)
                .append("\n--- last ").append(lines.length - from).append(" lines of ").append(output).append(" ---\n");
        for (int i = from; i < lines.length; i++) {
            sb.append(lines[i]).append('\n');
        }
        return sb.append("--- end of ").append(name).append(" output ---").toString();
    }

    @Override
    public String toString() {
        return name + " (pid " + process.pid() + ", port " + port + ")";
    }

    private boolean waitForExit(Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + name, e);
        }
    }

    private static List<String> words(String text) {
        return text == null || text.isBlank() ? List.of() : List.of(text.strip().split("\\s+"));
    }

    private static Path tmpDir(Path workDir) {
        try {
            return Files.createDirectories(workDir.resolve("tmp"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A port nobody listens on now. Another process could take it before the child binds it; then the child
     * fails to start and says so in its output, which is shown.
     */
    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot find a free port", e);
        }
    }
}
