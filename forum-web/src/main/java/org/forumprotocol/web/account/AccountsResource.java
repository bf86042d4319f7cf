package org.forumprotocol.web.account;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import org.forumprotocol.core.ForumException;
import org.forumprotocol.core.account.AccountChange;
import org.forumprotocol.core.account.Accounts;

/** Administrators create, disable and re-role accounts. */
@Path("accounts")
@RequestScoped
@RolesAllowed("ADMIN")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AccountsResource {

    @Inject
    Accounts accounts;

    @GET
    public List<AccountView> list() {
        return accounts.list().stream().map(AccountView::of).toList();
    }

    @GET
    @Path("{username}")
    public Response get(@PathParam("username") String username) {
        AccountView view = AccountView.of(accounts.get(username));
        return Response.ok(view).tag(String.valueOf(view.version())).build();
    }

    @POST
    public Response create(@NotNull(message = "a JSON body is required") @Valid NewAccount body) {
        AccountView view = AccountView.of(accounts.create(body.username, body.password, RoleNames.parse(body.roles)));
        return Response.created(UriBuilder.fromResource(AccountsResource.class).path(view.username()).build())
                .tag(String.valueOf(view.version())).entity(view).build();
    }

    @PUT
    @Path("{username}")
    public Response update(@PathParam("username") String username, @HeaderParam("If-Match") String ifMatch,
                           @NotNull(message = "a JSON body is required") AccountUpdate body) {
        Long version = body.version() != null ? body.version() : ifMatchVersion(ifMatch);
        AccountView view = AccountView.of(accounts.update(username,
                new AccountChange(version, RoleNames.parse(body.roles()), body.enabled(), body.password())));
        return Response.ok(view).tag(String.valueOf(view.version())).build();
    }

    private static Long ifMatchVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        try {
            return Long.parseLong(ifMatch.strip().replace("W/", "").replace("\"", ""));
        } catch (NumberFormatException e) {
            throw ForumException.invalid("If-Match", "must be the ETag of the account as last read");
        }
    }
}
