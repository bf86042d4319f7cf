package org.forumprotocol.docs.mail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An SMTP server on the loopback address that accepts every message, keeps its Message-ID and size and throws
 * the rest away: the receiving end of the mail benchmark, which must hold thousands of messages of a few hundred
 * kilobytes without holding them in memory (GreenMail keeps every message).
 */
final class SmtpSink implements AutoCloseable {
    private final ServerSocket server;
    private final Set<String> messageIds = ConcurrentHashMap.newKeySet();
    private final AtomicInteger messages = new AtomicInteger();
    private final AtomicLong bytes = new AtomicLong();
    private final Object arrivals = new Object();

    SmtpSink() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::acceptLoop, "smtp-sink");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return server.getLocalPort();
    }

    /** Messages accepted so far (a message sent twice counts twice). */
    int messages() {
        return messages.get();
    }

    /** The distinct Message-IDs accepted so far. */
    Set<String> messageIds() {
        return Set.copyOf(messageIds);
    }

    long bytes() {
        return bytes.get();
    }

    void reset() {
        messageIds.clear();
        messages.set(0);
        bytes.set(0);
    }

    /** Waits until {@code count} messages have arrived; false when {@code timeoutMillis} ran out first. */
    boolean await(int count, long timeoutMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        synchronized (arrivals) {
            while (messages.get() < count) {
                long left = deadline - System.currentTimeMillis();
                if (left <= 0) {
                    return false;
                }
                arrivals.wait(left);
            }
        }
        return true;
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                Thread t = new Thread(() -> converse(socket), "smtp-sink-session");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void converse(Socket socket) {
        try (socket; InputStream stream = socket.getInputStream(); OutputStream out = socket.getOutputStream()) {
            Input in = new Input(stream);
            say(out, "220 sink.example.kz ESMTP");
            String line;
            while ((line = readLine(in)) != null) {
                String command = (line.length() >= 4 ? line.substring(0, 4) : line).toUpperCase(Locale.ROOT);
                switch (command) {
                    case "EHLO", "HELO" -> say(out, "250 sink.example.kz");
                    case "MAIL", "RCPT", "RSET", "NOOP" -> say(out, "250 2.0.0 OK");
                    case "DATA" -> {
                        say(out, "354 go ahead");
                        receive(in);
                        say(out, "250 2.0.0 accepted");
                    }
                    case "QUIT" -> {
                        say(out, "221 2.0.0 bye");
                        return;
                    }
                    default -> say(out, "502 5.5.2 not implemented");
                }
            }
        } catch (IOException e) {
            // the client went away
        }
    }

    /** Reads one message up to the line with the single dot; keeps its Message-ID. */
    private void receive(Input in) throws IOException {
        boolean headers = true;
        String messageId = null;
        long size = 0;
        String line;
        while ((line = readLine(in)) != null && !line.equals(".")) {
            size += line.length() + 2;
            if (headers) {
                if (line.isEmpty()) {
                    headers = false;
                } else if (messageId == null && line.regionMatches(true, 0, "Message-ID:", 0, 11)) {
                    messageId = line.substring(11).strip();
                }
            }
        }
        if (messageId != null) {
            messageIds.add(messageId);
        }
        bytes.addAndGet(size);
        synchronized (arrivals) {
            messages.incrementAndGet();
            arrivals.notifyAll();
        }
    }

    /** A line without its CRLF, or null at the end of the stream; reads the buffer directly, not byte by byte. */
    private static String readLine(Input in) throws IOException {
        ByteArrayOutputStream line = null;
        while (true) {
            if (in.position == in.limit) {
                in.limit = in.stream.read(in.buffer);
                in.position = 0;
                if (in.limit <= 0) {
                    in.limit = 0;
                    return line == null || line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
                }
            }
            int end = in.position;
            while (end < in.limit && in.buffer[end] != '\n') {
                end++;
            }
            if (end < in.limit) {
                String text;
                if (line == null) {
                    text = new String(in.buffer, in.position, end - in.position, StandardCharsets.ISO_8859_1);
                } else {
                    line.write(in.buffer, in.position, end - in.position);
                    text = line.toString(StandardCharsets.ISO_8859_1);
                }
                in.position = end + 1;
                return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
            }
            if (line == null) {
                line = new ByteArrayOutputStream(256);
            }
            line.write(in.buffer, in.position, in.limit - in.position);
            in.position = in.limit;
        }
    }

    /** A socket's input with a buffer of our own. */
    private static final class Input {
        final InputStream stream;
        final byte[] buffer = new byte[64 * 1024];
        int position;
        int limit;

        Input(InputStream stream) {
            this.stream = stream;
        }
    }

    private static void say(OutputStream out, String reply) throws IOException {
        out.write((reply + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
