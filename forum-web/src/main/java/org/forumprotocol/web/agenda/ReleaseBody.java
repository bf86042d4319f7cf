package org.forumprotocol.web.agenda;

/**
 * A request to publish the working copy. {@code expectedLatestNumber} (0 before the first release) makes the
 * request fail with 409 if someone else published meanwhile; {@code note} is shown in the release history.
 */
public class ReleaseBody {
    public Integer expectedLatestNumber;
    public String note;
}
