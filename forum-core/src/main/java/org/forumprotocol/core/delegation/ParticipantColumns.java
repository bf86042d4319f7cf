package org.forumprotocol.core.delegation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.forumprotocol.core.i18n.Language;

/**
 * The columns of a participant file, one row per delegate. Their names are the contract between the office's
 * spreadsheets, the template, the export and the import: they never change meaning and are never translated.
 */
public final class ParticipantColumns {
    public static final String COUNTRY = "country";
    public static final String RANK = "rank";
    public static final String RANK_SINCE = "rank_since";
    public static final String ROLE = "role";
    public static final String EMAIL = "email";
    public static final String PHONE = "phone";
    public static final String LANGUAGE = "language";
    public static final String GENDER = "gender";
    public static final String DIETARY_NEEDS = "dietary_needs";
    public static final String ACCESSIBILITY_NEEDS = "accessibility_needs";

    /** Export only, for people reading the list: the place in the list, and the name in the list's language. */
    public static final String NO = "no";
    public static final String NAME = "name";

    /** Every column the import reads, in the order of the template. */
    public static final List<String> IMPORTED = imported();

    /** Columns the export adds in front and the import skips, so that an export can be imported again. */
    public static final Set<String> EXPORT_ONLY = Set.of(NO, NAME);

    private ParticipantColumns() {
    }

    public static String delegation(Language language) {
        return "delegation_" + language.code();
    }

    public static String family(Language language) {
        return "family_" + language.code();
    }

    public static String given(Language language) {
        return "given_" + language.code();
    }

    public static String position(Language language) {
        return "position_" + language.code();
    }

    private static List<String> imported() {
        List<String> columns = new ArrayList<>();
        columns.add(COUNTRY);
        for (Language l : Language.values()) {
            columns.add(delegation(l));
        }
        for (Language l : Language.values()) {
            columns.add(family(l));
            columns.add(given(l));
        }
        for (Language l : Language.values()) {
            columns.add(position(l));
        }
        columns.addAll(List.of(RANK, RANK_SINCE, ROLE, EMAIL, PHONE, LANGUAGE, GENDER, DIETARY_NEEDS, ACCESSIBILITY_NEEDS));
        return List.copyOf(columns);
    }
}
