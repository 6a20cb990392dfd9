package app.loadwise.server.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The module diagram in docs/architecture.md is the one drawn from {@link ModuleMap}. After changing the map, run
 * this test with {@code -Dloadwise.docs.write=true} to write the new diagram into the document.
 */
class ModuleDiagramTest {

    private static final Path DOCUMENT = Path.of("../../docs/architecture.md");
    private static final String START = "<!-- module diagram: drawn from ModuleMap by ModuleDiagramTest -->";
    private static final String END = "<!-- end of module diagram -->";

    static String diagram() {
        StringBuilder text = new StringBuilder("```mermaid\nflowchart LR\n");
        text.append("  web[\"web<br/>the browser app (Vue 3, Vite, ECharts); calls only /api/v1\"]\n");
        for (ModuleMap module : ModuleMap.values()) {
            text.append("  ").append(module.packageName()).append("[\"").append(module.mavenModule()).append("<br/>")
                    .append(module.purpose()).append("\"]\n");
        }
        text.append("  ").append(ModuleMap.APP.packageName()).append(" -. serves .-> web\n");
        for (ModuleMap module : ModuleMap.values()) {
            for (ModuleMap used : module.uses()) {
                text.append("  ").append(module.packageName()).append(" --> ").append(used.packageName()).append('\n');
            }
        }
        return text.append("```\n").toString();
    }

    @Test
    void theDocumentShowsTheDeclaredModules() throws IOException {
        String document = Files.readString(DOCUMENT, StandardCharsets.UTF_8);
        int start = document.indexOf(START);
        int end = document.indexOf(END);
        assertThat(start).as("docs/architecture.md has the line " + START).isNotNegative();
        assertThat(end).as("docs/architecture.md has the line " + END).isGreaterThan(start);
        String expected = START + "\n" + diagram() + END;
        String written = document.substring(start, end + END.length());
        if (!written.equals(expected) && Boolean.getBoolean("loadwise.docs.write")) {
            Files.writeString(DOCUMENT, document.replace(written, expected), StandardCharsets.UTF_8);
            written = expected;
        }
        assertThat(written).as("the module diagram in docs/architecture.md; run ModuleDiagramTest with "
                + "-Dloadwise.docs.write=true to write it").isEqualTo(expected);
    }
}
