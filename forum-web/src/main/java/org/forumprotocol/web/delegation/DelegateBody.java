package org.forumprotocol.web.delegation;

import java.util.LinkedHashMap;
import java.util.Map;

import org.forumprotocol.core.FieldChecks;
import org.forumprotocol.core.delegation.DelegateDetails;
import org.forumprotocol.web.rest.Inputs;

/** The JSON of a delegate as clients send it. */
public class DelegateBody {
    /** One written form of the name. */
    public static class Name {
        public String family;
        public String given;
        public Boolean familyFirst;
    }

    public Map<String, Name> name;
    public Map<String, String> position;
    public Map<String, String> formOfAddress;
    public String gender;
    public String rank;
    public String rankSince;
    public Boolean head;
    public String role;
    public String email;
    public String phone;
    public String language;
    public String dietaryNeeds;
    public String accessibilityNeeds;
    public Long version;

    DelegateDetails details() {
        FieldChecks checks = new FieldChecks();
        var since = Inputs.date(checks, "rankSince", rankSince);
        checks.throwIfAny("The delegate cannot be saved");
        Map<String, DelegateDetails.NameDetails> names = new LinkedHashMap<>();
        if (name != null) {
            name.forEach((code, n) -> names.put(code, n == null ? null : new DelegateDetails.NameDetails(n.family, n.given, n.familyFirst)));
        }
        return new DelegateDetails(names, position, formOfAddress, gender, rank, since, head, role, email, phone, language,
                dietaryNeeds, accessibilityNeeds, version);
    }
}
