package org.forumprotocol.web.account;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /api/accounts}. A class rather than a record: Payara's OpenAPI scanner fails
 * on validation annotations of record components.
 */
public class NewAccount {
    @NotBlank(message = "is required")
    @Size(max = 64, message = "at most 64 characters")
    public String username;

    @NotBlank(message = "is required")
    public String password;

    @NotEmpty(message = "at least one role is required")
    public List<String> roles;
}
