package org.forumprotocol.docs.badge;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The token a badge's QR code carries, and its check at the entrance: {@code FPB1.<event>.<delegate>.<mac>},
 * where mac is HMAC-SHA256 over the rest with the server's badge secret (base64url, 43 characters). Nothing
 * else is in it: the QR code names nobody to a stranger's phone, and the check-in desk looks the delegate up
 * by id. A changed id or mac fails; so does any token made with another secret.
 */
public final class BadgeTokens {
    /** The shortest secret accepted: as long as the hash, the length RFC 2104 recommends. */
    public static final int MIN_SECRET_BYTES = 32;
    private static final String VERSION = "FPB1";
    private static final Pattern TOKEN = Pattern.compile("FPB1\\.([0-9]{1,18})\\.([0-9]{1,18})\\.([A-Za-z0-9_-]{43})");
    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    /** What a valid token says: whose badge it is. */
    public record Badge(long eventId, long delegateId) {
    }

    public BadgeTokens(byte[] secret) {
        if (secret == null || secret.length < MIN_SECRET_BYTES) {
            throw new IllegalArgumentException("a badge secret needs at least " + MIN_SECRET_BYTES + " bytes");
        }
        this.key = new SecretKeySpec(secret, ALGORITHM);
    }

    public String issue(long eventId, long delegateId) {
        String claim = VERSION + "." + eventId + "." + delegateId;
        return claim + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(mac(claim));
    }

    /** The badge a token stands for, or empty if it is malformed, altered or signed with another secret. */
    public Optional<Badge> verify(String token) {
        if (token == null) {
            return Optional.empty();
        }
        Matcher m = TOKEN.matcher(token.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String claim = VERSION + "." + m.group(1) + "." + m.group(2);
        String expected = Base64.getUrlEncoder().withoutPadding().encodeToString(mac(claim));
        // Compared as printed, not as decoded: the last of 43 characters carries two bits that decoding drops,
        // so four spellings would otherwise pass for one mac. Constant time, so the desk's answer time tells
        // nothing about how much of a forged mac was right.
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                m.group(3).getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        return Optional.of(new Badge(Long.parseLong(m.group(1)), Long.parseLong(m.group(2))));
    }

    private byte[] mac(String claim) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(claim.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }

    @Override
    public String toString() {
        return "BadgeTokens[secret hidden]";
    }
}
