package org.forumprotocol.web.delegation;

import static org.assertj.core.api.Assertions.assertThat;

import org.forumprotocol.core.delegation.DelegateRole;
import org.junit.jupiter.api.Test;

class MemberFormTest {

    @Test
    void theFirstMemberIsProposedAsHead() {
        assertThat(MemberForm.blank(true).getRole()).isEqualTo(DelegateRole.HEAD);
        assertThat(MemberForm.blank(false).getRole()).isEqualTo(DelegateRole.MEMBER);
    }

    @Test
    void familyNameFirstDefaultsPerLanguage() {
        MemberForm form = MemberForm.blank(false);
        assertThat(form.getNames().get("ko").isFamilyFirst()).isTrue();
        assertThat(form.getNames().get("kk").isFamilyFirst()).isTrue();
        assertThat(form.getNames().get("en").isFamilyFirst()).isFalse();
    }

    @Test
    void aHangulNameSuggestsLatinAndConfirmingCopiesIt() {
        MemberForm form = MemberForm.blank(true);
        form.getNames().get("ko").setFamily("조");
        form.getNames().get("ko").setGiven("태익");
        assertThat(form.suggestion("ko")).isEmpty();
        MemberForm.Suggestion en = form.suggestion("en").orElseThrow();
        assertThat(en.family()).isEqualTo("Jo");
        form.confirm("en");
        assertThat(form.getNames().get("en").getFamily()).isEqualTo("Jo");
        assertThat(form.suggestion("en")).isEmpty();
        assertThat(form.details().names()).containsOnlyKeys("ko", "en");
    }

    @Test
    void blankTextsAreNotSent() {
        MemberForm form = MemberForm.blank(false);
        form.getNames().get("ru").setFamily("Ю");
        form.getPosition().put("kk", "  ");
        form.getPosition().put("ru", "Генеральный секретарь");
        assertThat(form.details().position()).containsOnlyKeys("ru");
        assertThat(form.details().expectedVersion()).isNull();
    }
}
