package org.forumprotocol.web.rest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;

import org.forumprotocol.core.ForumException;
import org.forumprotocol.core.ForumException.FieldError;
import org.forumprotocol.core.ForumException.Kind;
import org.forumprotocol.docs.participants.ParticipantFiles;

/**
 * Refuses uploads that are too large (413) before the body is parsed: at once when Content-Length says so,
 * and otherwise while the body is read, so a chunked upload cannot exceed the limit either. The limit is the
 * file limit plus room for the multipart framing and small form fields. Runs after authentication and
 * {@link RoleCheck}, so strangers never get this far.
 *
 * <p>Before answering, the rest of a body of up to {@link #DRAIN_MAX_BYTES} is read and dropped: a server that
 * answers and closes while the client is still sending makes the connection reset, and the client then sees
 * a broken connection instead of the 413 (Java's HTTP client, browsers). Whoever sends more than that gets
 * the reset.
 */
@Provider
@UploadLimit
@Priority(Priorities.USER)
public class UploadLimitFilter implements ContainerRequestFilter {
    /** The largest request body accepted by an {@link UploadLimit} method. */
    public static final long MAX_REQUEST_BYTES = ParticipantFiles.MAX_UPLOAD_BYTES + 64 * 1024;
    /** The most bytes read and dropped so that the 413 reaches the client: a file a person may pick by mistake. */
    static final long DRAIN_MAX_BYTES = 64L * 1024 * 1024;

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getLength() > MAX_REQUEST_BYTES) {
            drain(request.getEntityStream());
            throw tooLarge();
        }
        request.setEntityStream(new Limited(request.getEntityStream(), MAX_REQUEST_BYTES));
    }

    public static ForumException tooLarge() {
        String message = "the file is larger than " + ParticipantFiles.MAX_UPLOAD_BYTES / (1024 * 1024) + " MB";
        return new ForumException(Kind.TOO_LARGE, "The upload is too large: " + message + "; split the list into several files",
                List.of(new FieldError("file", message)));
    }

    /** Reads and drops the rest of a body (at most {@link #DRAIN_MAX_BYTES}), so that the refusal reaches the client. */
    public static void drain(InputStream in) {
        byte[] buffer = new byte[64 * 1024];
        try {
            for (long total = 0; total < DRAIN_MAX_BYTES; ) {
                int n = in.read(buffer);
                if (n < 0) {
                    return;
                }
                total += n;
            }
        } catch (IOException e) {
            // The client went away; there is nobody left to answer.
        }
    }

    /** Fails the read once more than {@code limit} bytes came; the cause names the problem for {@link ProblemMapper}. */
    static final class Limited extends FilterInputStream {
        private final long limit;
        private long count;

        Limited(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count(skipped);
            return skipped;
        }

        private void count(long n) throws IOException {
            count += n;
            if (count > limit) {
                drain(in);
                throw new IOException("upload larger than " + limit + " bytes", tooLarge());
            }
        }
    }
}
