package org.forumprotocol.core.memorandum;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A memorandum of understanding between Karaganda Technical University and Kongju National University in up to
 * four languages, for the tests of forum-core and forum-docs.
 */
public final class MemorandumSamples {
    public static final LocalDate SIGNED_ON = LocalDate.of(2025, 9, 18);

    private static final Map<String, String> TITLE = Map.of(
            "kk", "Өзара түсіністік туралы меморандум",
            "ru", "Меморандум о взаимопонимании",
            "en", "Memorandum of Understanding",
            "ko", "양해각서");
    private static final Map<String, String> PLACE = Map.of(
            "kk", "Түркістан", "ru", "Туркестан", "en", "Turkestan", "ko", "투르키스탄");
    private static final Map<String, String> KTU = Map.of(
            "kk", "Әбілқас Сағынов атындағы Қарағанды техникалық университеті",
            "ru", "Карагандинский технический университет имени Абылкаса Сагинова",
            "en", "Abylkas Saginov Karaganda Technical University",
            "ko", "아빌카스 사기노프 카라간다 기술대학교");
    private static final Map<String, String> KTU_RECTOR = Map.of(
            "kk", "Жақсыбаев Ғалым Құрманұлы", "ru", "Жаксыбаев Галым Курманович",
            "en", "Galym Zhaksybayev", "ko", "잭시바예프 갈림");
    private static final Map<String, String> RECTOR = Map.of(
            "kk", "Басқарма төрағасы – ректор", "ru", "Председатель правления – ректор",
            "en", "Chairman of the Board – Rector", "ko", "이사회 의장 겸 총장");
    private static final Map<String, String> KONGJU = Map.of(
            "kk", "Конджу ұлттық университеті", "ru", "Национальный университет Конджу",
            "en", "Kongju National University", "ko", "국립공주대학교");
    private static final Map<String, String> KONGJU_PRESIDENT = Map.of(
            "kk", "Им Гён Хо", "ru", "Им Гён Хо", "en", "Lim Kyung-ho", "ko", "임경호");
    private static final Map<String, String> PRESIDENT = Map.of(
            "kk", "Президент", "ru", "Президент", "en", "President", "ko", "총장");
    private static final Map<String, List<String>> ARTICLES = Map.of(
            "kk", List.of("Тараптар студенттер мен оқытушылар алмасуын дамытады.",
                    "Тараптар бірлескен ғылыми зерттеулер жүргізеді.",
                    "Меморандум қол қойылған күннен бастап бес жыл бойы күшінде болады."),
            "ru", List.of("Стороны развивают обмен студентами и преподавателями.",
                    "Стороны проводят совместные научные исследования.",
                    "Меморандум действует пять лет со дня подписания."),
            "en", List.of("The Parties shall develop the exchange of students and faculty.",
                    "The Parties shall conduct joint research.",
                    "This Memorandum shall remain in force for five years from the date of signing."),
            "ko", List.of("양 당사자는 학생 및 교직원 교류를 발전시킨다.",
                    "양 당사자는 공동 연구를 수행한다.",
                    "본 양해각서는 서명일로부터 5년간 유효하다."));

    private MemorandumSamples() {
    }

    /** The memorandum in the given languages, in that order. */
    public static MemorandumDraft draft(String... languages) {
        List<String> langs = List.of(languages);
        return new MemorandumDraft(only(TITLE, langs), langs,
                List.of(new MemorandumDraft.Party(only(KTU, langs), "KZ", only(KTU_RECTOR, langs), only(RECTOR, langs)),
                        new MemorandumDraft.Party(only(KONGJU, langs), "KR", only(KONGJU_PRESIDENT, langs), only(PRESIDENT, langs))),
                onlyArticles(langs), only(PLACE, langs), SIGNED_ON, null, null, null);
    }

    /** The Russian–Korean memorandum, valid. */
    public static MemorandumContent content(String... languages) {
        return Memoranda.validate(draft(languages));
    }

    /** The draft with article {@code index} of {@code language} replaced. */
    public static MemorandumDraft withArticle(MemorandumDraft d, String language, int index, String text) {
        Map<String, List<String>> articles = new LinkedHashMap<>(d.articles());
        List<String> list = new ArrayList<>(articles.get(language));
        list.set(index, text);
        articles.put(language, list);
        return withArticles(d, articles);
    }

    public static MemorandumDraft withArticles(MemorandumDraft d, Map<String, List<String>> articles) {
        return new MemorandumDraft(d.title(), d.languages(), d.parties(), articles, d.place(), d.signingDate(), d.eventId(),
                d.agendaItemId(), d.expectedVersion());
    }

    /** {@code pdf} with an incremental update appended, as a signature appends one: the earlier bytes unchanged. */
    public static byte[] appended(byte[] pdf, String what) {
        byte[] update = ("\n% incremental update: " + what + "\n%%EOF\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] out = java.util.Arrays.copyOf(pdf, pdf.length + update.length);
        System.arraycopy(update, 0, out, pdf.length, update.length);
        return out;
    }

    private static Map<String, String> only(Map<String, String> all, List<String> langs) {
        Map<String, String> m = new LinkedHashMap<>();
        langs.forEach(l -> m.put(l, all.get(l)));
        return m;
    }

    private static Map<String, List<String>> onlyArticles(List<String> langs) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        langs.forEach(l -> m.put(l, ARTICLES.get(l)));
        return m;
    }
}
