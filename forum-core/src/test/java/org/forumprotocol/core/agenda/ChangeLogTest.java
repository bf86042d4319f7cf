package org.forumprotocol.core.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.forumprotocol.core.agenda.AgendaChange.Aspect;
import org.forumprotocol.core.agenda.AgendaChange.Kind;
import org.forumprotocol.core.i18n.Language;
import org.forumprotocol.core.i18n.LocalizedText;
import org.junit.jupiter.api.Test;

/** The change log's sentences in the four working languages, with the names and dates each language writes. */
class ChangeLogTest {
    private static final LocalDateTime TEN = LocalDateTime.of(2025, 9, 18, 10, 0);
    private static final long AKIM = 12;
    private static final long JO = 11;
    private static final Map<Long, Map<Language, String>> NAMES = Map.of(
            AKIM, Map.of(Language.KK, "Көшеров Нұралхан", Language.RU, "Кушеров Нуралхан", Language.EN, "Nuralkhan Kusherov",
                    Language.KO, "쿠셰로프 누랄한"),
            JO, Map.of(Language.KK, "Чжо Тэ Ик", Language.RU, "Чжо Тэ Ик", Language.EN, "Jo Tae-ik", Language.KO, "조태익"));

    private static LocalizedText all(String kk, String ru, String en, String ko) {
        Map<Language, String> m = new EnumMap<>(Language.class);
        m.put(Language.KK, kk);
        m.put(Language.RU, ru);
        m.put(Language.EN, en);
        m.put(Language.KO, ko);
        return LocalizedText.of(m);
    }

    private static final LocalizedText OPENING = all("Форумның ашылуы", "Открытие форума", "Opening of the forum", "포럼 개막식");
    private static final LocalizedText HALL = all("Конгресс-холл", "Конгресс-холл", "Congress Hall", "컨벤션 홀");
    private static final LocalizedText CAMPUS = all("Вусонг университетінің кампусы", "Кампус университета Вусонг",
            "Woosong University campus", "우송대학교 캠퍼스");

    private static ReleasedItem item(LocalDateTime start, int minutes, LocalizedText title, LocalizedText venue, List<Long> speakers) {
        return new ReleasedItem("uid-1", 0, false, AgendaItemKind.PLENARY, start, start.plusMinutes(minutes), title,
                LocalizedText.empty(), 1L, venue, LocalizedText.empty(), LocalizedText.empty(), List.of(), speakers, List.of(),
                null, List.of(), null, Visibility.PUBLIC);
    }

    private static final ReleasedItem BEFORE = item(TEN, 90, OPENING, HALL, List.of(AKIM));

    private static ChangeLog log(Language language) {
        return new ChangeLog(language, Language.KK, id -> NAMES.getOrDefault(id, Map.of()).get(language));
    }

    private static AgendaChange changed(ReleasedItem after, Aspect... aspects) {
        return new AgendaChange(Kind.CHANGED, BEFORE, after.withSequence(1), Set.of(aspects));
    }

    private static final AgendaChange MOVED = changed(item(TEN.plusHours(1), 90, OPENING, HALL, List.of(AKIM)), Aspect.TIME);

    @Test
    void aMovedItemInEachWorkingLanguage() {
        assertThat(log(Language.RU).sentence(MOVED))
                .isEqualTo("Перенесено: «Открытие форума», 18.09 10:00–11:30 → 18.09 11:00–12:30");
        assertThat(log(Language.KK).sentence(MOVED))
                .isEqualTo("Уақыты ауыстырылды: «Форумның ашылуы», 18.09 10:00–11:30 → 18.09 11:00–12:30");
        assertThat(log(Language.EN).sentence(MOVED))
                .isEqualTo("Moved: “Opening of the forum”, 18 Sep 10:00–11:30 → 18 Sep 11:00–12:30");
        assertThat(log(Language.KO).sentence(MOVED))
                .isEqualTo("일정 변경: 「포럼 개막식」, 9월 18일 10:00–11:30 → 9월 18일 11:00–12:30");
    }

