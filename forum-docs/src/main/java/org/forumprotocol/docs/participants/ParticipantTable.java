package org.forumprotocol.docs.participants;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.forumprotocol.core.delegation.Delegate;
import org.forumprotocol.core.delegation.Delegation;
import org.forumprotocol.core.delegation.Gender;
import org.forumprotocol.core.delegation.Participant;
import org.forumprotocol.core.delegation.ParticipantColumns;
import org.forumprotocol.core.delegation.PersonName;
import org.forumprotocol.core.i18n.Language;

/** The cells of a participant file, before they are written as XLSX or CSV. */
final class ParticipantTable {
    private ParticipantTable() {
    }

    /**
     * The list as {@code participants} has it (language and order chosen there): first the place in the list
     * and the name in the list's language, then every column the import reads, from the stored data.
     */
    static List<List<String>> export(List<Participant> participants, List<Delegate> delegates) {
        Map<Long, Delegate> byId = new HashMap<>();
        delegates.forEach(d -> byId.put(d.getId(), d));
        List<List<String>> rows = new ArrayList<>(participants.size() + 1);
        List<String> header = new ArrayList<>(List.of(ParticipantColumns.NO, ParticipantColumns.NAME));
        header.addAll(ParticipantColumns.IMPORTED);
        rows.add(header);
        int place = 0;
        for (Participant p : participants) {
            Delegate d = byId.get(p.id());
            if (d == null) {
                throw new IllegalArgumentException("participant " + p.id() + " is not among the delegates given");
            }
            List<String> row = new ArrayList<>(header.size());
            row.add(String.valueOf(++place));
            row.add(p.displayName());
            row.addAll(columns(d));
            rows.add(row);
        }
        return rows;
    }

    /** The cells of {@link ParticipantColumns#IMPORTED} for one delegate. */
    private static List<String> columns(Delegate d) {
        Delegation delegation = d.getDelegation();
        List<String> row = new ArrayList<>(ParticipantColumns.IMPORTED.size());
        row.add(delegation.getCountry());
        for (Language l : Language.values()) {
            row.add(delegation.getName().get(l).orElse(""));
        }
        Map<Language, PersonName> names = d.getNames();
        for (Language l : Language.values()) {
            PersonName n = names.get(l);
            row.add(n == null ? "" : n.family());
            row.add(n == null ? "" : n.given());
        }
        for (Language l : Language.values()) {
            row.add(d.getPosition().get(l).orElse(""));
        }
        row.add(d.getRank() == null ? "" : d.getRank().name());
        row.add(d.getRankSince() == null ? "" : d.getRankSince().toString());
        row.add(d.getRole().name());
        row.add(nonNull(d.getEmail()));
        row.add(nonNull(d.getPhone()));
        row.add(d.getLanguage().map(Language::code).orElse(""));
        row.add(d.getGender() == null || d.getGender() == Gender.UNSPECIFIED ? "" : d.getGender().name());
        row.add(nonNull(d.getDietaryNeeds()));
        row.add(nonNull(d.getAccessibilityNeeds()));
        return row;
    }

    /** The template: the columns, and one example row (the ambassador of Korea from the Turkestan forum). */
    static List<List<String>> template() {
        Map<String, String> example = new HashMap<>();
        example.put(ParticipantColumns.COUNTRY, "KR");
        example.put("delegation_kk", "Корея Республикасының делегациясы");
        example.put("delegation_ru", "Делегация Республики Корея");
        example.put("delegation_en", "Delegation of the Republic of Korea");
        example.put("delegation_ko", "대한민국 대표단");
        example.put("family_kk", "Чжо");
        example.put("given_kk", "Тэ Ик");
        example.put("family_ru", "Чжо");
        example.put("given_ru", "Тэ Ик");
        example.put("family_en", "Jo");
        example.put("given_en", "Tae-ik");
        example.put("family_ko", "조");
        example.put("given_ko", "태익");
        example.put("position_kk", "Корея Республикасының Қазақстан Республикасындағы Төтенше және Өкілетті Елшісі");
        example.put("position_ru", "Чрезвычайный и Полномочный Посол Республики Корея в Республике Казахстан");
        example.put("position_en", "Ambassador Extraordinary and Plenipotentiary of the Republic of Korea to the Republic of Kazakhstan");
        example.put("position_ko", "주카자흐스탄 대한민국 특명전권대사");
        example.put(ParticipantColumns.RANK, "AMBASSADOR");
        example.put(ParticipantColumns.RANK_SINCE, "2023-05-10");
        example.put(ParticipantColumns.ROLE, "HEAD");
        example.put(ParticipantColumns.EMAIL, "ambassador@example.kr");
        example.put(ParticipantColumns.LANGUAGE, "ko");
        example.put(ParticipantColumns.GENDER, "MALE");
        List<String> row = ParticipantColumns.IMPORTED.stream().map(c -> example.getOrDefault(c, "")).toList();
        return List.of(ParticipantColumns.IMPORTED, row);
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
