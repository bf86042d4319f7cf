package org.forumprotocol.web.rest;

import java.lang.reflect.Method;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;

import org.forumprotocol.web.security.ForumAuthenticationMechanism;

/**
 * Enforces {@code @RolesAllowed} on resources (method first, then class). Without a caller the answer is
 * 401, with a caller lacking the role 403; both become problem bodies in {@link ProblemMapper}.
 */
@Provider
public class RoleCheck implements DynamicFeature {

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        Method method = resource.getResourceMethod();
        if (method.isAnnotationPresent(PermitAll.class)) {
            return;
        }
        RolesAllowed allowed = method.getAnnotation(RolesAllowed.class);
        if (allowed == null && !resource.getResourceClass().isAnnotationPresent(PermitAll.class)) {
            allowed = resource.getResourceClass().getAnnotation(RolesAllowed.class);
        }
        if (allowed != null) {
            context.register(new Filter(allowed.value()), Priorities.AUTHORIZATION);
        }
    }

    private record Filter(String[] roles) implements ContainerRequestFilter {
        @Override
        public void filter(ContainerRequestContext request) {
            var security = request.getSecurityContext();
            if (security.getUserPrincipal() == null) {
                throw new NotAuthorizedException(ForumAuthenticationMechanism.BASIC_CHALLENGE);
            }
            for (String role : roles) {
                if (security.isUserInRole(role)) {
                    return;
                }
            }
            throw new ForbiddenException();
        }
    }
}
