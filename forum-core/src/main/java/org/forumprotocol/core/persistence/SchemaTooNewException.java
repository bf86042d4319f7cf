package org.forumprotocol.core.persistence;

/** The database was upgraded by a newer release; running an older one against it could damage data. */
public class SchemaTooNewException extends RuntimeException {
    public SchemaTooNewException(String databaseVersion, String knownVersion) {
        super("The database schema is at version " + databaseVersion + ", newer than the newest this release of "
                + "Forum Protocol knows (" + knownVersion + "). Start the newer release that upgraded it, or "
                + "restore a backup taken before the upgrade. Nothing was changed.");
    }
}
