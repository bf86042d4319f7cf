package org.forumprotocol.docs.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.List;

import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

import org.forumprotocol.core.agenda.AgendaChange;
import org.forumprotocol.core.agenda.AgendaDiff;
import org.forumprotocol.core.agenda.Visibility;
import org.forumprotocol.core.i18n.Language;
import org.junit.jupiter.api.Test;

/** The benchmark's programme is what its figures claim, so that they keep measuring that (benchmarks never run here). */
class AgendaBenchmarkTest {

    @Test
    void theBenchmarkedReleaseChangesTenItemsAndRemovesTwo() throws Exception {
        AgendaBenchmark.Programme p = new AgendaBenchmark.Programme();
        p.build();

        List<AgendaChange> changes = AgendaDiff.changes(p.first, p.second);
        assertThat(changes).filteredOn(c -> c.kind() == AgendaChange.Kind.CHANGED).hasSize(AgendaBenchmark.CHANGED);
        assertThat(changes).filteredOn(c -> c.kind() == AgendaChange.Kind.REMOVED).hasSize(AgendaBenchmark.REMOVED);
        assertThat(p.first.stream().map(i -> i.startsAt().toLocalDate()).distinct()).hasSize(AgendaBenchmark.DAYS);

        List<VEvent> whole = ProgrammeCalendarTest.parse(bytes(o -> p.calendar.writeProgramme(p.second,
                Visibility.DELEGATES, Language.RU, p.names::get, o))).getComponents(Component.VEVENT);
        assertThat(whole).hasSize(AgendaBenchmark.ITEMS - 4);
        assertThat(whole).filteredOn(e -> e.getRequiredProperty(Property.STATUS).getValue().equals("CANCELLED"))
                .hasSize(AgendaBenchmark.REMOVED);
        assertThat(new AgendaBenchmark().wholeProgrammeIcs(p)).isGreaterThan(50_000);

        List<VEvent> personal = ProgrammeCalendarTest.parse(bytes(o -> p.calendar.writePersonalProgramme(p.second,
                AgendaBenchmark.DELEGATE, AgendaBenchmark.delegationOf(AgendaBenchmark.DELEGATE), null, Language.KK,
                p.names::get, o))).getComponents(Component.VEVENT);
        assertThat(personal).isNotEmpty().hasSizeLessThan(whole.size());
        assertThat(new AgendaBenchmark().personalProgrammeIcs(p)).isPositive();
    }

    private interface Writing {
        void to(ByteArrayOutputStream out) throws Exception;
    }

    private static byte[] bytes(Writing writing) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writing.to(out);
        return out.toByteArray();
    }
}
