package org.forumprotocol.core.mail;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.Properties;

import javax.net.SocketFactory;

import jakarta.mail.Session;

import org.forumprotocol.core.config.MailSettings;

/**
 * The Jakarta Mail session for the configured SMTP server. It is built here from {@link MailSettings}
 * rather than taken from a container mail resource, so that configuration is read in one place
 * (ForumSettings) and checked at start like every other variable. The password is not among the session's
 * properties: it is given to the transport when it connects, and never logged.
 */
public final class MailSessions {
    static final int CONNECT_TIMEOUT_MILLIS = 10_000;
    static final int IO_TIMEOUT_MILLIS = 30_000;

    /** The system property by which Jakarta Mail takes its stream provider instead of looking one up. */
    static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";
    private static final String ANGUS_STREAMS = "org.eclipse.angus.mail.util.MailStreamProvider";

    static {
        nameStreamProvider();
    }

    private MailSessions() {
    }

    /**
     * Jakarta Mail 2.1 (Payara's 2.1.5 too) looks its stream provider up with a ServiceLoader, scanning every jar
     * of the class path, for each header it parses and each word it encodes or decodes: a tenth of the CPU time of a
     * bulk send of invitations in Kazakh and Korean. Naming the provider (Angus Mail's, the only one there is) makes
     * that a class look-up. Left alone when set already, or when Angus Mail is not visible from here.
     */
    private static void nameStreamProvider() {
        if (System.getProperty(STREAM_PROVIDER) != null) {
            return;
        }
        try {
            Class.forName(ANGUS_STREAMS, false, MailSessions.class.getClassLoader());
            System.setProperty(STREAM_PROVIDER, ANGUS_STREAMS);
        } catch (ClassNotFoundException | LinkageError | SecurityException e) {
            // Jakarta Mail finds it by its ServiceLoader, as before.
        }
    }

    /** A session to compose and read messages with: no server, nothing read from the settings. */
    public static Session withoutServer() {
        return Session.getInstance(new Properties());
    }

    public static Session create(MailSettings mail) {
        Properties p = new Properties();
        p.setProperty("mail.transport.protocol", "smtp");
        mail.host().ifPresent(h -> p.setProperty("mail.smtp.host", h));
        p.setProperty("mail.smtp.port", String.valueOf(mail.port()));
        p.setProperty("mail.smtp.connectiontimeout", String.valueOf(CONNECT_TIMEOUT_MILLIS));
        p.setProperty("mail.smtp.timeout", String.valueOf(IO_TIMEOUT_MILLIS));
        p.setProperty("mail.smtp.writetimeout", String.valueOf(IO_TIMEOUT_MILLIS));
        p.setProperty("mail.smtp.auth", String.valueOf(mail.user().isPresent()));
        p.setProperty("mail.smtp.starttls.enable", String.valueOf(mail.startTls()));
        p.setProperty("mail.smtp.starttls.required", String.valueOf(mail.startTls()));
        // The envelope sender: where bounces go.
        p.setProperty("mail.smtp.from", mail.fromAddress());
        // An instance, not a class name: Angus Mail takes it as it is (STARTTLS then wraps the socket it made).
        p.put("mail.smtp.socketFactory", NoDelaySockets.INSTANCE);
        return Session.getInstance(p);
    }

    /**
     * Plain sockets with Nagle's algorithm off. SMTP without pipelining writes a command, or the message's last
     * bytes and the closing dot, then waits for the reply: with Nagle on, that small last write waits for the
     * acknowledgement of the one before it, which the server delays (about 40 ms on Linux). Every message then
     * took at least 40 ms to hand over, even on the loopback address (2,000 invitations: 80 s of waiting).
     */
    static final class NoDelaySockets extends SocketFactory {
        static final NoDelaySockets INSTANCE = new NoDelaySockets();

        @Override
        public Socket createSocket() throws IOException {
            Socket socket = new Socket();
            socket.setTcpNoDelay(true);
            return socket;
        }

        @Override
        public Socket createSocket(String host, int port) throws IOException {
            return connected(null, new InetSocketAddress(host, port));
        }

        @Override
        public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
            return connected(new InetSocketAddress(localHost, localPort), new InetSocketAddress(host, port));
        }

        @Override
        public Socket createSocket(InetAddress host, int port) throws IOException {
            return connected(null, new InetSocketAddress(host, port));
        }

        @Override
        public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) throws IOException {
            return connected(new InetSocketAddress(localAddress, localPort), new InetSocketAddress(address, port));
        }

        private Socket connected(InetSocketAddress local, InetSocketAddress remote) throws IOException {
            Socket socket = createSocket();
            if (local != null) {
                socket.bind(local);
            }
            socket.connect(remote);
            return socket;
        }
    }
}
