package org.forumprotocol.web.page;

import java.io.IOException;

import jakarta.faces.context.FacesContext;

/** Ends the current Faces request with an error status, so that web.xml's error page for it is shown. */
public final class ErrorResponses {
    private ErrorResponses() {
    }

    /** Sends the status and completes the response; returns false, for {@code return ok || send(…)}. */
    public static boolean send(int status) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseSendError(status, null);
        } catch (IOException e) {
            // The client has gone; there is nobody left to answer.
        } catch (IllegalStateException e) {
            // The response was already committed: nothing can be sent any more.
        }
        faces.responseComplete();
        return false;
    }

    /** 404: the page's record does not exist, or the address is not one this application gave out. */
    public static void notFound() {
        send(404);
    }
}
