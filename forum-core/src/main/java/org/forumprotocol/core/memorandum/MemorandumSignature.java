package org.forumprotocol.core.memorandum;

import java.time.Instant;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * One party's signature of a memorandum: who signed as their certificate names them, when, how, and the whole
 * document right after that signature with its SHA-256. Never changed once recorded.
 */
@Entity
@Table(name = "memorandum_signature")
@NamedQuery(name = "MemorandumSignature.of",
        query = "select s from MemorandumSignature s where s.memorandumId = :memorandum order by s.partyIndex")
public class MemorandumSignature {
    @Id
    @SequenceGenerator(name = "forum_seq", sequenceName = "forum_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "forum_seq")
    private Long id;

    @Column(name = "memorandum_id", nullable = false, updatable = false)
    private Long memorandumId;

    /** The party's position in the memorandum's list of parties, from 0; its signature field is party-(index + 1). */
    @Column(name = "party_index", nullable = false, updatable = false)
    private int partyIndex;

    @Column(name = "signer_name", nullable = false, updatable = false, length = 500)
    private String signerName;

    @Column(name = "signer_subject", updatable = false, length = 1000)
    private String signerSubject;

    @Column(name = "signed_at", nullable = false, updatable = false)
    private Instant signedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 12)
    private SignatureMethod method;

    @Column(name = "recorded_by", nullable = false, updatable = false, length = 200)
    private String recordedBy;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false)
    private byte[] pdf;

    @Column(name = "pdf_sha256", nullable = false, updatable = false, length = 64)
    private String pdfSha256;

    protected MemorandumSignature() {
    }

    MemorandumSignature(long memorandumId, int partyIndex, String signerName, String signerSubject, Instant signedAt,
                        SignatureMethod method, String recordedBy, byte[] pdf, String pdfSha256) {
        this.memorandumId = memorandumId;
        this.partyIndex = partyIndex;
        this.signerName = signerName;
        this.signerSubject = signerSubject;
        this.signedAt = signedAt;
        this.method = method;
        this.recordedBy = recordedBy;
        this.pdf = pdf.clone();
        this.pdfSha256 = pdfSha256;
    }

    public Long getId() {
        return id;
    }

    public Long getMemorandumId() {
        return memorandumId;
    }

    public int getPartyIndex() {
        return partyIndex;
    }

    public String getSignerName() {
        return signerName;
    }

    public String getSignerSubject() {
        return signerSubject;
    }

    /** When the signature was recorded here (the server's clock), not the time the signer's software claims. */
    public Instant getSignedAt() {
        return signedAt;
    }

    public SignatureMethod getMethod() {
        return method;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    byte[] pdf() {
        return pdf;
    }

    public String getPdfSha256() {
        return pdfSha256;
    }
}
