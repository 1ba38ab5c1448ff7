package com.loopin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModuleDependency;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.DependencyType;
import org.springframework.modulith.docs.Documenter;

/**
 * The module graph as declared ({@code allowedDependencies} in every {@code package-info.java}) is the graph the
 * code has, and docs/architecture.md shows it. Update the document's diagram with {@code
 * -Darchitecture.update=true} after a deliberate change.
 */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(LoopinApplication.class);
    static final Path ARCHITECTURE = Path.of("docs/architecture.md");
    /** Left out of the drawing: the kernel and database access, which every module uses. */
    static final java.util.Set<String> EVERYONE_USES = java.util.Set.of("shared", "database");

    static final String BEGIN = "```mermaid\n";
    static final String END = "```\n<!-- end of generated module graph -->";

    @Test
    void modulesHaveNoCyclesUseOnlyEachOthersPublicApiAndOnlyTheDependenciesTheyDeclare() {
        MODULES.verify();
    }

    @Test
    void writesADiagramOfEveryModuleUnderTarget() throws IOException {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("target/spring-modulith-docs"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        String components = Files.readString(Path.of("target/spring-modulith-docs/components.puml"));
        MODULES.forEach(module -> {
            assertThat(components)
                    .as("the whole diagram shows " + module.getName())
                    .contains(module.getDisplayName());
            assertThat(Path.of("target/spring-modulith-docs/module-" + module.getName() + ".puml"))
                    .as("a diagram of its own for " + module.getName())
                    .exists();
        });
    }

    @Test
    void theArchitectureDocumentShowsTheModuleGraphTheCodeHas() throws IOException {
        String document = Files.readString(ARCHITECTURE);
        int begin = document.indexOf(BEGIN);
        int end = document.indexOf(END);
        assertThat(begin).as("docs/architecture.md holds the generated graph").isNotNegative();
        String current = mermaid();
        if (Boolean.getBoolean("architecture.update")) {
            Files.writeString(
                    ARCHITECTURE, document.substring(0, begin + BEGIN.length()) + current + document.substring(end));
            return;
        }
        assertThat(document.substring(begin + BEGIN.length(), end))
                .as("the module graph changed: rerun with -Darchitecture.update=true and explain the change")
                .isEqualTo(current);
    }

    /** Modules and their direct dependencies; the kernel and database access, which every module uses, are left out. */
    static String mermaid() {
        var modules = MODULES.stream()
                .filter(module -> !EVERYONE_USES.contains(module.getName()))
                .sorted(Comparator.comparing(ApplicationModule::getName))
                .toList();
        var lines = new StringBuilder("flowchart LR\n");
        for (ApplicationModule module : modules) {
            lines.append("    ")
                    .append(module.getName())
                    .append("[\"")
                    .append(module.getDisplayName())
                    .append("\"]\n");
        }
        for (ApplicationModule module : modules) {
            var targets = module.getDirectDependencies(MODULES).stream()
                    .filter(dependency ->
                            !EVERYONE_USES.contains(dependency.getTargetModule().getName()))
                    .collect(Collectors.groupingBy(
                            dependency -> dependency.getTargetModule().getName(),
                            java.util.TreeMap::new,
                            Collectors.mapping(ApplicationModuleDependency::getDependencyType, Collectors.toSet())));
            targets.forEach((target, types) -> {
                if (!types.equals(java.util.Set.of(DependencyType.EVENT_LISTENER))) {
                    lines.append("    ")
                            .append(module.getName())
                            .append(" --> ")
                            .append(target)
                            .append('\n');
                }
                if (types.contains(DependencyType.EVENT_LISTENER)) {
                    lines.append("    ")
                            .append(module.getName())
                            .append(" -. listens to .-> ")
                            .append(target)
                            .append('\n');
                }
            });
        }
        return lines.toString();
    }
}
