package org.forumprotocol.core.delegation;

import java.time.LocalDate;
import java.util.Map;

/**
 * A delegate as an officer enters it. {@code names} maps a language code to the name in that script;
 * {@code role} defaults to HEAD when {@code head} is true, else MEMBER.
 */
public record DelegateDetails(Map<String, NameDetails> names, Map<String, String> position,
                              Map<String, String> formOfAddress, String gender, String rank, LocalDate rankSince,
                              Boolean head, String role, String email, String phone, String language,
                              String dietaryNeeds, String accessibilityNeeds, Long expectedVersion) {

    /** One written form; {@code familyFirst} null means the language's usual order. */
    public record NameDetails(String family, String given, Boolean familyFirst) {
    }
}
