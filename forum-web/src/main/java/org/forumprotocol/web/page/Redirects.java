package org.forumprotocol.web.page;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

final class Redirects {
    private Redirects() {
    }

    /** 303, so that the browser follows a POST with a GET and a reload does not repeat the POST. */
    static void seeOther(HttpServletRequest request, HttpServletResponse response, String localPath) {
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + localPath);
    }
}
