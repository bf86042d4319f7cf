package org.forumprotocol.web.account;

import jakarta.validation.constraints.NotBlank;

/** The body of {@code PUT /api/me/password}. */
public record PasswordChange(@NotBlank(message = "is required") String currentPassword,
                             @NotBlank(message = "is required") String newPassword) {
}
