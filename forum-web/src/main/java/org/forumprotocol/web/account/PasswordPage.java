package org.forumprotocol.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Map;

import org.forumprotocol.core.ForumException;
import org.forumprotocol.core.account.Accounts;
import org.forumprotocol.web.page.CurrentUser;
import org.forumprotocol.web.page.Texts;

/** A signed-in person changes their own password. */
@Named
@RequestScoped
public class PasswordPage {
    private static final Map<String, String> FIELDS = Map.of(
            "currentPassword", "password:current", "newPassword", "password:new");

    @Inject
    Accounts accounts;

    @Inject
    CurrentUser currentUser;

    private String current;
    private String replacement;
    private String repeat;

    public void change() {
        if (replacement != null && !replacement.equals(repeat)) {
            Texts.fieldError("password:repeat", "password.error.mismatch");
            Texts.error(null, "error.fields");
            return;
        }
        try {
            accounts.changeOwnPassword(currentUser.getName(), current, replacement);
            Texts.info(null, "password.changed");
        } catch (ForumException e) {
            Texts.refusal(e, FIELDS);
        }
    }

    public int getMinPasswordLength() {
        return Accounts.MIN_PASSWORD_LENGTH;
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getReplacement() {
        return replacement;
    }

    public void setReplacement(String replacement) {
        this.replacement = replacement;
    }

    public String getRepeat() {
        return repeat;
    }

    public void setRepeat(String repeat) {
        this.repeat = repeat;
    }
}