    @Test
    void kazakhSentencesForEveryKindOfChange() {
        ChangeLog kk = log(Language.KK);
        assertThat(kk.sentence(new AgendaChange(Kind.ADDED, null, BEFORE, Set.of())))
                .isEqualTo("Қосылды: «Форумның ашылуы», 18.09 10:00–11:30, Конгресс-холл");
        assertThat(kk.sentence(new AgendaChange(Kind.REMOVED, BEFORE, BEFORE.cancelledLater(), Set.of())))
                .isEqualTo("Бағдарламадан алынды: «Форумның ашылуы», 18.09 10:00–11:30");
        assertThat(kk.sentence(changed(item(TEN, 90, OPENING, CAMPUS, List.of(AKIM)), Aspect.PLACE)))
                .isEqualTo("Өтетін орны өзгерді: «Форумның ашылуы», Конгресс-холл → Вусонг университетінің кампусы");
        assertThat(kk.sentence(changed(item(TEN, 90, OPENING, HALL, List.of(AKIM, JO)), Aspect.SPEAKERS)))
                .isEqualTo("Сөз сөйлейтіндер құрамы өзгерді: «Форумның ашылуы», Көшеров Нұралхан → Көшеров Нұралхан, Чжо Тэ Ик");
        LocalizedText renamed = all("Форумның салтанатты ашылуы", "Торжественное открытие форума", null, null);
        assertThat(kk.sentence(changed(item(TEN, 90, renamed, HALL, List.of(AKIM)), Aspect.TITLE)))
                .isEqualTo("Атауы өзгерді: «Форумның ашылуы» → «Форумның салтанатты ашылуы»");
        assertThat(kk.sentence(changed(BEFORE, Aspect.DETAILS))).isEqualTo("Мәліметтері нақтыланды: «Форумның ашылуы»");
    }

    @Test
    void koreanSentencesNameSpeakersInHangulAndFallBackToTheHostLanguageForMissingTexts() {
        ChangeLog ko = log(Language.KO);
        assertThat(ko.sentence(changed(item(TEN, 90, OPENING, HALL, List.of(JO, AKIM)), Aspect.SPEAKERS)))
                .isEqualTo("발표자 변경: 「포럼 개막식」, 쿠셰로프 누랄한 → 조태익, 쿠셰로프 누랄한");
        assertThat(ko.sentence(new AgendaChange(Kind.REMOVED, BEFORE, BEFORE.cancelledLater(), Set.of())))
                .isEqualTo("취소: 「포럼 개막식」, 9월 18일 10:00–11:30");
        // No Korean title: the host language's (Kazakh) is shown rather than nothing.
        LocalizedText kazakhOnly = all("Мәдени бағдарлама", null, null, null);
        ReleasedItem cultural = item(TEN.plusHours(9), 120, kazakhOnly, LocalizedText.empty(), List.of());
        assertThat(ko.sentence(new AgendaChange(Kind.ADDED, null, cultural, Set.of())))
                .isEqualTo("추가: 「Мәдени бағдарлама」, 9월 18일 19:00–21:00");
    }

    @Test
    void aChangeOfSeveralAspectsIsOneLineAndAnUnknownSpeakerIsSaidToBeSo() {
        ReleasedItem after = item(TEN.plusDays(1), 60, OPENING, CAMPUS, List.of(99L));
        AgendaChange change = changed(after, Aspect.TIME, Aspect.PLACE, Aspect.SPEAKERS);

        assertThat(log(Language.RU).sentences(change)).containsExactly(
                "Перенесено: «Открытие форума», 18.09 10:00–11:30 → 19.09 10:00–11:00",
                "Изменено место: «Открытие форума», Конгресс-холл → Кампус университета Вусонг",
                "Изменён состав выступающих: «Открытие форума», Кушеров Нуралхан → участник, исключённый из списка");
        assertThat(log(Language.RU).lines(List.of(change, MOVED))).hasSize(2)
                .first().asString().contains("; Изменено место");
    }

    @Test
    void anItemOverMidnightAndATitleThatLooksLikeAPlaceholder() {
        ReleasedItem late = item(TEN.plusHours(12), 180, all("{to} ночная программа", "{to} ночная программа", null, null),
                LocalizedText.empty(), List.of());
        assertThat(log(Language.RU).sentence(new AgendaChange(Kind.ADDED, null, late, Set.of())))
                .isEqualTo("Добавлено: «{to} ночная программа», 18.09 22:00 – 19.09 01:00");
    }
}
