package org.forumprotocol.web.mail;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.forumprotocol.core.FieldChecks;
import org.forumprotocol.core.i18n.Language;
import org.forumprotocol.core.mail.MailTemplates;
import org.forumprotocol.core.mail.MailText;
import org.forumprotocol.core.mail.MessageKind;

/**
 * The wording of each message kind in each language. {@code custom} says whether officers wrote it; DELETE
 * goes back to the shipped default. Placeholders: {@link MailText#PLACEHOLDERS}.
 */
@Path("mail/templates")
@RequestScoped
@RolesAllowed({"OFFICER", "ADMIN"})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MailTemplatesResource {

    public record TemplateView(String kind, String language, String subject, String body, boolean custom,
                               List<String> placeholders) {
        static TemplateView of(MailTemplates.Entry e) {
            return new TemplateView(e.kind().name(), e.language().code(), e.text().subject(), e.text().body(), e.custom(),
                    MailText.PLACEHOLDERS);
        }
    }

    public record TemplateBody(String subject, String body) {
    }

    @Inject
    MailTemplates templates;

    @GET
    public List<TemplateView> list() {
        return templates.all().stream().map(TemplateView::of).toList();
    }

    @GET
    @Path("{kind}/{lang}")
    public TemplateView get(@PathParam("kind") String kind, @PathParam("lang") String lang) {
        Key key = key(kind, lang);
        return TemplateView.of(templates.get(key.kind, key.language));
    }

    @PUT
    @Path("{kind}/{lang}")
    public TemplateView save(@PathParam("kind") String kind, @PathParam("lang") String lang,
                             @NotNull(message = "a JSON body is required") TemplateBody body) {
        Key key = key(kind, lang);
        return TemplateView.of(templates.save(key.kind, key.language, new MailText(body.subject(), body.body())));
    }

    @DELETE
    @Path("{kind}/{lang}")
    public TemplateView reset(@PathParam("kind") String kind, @PathParam("lang") String lang) {
        Key key = key(kind, lang);
        return TemplateView.of(templates.reset(key.kind, key.language));
    }

    private record Key(MessageKind kind, Language language) {
    }

    private static Key key(String kind, String lang) {
        FieldChecks checks = new FieldChecks();
        MessageKind k = checks.choice("kind", kind, MessageKind.class);
        if (k == null && !checks.has("kind")) {
            checks.add("kind", "is required");
        }
        Language l = checks.language("lang", lang);
        checks.throwIfAny("No such template");
        return new Key(k, l);
    }
}
