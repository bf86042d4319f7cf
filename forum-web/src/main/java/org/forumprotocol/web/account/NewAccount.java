package org.forumprotocol.web.account;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/accounts}. */
public record NewAccount(
        @NotBlank(message = "is required") @Size(max = 64, message = "at most 64 characters") String username,
        @NotBlank(message = "is required") String password,
        @NotEmpty(message = "at least one role is required") List<String> roles) {
}
