package org.forumprotocol.core.agenda;

import java.util.List;

/** An item of the programme with what is wrong with it, as the agenda shows it. */
public record AgendaEntry(AgendaItem item, List<AgendaWarning> warnings) {

    public List<AgendaWarning.Code> warningCodes() {
        return warnings.stream().map(AgendaWarning::code).toList();
    }
}
