package org.forumprotocol.web.page;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.forumprotocol.web.rest.UploadLimitFilter;

/**
 * The pages' file uploads (a memorandum's key file or signed PDF) have the API's limit: a multipart form larger than
 * {@link UploadLimitFilter#MAX_REQUEST_BYTES} is answered 413 with the error page that says so, before Faces parses it.
 * Without this, the container's own limit (web.xml's multipart-config) would end the request with a 500.
 */
@WebFilter(filterName = "PageUploadLimitFilter", servletNames = "Faces Servlet")
public class PageUploadLimitFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (tooLarge(request.getContentType(), request.getContentLengthLong())) {
            UploadLimitFilter.drain(request.getInputStream());
            response.sendError(413);
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean tooLarge(String contentType, long length) {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/")
                && length > UploadLimitFilter.MAX_REQUEST_BYTES;
    }
}
