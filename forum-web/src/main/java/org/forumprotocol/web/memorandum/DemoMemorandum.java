package org.forumprotocol.web.memorandum;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.forumprotocol.core.memorandum.Memoranda;
import org.forumprotocol.core.memorandum.Memorandum;
import org.forumprotocol.core.memorandum.MemorandumDraft;
import org.forumprotocol.docs.memorandum.DemoKeys;

/**
 * The demonstration memorandum (FORUM_DEMO=true, with the core's demonstration data on an empty database): Karaganda
 * Technical University and Kongju National University, in Russian and Korean, agreed, signed by both rectors with
 * keys made at start-up, and archived, so that an archivist can search, download and verify at once. It lives here
 * rather than in the core's demonstration data because signing needs forum-docs.
 */
@ApplicationScoped
public class DemoMemorandum {
    private static final Logger LOG = Logger.getLogger(DemoMemorandum.class.getName());

    private Memoranda memoranda;
    private MemorandumDocuments documents;
    private MemorandumSigning signing;
    private Clock clock;

    protected DemoMemorandum() {
    }

    @Inject
    public DemoMemorandum(Memoranda memoranda, MemorandumDocuments documents, MemorandumSigning signing, Clock clock) {
        this.memoranda = memoranda;
        this.documents = documents;
        this.signing = signing;
        this.clock = clock;
    }

    /**
     * Creates, agrees, signs and archives it. A failure is logged and leaves the rest of the demonstration as it is:
     * it must not stop the server.
     */
    public void load() {
        try {
            Memorandum m = memoranda.create(draft());
            documents.agree(m.getId(), null);
            List<DemoKeys.DemoKey> keys = signatoryKeys(clock.instant());
            for (int party = 0; party < keys.size(); party++) {
                signing.sign(m.getId(), party, keys.get(party).pkcs12(), keys.get(party).password().toCharArray(), null);
            }
            memoranda.archive(m.getId(), 25, "PUBLIC");
            LOG.info("Loaded the demonstration memorandum " + m.getId() + " (Karaganda Technical University and Kongju National "
                    + "University, Russian and Korean): agreed, signed by both parties with demonstration keys, archived.");
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "The demonstration memorandum could not be made; the rest of the demonstration data is there", e);
        }
    }

    /** The two rectors' keys, in the parties' order, from one demonstration authority made for this start only. */
    static List<DemoKeys.DemoKey> signatoryKeys(Instant now) {
        DemoKeys authority = DemoKeys.authority("Forum Protocol Demo CA", now, 5);
        return List.of(
                authority.issue("Zhaksybayev Galym", "Abylkas Saginov Karaganda Technical University", "KZ", DemoKeys.Algorithm.EC_P256, 5),
                authority.issue("Lim Kyung-ho", "Kongju National University", "KR", DemoKeys.Algorithm.EC_P256, 5));
    }

    /** The text: two languages side by side, five articles, the rectors as signatories. */
    static MemorandumDraft draft() {
        Map<String, String> title = Map.of(
                "ru", "Меморандум о взаимопонимании между Карагандинским техническим университетом и Национальным университетом Конджу",
                "ko", "카라간다 기술대학교와 국립공주대학교 간 양해각서");
        Map<String, List<String>> articles = new LinkedHashMap<>();
        articles.put("ru", List.of(
                "Стороны развивают академическое сотрудничество в области горного дела, металлургии, машиностроения и "
                        + "информационных технологий.",
                "Стороны ежегодно направляют друг другу до пяти студентов и двух преподавателей для обучения и стажировки; "
                        + "плата за обучение принимающей стороной не взимается.",
                "Стороны проводят совместные научные исследования и публикуют их результаты, указывая обе Стороны.",
                "Каждая Сторона назначает координатора, который ежегодно докладывает о выполнении настоящего Меморандума.",
                "Меморандум вступает в силу со дня подписания и действует пять лет. Он не создаёт финансовых обязательств "
                        + "и может быть изменён по письменному согласию Сторон."));
        articles.put("ko", List.of(
                "양 당사자는 광업, 금속공학, 기계공학 및 정보기술 분야에서 학술 협력을 발전시킨다.",
                "양 당사자는 매년 최대 5명의 학생과 2명의 교직원을 상호 파견하여 수학 및 연수하게 하며, 접수 기관은 수업료를 "
                        + "징수하지 아니한다.",
                "양 당사자는 공동 연구를 수행하고 그 결과를 양 당사자의 이름으로 발표한다.",
                "각 당사자는 조정관을 지정하며, 조정관은 본 양해각서의 이행에 관하여 매년 보고한다.",
                "본 양해각서는 서명한 날부터 효력이 발생하며 5년간 유효하다. 본 양해각서는 재정적 의무를 발생시키지 아니하며 "
                        + "양 당사자의 서면 합의로 변경할 수 있다."));
        List<MemorandumDraft.Party> parties = List.of(
                new MemorandumDraft.Party(
                        Map.of("ru", "Карагандинский технический университет имени Абылкаса Сагинова",
                                "ko", "아빌카스 사기노프 카라간다 기술대학교"),
                        "KZ", Map.of("ru", "Жаксыбаев Галым Курманович", "ko", "잭시바예프 갈림"),
                        Map.of("ru", "Председатель правления – ректор", "ko", "이사회 의장 겸 총장")),
                new MemorandumDraft.Party(
                        Map.of("ru", "Национальный университет Конджу", "ko", "국립공주대학교"),
                        "KR", Map.of("ru", "Им Гён Хо", "ko", "임경호"), Map.of("ru", "Президент", "ko", "총장")));
        return new MemorandumDraft(title, List.of("ru", "ko"), parties, articles, Map.of("ru", "Туркестан", "ko", "투르키스탄"),
                LocalDate.of(2025, 9, 18), null, null, null);
    }
}
