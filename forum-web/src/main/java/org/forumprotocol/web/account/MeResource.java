package org.forumprotocol.web.account;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import org.forumprotocol.core.account.Account;
import org.forumprotocol.core.account.Accounts;

/** The caller's own account. */
@Path("me")
@RequestScoped
@RolesAllowed({"ADMIN", "OFFICER", "ARCHIVIST"})
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    public record Me(String username, List<String> roles, String language) {
    }

    @Inject
    Accounts accounts;

    @Context
    SecurityContext security;

    @GET
    public Me me() {
        Account account = accounts.get(security.getUserPrincipal().getName());
        return new Me(account.getUsername(), account.getRoles().stream().sorted().map(Enum::name).toList(), account.getLanguage());
    }

    @PUT
    @Path("password")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response changePassword(@NotNull(message = "a JSON body is required") @Valid PasswordChange body) {
        accounts.changeOwnPassword(security.getUserPrincipal().getName(), body.currentPassword, body.newPassword);
        return Response.noContent().build();
    }
}
