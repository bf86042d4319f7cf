package org.forumprotocol.core.mail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A minimal SMTP server on the loopback address that answers RCPT TO with a reply chosen per recipient
 * (such as {@code 550 5.1.1 unknown mailbox} or {@code 451 4.3.0 try later}); other recipients are accepted
 * and their messages kept. For the failure replies a real server in the test cannot be told to give.
 */
public final class SmtpStub implements AutoCloseable {
    private final ServerSocket server;
    private final Map<String, String> rcptReplies = new ConcurrentHashMap<>();
    private volatile String defaultRcptReply = "250 2.1.5 OK";
    private final List<String> accepted = new CopyOnWriteArrayList<>();
    private final Thread acceptor;

    public SmtpStub() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        acceptor = new Thread(this::acceptLoop, "smtp-stub");
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

    /** The recipients of the messages accepted so far, one entry per message. */
    public List<String> accepted() {
        return List.copyOf(accepted);
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
        try (socket; BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
             OutputStream out = socket.getOutputStream()) {
            say(out, "220 stub.example.kz ESMTP");
            String recipient = null;
            boolean recipientAccepted = false;
            String line;
            while ((line = in.readLine()) != null) {
                String command = line.length() >= 4 ? line.substring(0, 4).toUpperCase(Locale.ROOT) : line.toUpperCase(Locale.ROOT);
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
                        while ((line = in.readLine()) != null && !line.equals(".")) {
                            // the message itself is not needed here
                        }
                        accepted.add(recipient);
                        say(out, "250 2.0.0 queued as stub-" + accepted.size());
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

    private static void say(OutputStream out, String reply) throws IOException {
        out.write((reply + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
