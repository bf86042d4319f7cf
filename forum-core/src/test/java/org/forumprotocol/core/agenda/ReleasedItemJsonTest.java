package org.forumprotocol.core.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.forumprotocol.core.i18n.Language;
import org.forumprotocol.core.i18n.LocalizedText;
import org.junit.jupiter.api.Test;

class ReleasedItemJsonTest {
    private static final LocalDateTime START = LocalDateTime.of(2025, 9, 18, 14, 30);

    private static LocalizedText texts(String kk, String ko) {
        Map<Language, String> m = new EnumMap<>(Language.class);
        m.put(Language.KK, kk);
        m.put(Language.KO, ko);
        return LocalizedText.of(m);
    }

    @Test
    void everyPartOfAnItemSurvivesTheRoundTripWithKazakhLettersAndHangul() {
        ReleasedItem item = new ReleasedItem("5f0c3c1e-8a7e-4d55-9d2b-1c7b2b3f4a10", 3, true, AgendaItemKind.BILATERAL_MEETING,
                START, START.plusMinutes(45), texts("Екіжақты кездесу: әғқңөұүһі", "양자 회담"),
                texts("Сипаттама \"тырнақшада\"\nекі жол", "설명"), 42L, texts("Әкімдік", "청사"), texts("Түркістан қ.", "투르키스탄"),
                texts("№ 2 зал", "제2회의실"), List.of(1L, 2L), List.of(11L, 12L), List.of(13L), Language.KO,
                List.of(Language.KK, Language.RU), "Іскерлік ресми", Visibility.PUBLIC);

        String json = ReleasedItemJson.write(item);
        ReleasedItem back = ReleasedItemJson.read(item.uid(), item.sequence(), item.cancelled(), item.startsAt(), item.endsAt(), json);

        assertThat(back).isEqualTo(item);
        assertThat(json).contains("әғқңөұүһі").contains("양자 회담").doesNotContain("uid").doesNotContain("sequence");
    }

    @Test
    void absentOptionalPartsStayAbsentAndUnknownMembersAreIgnored() {
        ReleasedItem item = new ReleasedItem("u-1", 0, false, AgendaItemKind.MEAL, START, START.plusHours(1),
                texts("Түскі ас", null), LocalizedText.empty(), null, LocalizedText.empty(), LocalizedText.empty(),
                LocalizedText.empty(), List.of(), List.of(), List.of(), null, List.of(), null, Visibility.DELEGATES);

        String json = ReleasedItemJson.write(item);
        assertThat(ReleasedItemJson.read("u-1", 0, false, START, START.plusHours(1), json)).isEqualTo(item);

        // A member a later version adds, and lists a newer version left out, do not stop older code reading it.
        String newer = "{\"kind\":\"MEAL\",\"visibility\":\"DELEGATES\",\"title\":{\"kk\":\"Түскі ас\"},\"futureMember\":1}";
        assertThat(ReleasedItemJson.read("u-1", 0, false, START, START.plusHours(1), newer)).isEqualTo(item);
    }
}
