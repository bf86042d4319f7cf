package org.forumprotocol.core.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import javax.net.SocketFactory;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.util.StreamProvider;

import org.eclipse.angus.mail.util.MailStreamProvider;
import org.junit.jupiter.api.Test;

class MailSessionsTest {

    @Test
    void theSessionsSocketsSendSmallWritesAtOnce() throws Exception {
        Session session = MailSessions.create(TestMails.smtp(25));

        Object factory = session.getProperties().get("mail.smtp.socketFactory");

        assertThat(factory).isInstanceOf(SocketFactory.class);
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
             Socket unconnected = ((SocketFactory) factory).createSocket();
             Socket connected = ((SocketFactory) factory).createSocket(InetAddress.getLoopbackAddress(), server.getLocalPort())) {
            assertThat(unconnected.getTcpNoDelay()).isTrue();
            assertThat(connected.getTcpNoDelay()).isTrue();
            assertThat(connected.isConnected()).isTrue();
        }
    }

    @Test
    void jakartaMailIsToldItsStreamProviderInsteadOfSearchingTheClassPathEachTime() throws Exception {
        MailSessions.withoutServer();

        assertThat(System.getProperty(MailSessions.STREAM_PROVIDER)).isEqualTo(MailStreamProvider.class.getName());
        assertThat(StreamProvider.provider()).isInstanceOf(MailStreamProvider.class);
        // Encoding and decoding go through it.
        String encoded = MimeUtility.encodeText("Шақыру: 조태익", "UTF-8", "B");
        assertThat(MimeUtility.decodeText(encoded)).isEqualTo("Шақыру: 조태익");
        try (InputStream in = MimeUtility.decode(new ByteArrayInputStream("0KjQsNKb".getBytes(StandardCharsets.US_ASCII)), "base64")) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("Шақ");
        }
    }
}
