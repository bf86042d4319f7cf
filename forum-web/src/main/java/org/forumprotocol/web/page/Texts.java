package org.forumprotocol.web.page;

import java.text.MessageFormat;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Pattern;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.persistence.OptimisticLockException;

import org.forumprotocol.core.ForumException;
import org.forumprotocol.core.ForumException.FieldError;
import org.forumprotocol.core.account.Accounts;
import org.primefaces.PrimeFaces;

/**
 * Texts of the message bundle for Java code, in the language of the current view, and the one way
 * beans report outcomes and refusals as Faces messages.
 */
public final class Texts {
    /** The {@code var} of the bundle in faces-config.xml. */
    public static final String BUNDLE = "msg";
    /** The base name of the bundle in faces-config.xml. */
    public static final String BUNDLE_NAME = "org.forumprotocol.web.messages";
    private static final Pattern LANGUAGE_OR_INDEX = Pattern.compile("\\.(?:kk|ru|en|ko)(?=\\.|$)|\\[\\d+]");

    private Texts() {
    }

    public static String get(String key, Object... args) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String pattern = bundle(faces).getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, faces.getViewRoot().getLocale()).format(args);
    }

    /**
     * A text in a language other than the page's, such as a rank in a participant list made in Korean
     * while the officer reads the page in Kazakh.
     */
    public static String in(java.util.Locale locale, String key) {
        return ResourceBundle.getBundle(BUNDLE_NAME, locale).getString(key);
    }

    public static void info(String clientId, String key, Object... args) {
        add(clientId, FacesMessage.SEVERITY_INFO, get(key, args), null);
    }

    public static void error(String clientId, String key, Object... args) {
        add(clientId, FacesMessage.SEVERITY_ERROR, get(key, args), null);
    }

    /** An error about one field: also marks the field invalid, for its red frame and aria-invalid. */
    public static void fieldError(String clientId, String key, Object... args) {
        markInvalid(clientId);
        error(clientId, key, args);
    }

    /**
     * Runs a save from a form. A refusal is shown next to its fields; a stale edit, whether found by the
     * version check or lost in a race at commit, also reloads the list behind the form ({@code reload}, then
     * an Ajax update of {@code table}) so that the person sees what is there now.
     */
    public static void save(Runnable save, Map<String, String> fields, Runnable reload, String table) {
        try {
            save.run();
        } catch (ForumException e) {
            if (e.kind() == ForumException.Kind.STALE) {
                reload.run();
                PrimeFaces.current().ajax().update(table);
            }
            refusal(e, fields);
        } catch (OptimisticLockException e) {
            reload.run();
            PrimeFaces.current().ajax().update(table);
            error(null, "error.kind.STALE");
        }
    }

    /**
     * Shows a refusal of the domain. Field errors go next to their fields ({@code fields} maps the
     * domain's field names to client ids). The domain words its reasons in English for logs and the
     * API; the page says them in the person's language where the bundle knows the case, keyed by kind
     * and field, and otherwise shows the domain's own reason under a translated heading.
     */
    public static void refusal(ForumException e, Map<String, String> fields) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = bundle(faces);
        for (FieldError field : e.fieldErrors()) {
            String key = messageKey(bundle, e.kind(), field.field());
            String text = key != null ? get(key, Accounts.MIN_PASSWORD_LENGTH) : field.message();
            String clientId = fields.get(field.field());
            markInvalid(clientId);
            add(clientId, FacesMessage.SEVERITY_ERROR, text, null);
        }
        if (!e.fieldErrors().isEmpty()) {
            add(null, FacesMessage.SEVERITY_ERROR, get("error.fields"), null);
            return;
        }
        String key = "error.kind." + e.kind();
        if (bundle.containsKey(key)) {
            add(null, FacesMessage.SEVERITY_ERROR, get(key), null);
        } else {
            add(null, FacesMessage.SEVERITY_ERROR, get("error.refused"), e.getMessage());
        }
    }

    /**
     * The bundle key that words a field's refusal: {@code error.KIND.field}, else the same without the
     * language and index the domain adds ("title.kk", "names.ko.family", "languages[1]"), because every
     * language of a text follows the same rule.
     */
    static String messageKey(ResourceBundle bundle, ForumException.Kind kind, String field) {
        String exact = "error." + kind + "." + field;
        if (bundle.containsKey(exact)) {
            return exact;
        }
        String general = "error." + kind + "." + LANGUAGE_OR_INDEX.matcher(field).replaceAll("");
        return bundle.containsKey(general) ? general : null;
    }

    /**
     * Marks the input invalid. An input in a repeated row (a memorandum's party or article, "draft:parties:1:country")
     * is no child that {@code findComponent} can name, so it is visited in its row instead.
     */
    private static void markInvalid(String clientId) {
        if (clientId == null) {
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        UIComponent found;
        try {
            found = faces.getViewRoot().findComponent(clientId);
        } catch (IllegalArgumentException e) {
            found = null;
        }
        if (found instanceof UIInput input) {
            input.setValid(false);
        } else if (found == null) {
            faces.getViewRoot().invokeOnComponent(faces, clientId, (context, component) -> {
                if (component instanceof UIInput input) {
                    input.setValid(false);
                }
            });
        }
    }

    private static void add(String clientId, FacesMessage.Severity severity, String summary, String detail) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, summary, detail));
    }

    private static ResourceBundle bundle(FacesContext faces) {
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, BUNDLE);
        if (bundle == null) {
            throw new MissingResourceException("No resource bundle '" + BUNDLE + "' in faces-config.xml", Texts.class.getName(), BUNDLE);
        }
        return bundle;
    }
}
