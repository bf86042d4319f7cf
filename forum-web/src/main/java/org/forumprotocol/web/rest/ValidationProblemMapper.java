package org.forumprotocol.web.rest;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Jersey brings its own mapper for validation errors, which is more specific than {@link ProblemMapper};
 * this one is more specific still and hands over, so that validation errors get the same problem body.
 */
@Provider
public class ValidationProblemMapper implements ExceptionMapper<ConstraintViolationException> {
    @Context
    UriInfo uri;

    @Override
    public Response toResponse(ConstraintViolationException e) {
        ProblemMapper mapper = new ProblemMapper();
        mapper.uri = uri;
        return mapper.validation(e);
    }
}
