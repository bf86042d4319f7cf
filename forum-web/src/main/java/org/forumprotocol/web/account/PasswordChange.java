package org.forumprotocol.web.account;

import jakarta.validation.constraints.NotBlank;

/** The body of {@code PUT /api/me/password}; a class for the reason given on {@link NewAccount}. */
public class PasswordChange {
    @NotBlank(message = "is required")
    public String currentPassword;

    @NotBlank(message = "is required")
    public String newPassword;
}
