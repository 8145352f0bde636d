package org.regionalcoop;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class ModularityTest {

    /**
     * The module diagrams as committed; ProcessBeanReferencesTest keeps the BPMN inside these edges. The module
     * canvases are left out: the documenter lists their beans and events in no fixed order.
     */
    private static final Path COMMITTED = Path.of("docs", "modules");
    private static final Path GENERATED = Path.of("target", "spring-modulith-docs");

    private final ApplicationModules modules = ApplicationModules.of(PlatformApplication.class);

    @Test
    void modulesOnlyUseEachOthersPublicApi() {
        modules.verify();
    }

    @Test
    void theCommittedModuleDocumentationIsTheOneTheCodeGenerates() throws IOException {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(GENERATED.toString()))
                .writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();

        List<String> generated = files(GENERATED);
        assertThat(files(COMMITTED)).as(outOfDate()).isEqualTo(generated);
        for (String file : generated) {
            assertThat(lines(COMMITTED.resolve(file))).as(outOfDate() + " (" + file + ")")
                    .isEqualTo(lines(GENERATED.resolve(file)));
        }
    }

    private static List<String> files(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    /** Sorted, since the documenter writes a diagram's relations in no fixed order. */
    private static List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file).stream().sorted().toList();
    }

    private static String outOfDate() {
        return "docs/modules is out of date: run ./mvnw test -Dtest=ModularityTest -Dprocess.coverage.enforce=false, "
                + "then rm -r docs/modules && cp -r target/spring-modulith-docs docs/modules, and commit it";
    }
}
