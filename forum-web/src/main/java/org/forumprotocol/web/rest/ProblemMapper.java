package org.forumprotocol.web.rest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.forumprotocol.core.ForumException;
import org.forumprotocol.web.security.ForumAuthenticationMechanism;

/**
 * The one place that turns errors into {@code application/problem+json}. A client never sees a stack
 * trace; an unexpected failure gets a reference that is also in the log.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {
    public static final String PROBLEM_JSON = "application/problem+json";
    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());
    private static final Map<ForumException.Kind, Integer> STATUS = Map.of(
            ForumException.Kind.INVALID, 400,
            ForumException.Kind.NOT_FOUND, 404,
            ForumException.Kind.CONFLICT, 409,
            ForumException.Kind.STALE, 409,
            ForumException.Kind.FORBIDDEN, 403,
            ForumException.Kind.TOO_MANY_ATTEMPTS, 429,
            ForumException.Kind.UNPROCESSABLE, 422,
            ForumException.Kind.TOO_LARGE, 413);
    /** Reason phrases that {@link Response.Status} lacks. */
    private static final Map<Integer, String> TITLES = Map.of(422, "Unprocessable Content");

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(Throwable thrown) {
        Throwable e = unwrap(thrown);
        if (e instanceof ForumException f) {
            return problem(STATUS.get(f.kind()), f.getMessage(),
                    f.fieldErrors().stream().map(x -> new Problem.FieldProblem(x.field(), x.message())).toList());
        }
        if (e instanceof ConstraintViolationException v) {
            return validation(v);
        }
        if (e instanceof OptimisticLockException) {
            return problem(409, "The record was changed by someone else meanwhile; reload it and apply the change again", List.of());
        }
        if (e instanceof JsonbException || e instanceof JsonParsingException
                || (e instanceof ProcessingException && !(e instanceof WebApplicationException))) {
            return problem(400, multipart() ? "The request body is not a valid multipart/form-data form"
                    : "The request body is not valid JSON of the expected shape", List.of());
        }
        if (e instanceof WebApplicationException w) {
            return web(w);
        }
        String reference = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected error, reference " + reference, thrown);
        return problem(500, "An unexpected error occurred. It has been logged with reference " + reference + ".", List.of());
    }

    Response validation(ConstraintViolationException v) {
        List<Problem.FieldProblem> errors = new ArrayList<>();
        for (ConstraintViolation<?> c : v.getConstraintViolations()) {
            errors.add(new Problem.FieldProblem(field(c.getPropertyPath()), c.getMessage()));
        }
        errors.sort((a, b) -> a.field().compareTo(b.field()));
        return problem(400, "The request has invalid fields", errors);
    }

    private Response web(WebApplicationException w) {
        int status = w.getResponse().getStatus();
        String detail;
        if (w instanceof NotFoundException) {
            detail = "There is nothing at " + path();
        } else if (w instanceof NotAllowedException) {
            detail = "This address does not accept that method; allowed: " + w.getResponse().getAllowedMethods();
        } else if (w instanceof NotAuthorizedException) {
            Response r = problem(401, "Sign in first: send your user name and password (HTTP Basic)", List.of());
            return Response.fromResponse(r).header(HttpHeaders.WWW_AUTHENTICATE, ForumAuthenticationMechanism.BASIC_CHALLENGE).build();
        } else if (status == 403) {
            detail = "Your account's roles do not allow this";
        } else if (status == 415) {
            detail = "Send the body as application/json (a file upload as multipart/form-data)";
        } else if (status == 406) {
            detail = "This address answers with application/json only";
        } else if (status >= 500) {
            String reference = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "Server error, reference " + reference, w);
            detail = "An unexpected error occurred. It has been logged with reference " + reference + ".";
        } else {
            detail = w.getMessage() == null ? Response.Status.fromStatusCode(status).getReasonPhrase() : w.getMessage();
        }
        Response r = problem(status, detail, List.of());
        return w.getResponse().getAllowedMethods().isEmpty() ? r
                : Response.fromResponse(r).allow(w.getResponse().getAllowedMethods()).build();
    }

    private Response problem(int status, String detail, List<Problem.FieldProblem> errors) {
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String title = type == null ? TITLES.getOrDefault(status, "Error") : type.getReasonPhrase();
        Problem body = new Problem("about:blank", title, status, detail, path(), errors);
        return Response.status(status).type(PROBLEM_JSON + ";charset=UTF-8").entity(body).build();
    }

    private String path() {
        return uri == null ? null : "/api/" + uri.getPath(false).replaceFirst("^/", "");
    }

    /** "create.body.username" → "username": clients know the fields of their body, not our methods. */
    private static String field(Path path) {
        List<String> names = new ArrayList<>();
        for (Path.Node node : path) {
            switch (node.getKind()) {
                case PROPERTY, CONTAINER_ELEMENT -> names.add(node.getName());
                default -> { }
            }
        }
        return names.isEmpty() ? "body" : String.join(".", names);
    }

    private boolean multipart() {
        try {
            return headers != null && headers.getMediaType() != null && "multipart".equalsIgnoreCase(headers.getMediaType().getType());
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * The exception that says what went wrong. A refusal of the domain wins wherever it is in the chain: an
     * upload that is too large, for instance, surfaces from deep inside the multipart reader.
     */
    private static Throwable unwrap(Throwable t) {
        Throwable cause = t;
        for (int i = 0; i < 20 && cause != null; i++, cause = cause.getCause()) {
            if (cause instanceof ForumException) {
                return cause;
            }
        }
        Throwable e = t;
        for (int i = 0; i < 10 && e.getCause() != null && e.getCause() != e; i++) {
            if (e instanceof ForumException || e instanceof ConstraintViolationException
                    || e instanceof OptimisticLockException || e instanceof WebApplicationException) {
                return e;
            }
            e = e.getCause();
        }
        return e;
    }
}
