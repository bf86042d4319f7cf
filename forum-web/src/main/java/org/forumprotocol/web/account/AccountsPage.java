package org.forumprotocol.web.account;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.forumprotocol.core.ForumException;
import org.forumprotocol.core.account.AccountChange;
import org.forumprotocol.core.account.Accounts;
import org.forumprotocol.core.account.Role;
import org.forumprotocol.web.page.CurrentUser;
import org.forumprotocol.web.page.LocalTimes;
import org.forumprotocol.web.page.Texts;
import org.primefaces.PrimeFaces;

/** Administrators list, create and change accounts; the rules live in {@link Accounts}. */
@Named
@ViewScoped
public class AccountsPage implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final Map<String, String> CREATE_FIELDS = Map.of(
            "username", "create:username", "password", "create:password", "roles", "create:roles");
    private static final Map<String, String> EDIT_FIELDS = Map.of(
            "roles", "edit:roles", "password", "edit:password");

    @Inject
    Accounts accounts;

    @Inject
    CurrentUser currentUser;

    /** Not the Clock itself: a @Singleton producer is no passivation-capable dependency of a view-scoped bean. */
    @Inject
    LocalTimes times;

    private List<AccountRow> rows = List.of();

    private String newUsername;
    private String newPassword;
    private List<String> newRoles = new ArrayList<>();

    private AccountRow editing;
    private List<String> editRoles = new ArrayList<>();
    private boolean editEnabled;
    private String editPassword;

    @PostConstruct
    void init() {
        if (currentUser.isAdmin()) {
            load();
        }
    }

    public void reload() {
        if (currentUser.requireAdmin()) {
            load();
        }
    }

    private void load() {
        rows = accounts.list().stream().map(AccountRow::of).toList();
    }

    public void create() {
        if (!currentUser.requireAdmin()) {
            return;
        }
        try {
            String created = accounts.create(newUsername, newPassword, roles(newRoles)).getUsername();
            Texts.info(null, "accounts.created", created);
            newUsername = null;
            newPassword = null;
            newRoles = new ArrayList<>();
            load();
        } catch (ForumException e) {
            Texts.refusal(e, CREATE_FIELDS);
        }
    }

    /** Opens the edit form with the account as this page loaded it, version included. */
    public void edit(String username) {
        editing = rows.stream().filter(r -> r.username().equals(username)).findFirst().orElse(null);
        if (editing != null) {
            editRoles = new ArrayList<>(editing.roles().stream().map(Role::name).toList());
            editEnabled = editing.enabled();
            editPassword = null;
        }
    }

    public void save() {
        if (!currentUser.requireAdmin() || editing == null) {
            return;
        }
        Texts.save(() -> {
            accounts.update(editing.username(),
                    new AccountChange(editing.version(), roles(editRoles), editEnabled, editPassword));
            Texts.info(null, "accounts.saved", editing.username());
            editPassword = null;
            load();
            PrimeFaces.current().ajax().addCallbackParam("saved", true);
            // The outcome belongs on the page behind the dialog, which closes now.
            PrimeFaces.current().ajax().update(":messages", ":accounts:table");
        }, EDIT_FIELDS, this::load, ":accounts:table");
    }

    public boolean isSelf(AccountRow row) {
        return row.username().equals(currentUser.getName());
    }

    public boolean isLocked(AccountRow row) {
        return times.isFuture(row.lockedUntil());
    }

    public List<Role> getAllRoles() {
        return List.of(Role.values());
    }

    public int getMinPasswordLength() {
        return Accounts.MIN_PASSWORD_LENGTH;
    }

    private static Set<Role> roles(List<String> names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (names != null) {
            names.stream().map(Role::valueOf).forEach(roles::add);
        }
        return roles;
    }

    public List<AccountRow> getRows() {
        return rows;
    }

    public String getNewUsername() {
        return newUsername;
    }

    public void setNewUsername(String newUsername) {
        this.newUsername = newUsername;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public List<String> getNewRoles() {
        return newRoles;
    }

    public void setNewRoles(List<String> newRoles) {
        this.newRoles = newRoles;
    }

    public AccountRow getEditing() {
        return editing;
    }

    public List<String> getEditRoles() {
        return editRoles;
    }

    public void setEditRoles(List<String> editRoles) {
        this.editRoles = editRoles;
    }

    public boolean isEditEnabled() {
        return editEnabled;
    }

    public void setEditEnabled(boolean editEnabled) {
        this.editEnabled = editEnabled;
    }

    public String getEditPassword() {
        return editPassword;
    }

    public void setEditPassword(String editPassword) {
        this.editPassword = editPassword;
    }
}
