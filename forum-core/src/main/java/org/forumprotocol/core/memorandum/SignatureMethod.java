package org.forumprotocol.core.memorandum;

/** How a party's signature came into the document. */
public enum SignatureMethod {
    /** The server signed with the party's PKCS#12 key, uploaded for that one request. */
    SIGNED_HERE,
    /** The party signed elsewhere (NCALayer with a national key, for instance) and uploaded the signed PDF. */
    UPLOADED
}
