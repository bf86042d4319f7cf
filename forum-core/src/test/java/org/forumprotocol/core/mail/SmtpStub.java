package org.forumprotocol.core.mail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A minimal SMTP server on the loopback address, for what a real server in the test cannot be told to do:
 * <ul>
 * <li>answer RCPT TO with a reply chosen per recipient (such as {@code 550 5.1.1 unknown mailbox} or
 * {@code 451 4.3.0 try later}); other recipients are accepted;</li>
 * <li>take thousands of messages of a few hundred kilobytes (the mail benchmark) keeping only each one's
 * recipient, Message-ID and size (GreenMail keeps every message).</li>
 * </ul>
 */
public final class SmtpStub implements AutoCloseable {
    private final ServerSocket server;
    private final Map<String, String> rcptReplies = new ConcurrentHashMap<>();
    private volatile String defaultRcptReply = "250 2.1.5 OK";
    private final List<String> accepted = Collections.synchronizedList(new ArrayList<>());
    private final Set<String> messageIds = ConcurrentHashMap.newKeySet();
    private final AtomicLong bytes = new AtomicLong();

    public SmtpStub() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::acceptLoop, "smtp-stub");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public int port() {
        return server.getLocalPort();
    }

    /** The reply to RCPT TO for this address (case-insensitive). */
    public SmtpStub reply(String recipient, String reply) {
        rcptReplies.put(recipient.toLowerCase(Locale.ROOT), reply);
        return this;
    }

    /** The reply to RCPT TO for every address without one of its own. */
    public SmtpStub replyToAll(String reply) {
        defaultRcptReply = reply;
        return this;
    }

    /** The recipients of the messages accepted so far, one entry per message (a message sent twice counts twice). */
    public List<String> accepted() {
        synchronized (accepted) {
            return List.copyOf(accepted);
        }
    }

    /** How many messages were accepted so far. */
    public int messages() {
        return accepted.size();
    }

    /** The distinct Message-IDs accepted so far. */
    public Set<String> messageIds() {
        return Set.copyOf(messageIds);
    }

    /** The bytes of the messages accepted so far, as they came. */
    public long bytes() {
        return bytes.get();
    }

    /** Forgets what was accepted, for the next round of a benchmark. */
    public void reset() {
        synchronized (accepted) {
            accepted.clear();
            messageIds.clear();
            bytes.set(0);
        }
    }

    /** Waits until {@code count} messages have been accepted; false when {@code timeoutMillis} ran out first. */
    public boolean await(int count, long timeoutMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        synchronized (accepted) {
            while (accepted.size() < count) {
                long left = deadline - System.currentTimeMillis();
                if (left <= 0) {
                    return false;
                }
                accepted.wait(left);
            }
        }
        return true;
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                Thread t = new Thread(() -> converse(socket), "smtp-stub-session");
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
            say(out, "220 stub.example.kz ESMTP");
            String recipient = null;
            boolean recipientAccepted = false;
            String line;
            while ((line = in.readLine()) != null) {
                String command = (line.length() >= 4 ? line.substring(0, 4) : line).toUpperCase(Locale.ROOT);
                switch (command) {
                    case "EHLO", "HELO" -> say(out, "250 stub.example.kz");
                    case "MAIL" -> {
                        recipient = null;
                        recipientAccepted = false;
                        say(out, "250 2.1.0 OK");
                    }
                    case "RCPT" -> {
                        recipient = line.replaceAll("(?i).*<([^>]*)>.*", "$1").toLowerCase(Locale.ROOT);
                        String reply = rcptReplies.getOrDefault(recipient, defaultRcptReply);
                        recipientAccepted = reply.startsWith("2");
                        say(out, reply);
                    }
                    case "DATA" -> {
                        if (!recipientAccepted) {
                            say(out, "554 5.5.1 no valid recipients");
                            continue;
                        }
                        say(out, "354 go ahead");
                        int number = receive(in, recipient);
                        say(out, "250 2.0.0 queued as stub-" + number);
                    }
                    case "RSET", "NOOP" -> say(out, "250 2.0.0 OK");
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

    /** Reads one message up to the line with the single dot, keeping its Message-ID and size; returns its number. */
    private int receive(Input in, String recipient) throws IOException {
        boolean headers = true;
        String messageId = null;
        long size = 0;
        String line;
        while ((line = in.readLine()) != null && !line.equals(".")) {
            size += line.length() + 2;
            if (headers) {
                if (line.isEmpty()) {
                    headers = false;
                } else if (messageId == null && line.regionMatches(true, 0, "Message-ID:", 0, 11)) {
                    messageId = line.substring(11).strip();
                }
            }
        }
        synchronized (accepted) {
            if (messageId != null) {
                messageIds.add(messageId);
            }
            bytes.addAndGet(size);
            accepted.add(recipient);
            accepted.notifyAll();
            return accepted.size();
        }
    }

    /** A socket's input with a buffer of its own, read a line at a time without going byte by byte. */
    private static final class Input {
        private final InputStream stream;
        private final byte[] buffer = new byte[64 * 1024];
        private int position;
        private int limit;

        Input(InputStream stream) {
            this.stream = stream;
        }

        /** A line without its CRLF, or null at the end of the stream. */
        String readLine() throws IOException {
            ByteArrayOutputStream line = null;
            while (true) {
                if (position == limit) {
                    limit = stream.read(buffer);
                    position = 0;
                    if (limit <= 0) {
                        limit = 0;
                        return line == null || line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
                    }
                }
                int end = position;
                while (end < limit && buffer[end] != '\n') {
                    end++;
                }
                if (end < limit) {
                    String text;
                    if (line == null) {
                        text = new String(buffer, position, end - position, StandardCharsets.ISO_8859_1);
                    } else {
                        line.write(buffer, position, end - position);
                        text = line.toString(StandardCharsets.ISO_8859_1);
                    }
                    position = end + 1;
                    return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
                }
                if (line == null) {
                    line = new ByteArrayOutputStream(256);
                }
                line.write(buffer, position, limit - position);
                position = limit;
            }
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
