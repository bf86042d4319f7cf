package org.forumprotocol.core.account;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

/** PBKDF2 with SHA-512 and 210,000 iterations (OWASP 2023), through Jakarta Security's own hash. */
@ApplicationScoped
public class PasswordHashing {
    static final int ITERATIONS = 210_000;

    private Pbkdf2PasswordHash hash;
    /** Verified against when an account does not exist, so that the answer takes as long either way. */
    private String decoy;

    protected PasswordHashing() {
    }

    @Inject
    public PasswordHashing(Pbkdf2PasswordHash hash) {
        this.hash = hash;
        hash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", String.valueOf(ITERATIONS),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "64"));
        this.decoy = hash.generate("decoy password that nobody has".toCharArray());
    }

    public String hash(String password) {
        return hash.generate(password.toCharArray());
    }

    public boolean verify(String password, String storedHash) {
        return hash.verify(password.toCharArray(), storedHash);
    }

    void verifyDecoy(String password) {
        hash.verify(password.toCharArray(), decoy);
    }
}
