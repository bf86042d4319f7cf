package org.forumprotocol.web.agenda;

import java.util.Map;

/** The JSON of an item's minutes as an officer sends them: texts per language code. */
public class MinutesBody {
    public Map<String, String> topics;
    public Map<String, String> agreements;
}
