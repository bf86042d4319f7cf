package org.forumprotocol.web.rest;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The REST API lives under /api; pages live everywhere else. */
@ApplicationPath("api")
@DeclareRoles({"ADMIN", "OFFICER", "ARCHIVIST"})
@OpenAPIDefinition(
        info = @Info(title = "Forum Protocol API", version = "1",
                description = "Delegations, agenda, protocol documents, invitations and memoranda for a protocol office.",
                license = @License(name = "AGPL-3.0", url = "https://www.gnu.org/licenses/agpl-3.0.txt")),
        security = @SecurityRequirement(name = "basic"))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class ForumApplication extends Application {
}
