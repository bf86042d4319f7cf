package org.forumprotocol.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The README's configuration table is the operator's reference: it must list exactly the known variables. */
class ReadmeConfigurationTest {

    @Test
    void readmeListsEveryVariableAndNoOther() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        Matcher rows = Pattern.compile("(?m)^\\| `(FORUM_[A-Z_]+)` \\|").matcher(readme);
        Set<String> documented = new java.util.TreeSet<>();
        while (rows.find()) {
            documented.add(rows.group(1));
        }
        Set<String> known = Arrays.stream(Setting.values()).map(Enum::name).collect(Collectors.toCollection(java.util.TreeSet::new));
        assertThat(documented).isEqualTo(known);
    }
}
