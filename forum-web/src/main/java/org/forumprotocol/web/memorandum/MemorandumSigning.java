package org.forumprotocol.web.memorandum;

import java.time.Clock;
import java.util.Arrays;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.itextpdf.signatures.ITSAClient;
import com.itextpdf.signatures.TSAClientBouncyCastle;

import org.forumprotocol.core.ForumException;
import org.forumprotocol.core.ForumException.Kind;
import org.forumprotocol.core.config.ForumSettings;
import org.forumprotocol.core.memorandum.Memoranda;
import org.forumprotocol.core.memorandum.Memorandum;
import org.forumprotocol.core.memorandum.MemorandumSignature;
import org.forumprotocol.core.memorandum.SignatureMethod;
import org.forumprotocol.docs.memorandum.MemorandumPdf;
import org.forumprotocol.docs.memorandum.MemorandumSigner;
import org.forumprotocol.docs.memorandum.MemorandumVerifier;
import org.forumprotocol.docs.memorandum.SignatureReport;
import org.forumprotocol.docs.memorandum.VerificationReport;

/**
 * Signatures of memoranda between the web and the services: signing here with a party's uploaded PKCS#12 key
 * (with the timestamp authority of FORUM_TSA_URL, if any), accepting a PDF countersigned elsewhere, and the one
 * verifier (trusting FORUM_TRUST_ANCHORS) that every report comes from.
 */
@ApplicationScoped
public class MemorandumSigning {
    private Memoranda memoranda;
    private ForumSettings settings;
    private Clock clock;

    protected MemorandumSigning() {
    }

    @Inject
    public MemorandumSigning(Memoranda memoranda, ForumSettings settings, Clock clock) {
        this.memoranda = memoranda;
        this.settings = settings;
        this.clock = clock;
    }

    /** The verifier with the configured trust anchors. */
    public MemorandumVerifier verifier() {
        return new MemorandumVerifier(settings.trustAnchors());
    }

    public VerificationReport verify(byte[] pdf) {
        return verifier().verify(pdf);
    }

    /** The timestamp authority of FORUM_TSA_URL (signatures PAdES-B-T), or null (B-B). */
    ITSAClient timestampAuthority() {
        return settings.tsaUrl().map(url -> (ITSAClient) new TSAClientBouncyCastle(url.toString())).orElse(null);
    }

    /**
     * Signs the party's field of the current document with the key and records the signature. Whose turn it is is
     * checked first, before the key is even opened. The key file's bytes and the password are overwritten before
     * this returns, whatever happens, and appear in no message or log.
     */
    public MemorandumSignature sign(long id, int party, byte[] keystore, char[] password, String alias) {
        try {
            memoranda.requireTurn(id, party);
            byte[] current = memoranda.currentPdf(id);
            String field = MemorandumPdf.fieldName(party);
            byte[] signed = MemorandumSigner.sign(current, keystore, password, alias, field, timestampAuthority(), clock.instant());
            SignatureReport mine = verify(signed).signatures().stream().filter(s -> s.field().equals(field)).findFirst()
                    .filter(SignatureReport::intact)
                    .orElseThrow(() -> new ForumException(Kind.UNPROCESSABLE, "The signature just made in '" + field
                            + "' does not verify; nothing was recorded"));
            return memoranda.recordSignature(id, party, signed, mine.signerName(), mine.subject(), SignatureMethod.SIGNED_HERE);
        } finally {
            if (password != null) {
                Arrays.fill(password, '\0');
            }
            if (keystore != null) {
                Arrays.fill(keystore, (byte) 0);
            }
        }
    }

    /**
     * Accepts the document as the next party signed it elsewhere: it must be exactly the current document with one
     * intact signature appended in that party's field and nothing else ({@link MemorandumVerifier#verifyIncrement}).
     * Anything else is a 400 that says what fails.
     */
    public MemorandumSignature acceptCountersigned(long id, byte[] uploaded) {
        Memorandum m = memoranda.get(id);
        int party = memoranda.signatures(id).size();
        if (party >= m.content().parties().size()) {
            throw new ForumException(Kind.CONFLICT, "Every party has signed memorandum " + id + " already");
        }
        memoranda.requireTurn(id, party);
        byte[] current = memoranda.currentPdf(id);
        Memoranda.requireAppendedTo(current, uploaded);
        SignatureReport signature = verifier().verifyIncrement(current, uploaded, MemorandumPdf.fieldName(party));
        return memoranda.recordSignature(id, party, uploaded, signature.signerName(), signature.subject(), SignatureMethod.UPLOADED);
    }
}
