package org.forumprotocol.core.config;

import java.util.List;

/** Configuration that cannot work; the message names every offending variable. */
public class ConfigurationException extends RuntimeException {
    private final List<String> problems;

    public ConfigurationException(List<String> problems) {
        super("Forum Protocol cannot start with this configuration:\n  - " + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    public ConfigurationException(Setting setting, String problem) {
        this(List.of(setting.name() + ": " + problem));
    }

    public List<String> problems() {
        return problems;
    }
}
