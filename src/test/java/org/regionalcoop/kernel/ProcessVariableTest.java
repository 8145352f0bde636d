package org.regionalcoop.kernel;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.regionalcoop.kernel.ProcessVariable.*;

/**
 * Process variables are read and written only through their typed declarations: the platform's code calls the
 * engine's single-variable accessors nowhere but in {@link ProcessVariable}, and no source casts what the engine
 * returns for a variable.
 */
class ProcessVariableTest {

    /** The engine's accessors of one variable by name; maps of all a form's values are the form engine's own. */
    private static final Set<String> ACCESSORS = Set.of("getVariable", "getVariableLocal", "getVariableTyped",
            "getVariableLocalTyped", "setVariable", "setVariableLocal", "removeVariable", "removeVariableLocal");

    /** A cast applied to an engine read, e.g. {@code (String) execution.getVariable(...)}. */
    private static final Pattern CAST_OF_READ = Pattern.compile(
            "\\(\\s*[A-Z][\\w.]*(?:<[^()]*>)?(?:\\[])?\\s*\\)\\s*[\\w.]+(?:\\([^()]*\\)[\\w.]*)*\\.getVariable\\w*\\(");

    @Test
    void theEngineIsAskedForOneVariableOnlyThroughItsDeclaration() {
        JavaClasses platform = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.regionalcoop");
        List<String> calls = new ArrayList<>();
        platform.stream().filter(type -> !type.isEquivalentTo(ProcessVariable.class)
                        && !type.getName().startsWith(ProcessVariable.class.getName() + "$"))
                .flatMap(type -> type.getMethodCallsFromSelf().stream())
                .filter(ProcessVariableTest::isEngineVariableAccess)
                .forEach(call -> calls.add(call.getDescription()));
        assertThat(calls).as("read and write each variable through its ProcessVariable declaration").isEmpty();
    }

    @Test
    void noSourceCastsAVariableItReadFromTheEngine() throws IOException {
        List<String> casts = new ArrayList<>();
        for (Path root : List.of(Path.of("src/main/java"), Path.of("src/test/java"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(path -> path.toString().endsWith(".java")
                        && !path.endsWith("kernel/ProcessVariableTest.java")).toList()) {
                    String source = Files.readString(file).replaceAll("\\s+", " ");
                    Matcher cast = CAST_OF_READ.matcher(source);
                    while (cast.find()) {
                        casts.add(file + ": " + cast.group());
                    }
                }
            }
        }
        assertThat(casts).as("declare the variable's type once (kernel.ProcessVariable) instead of casting").isEmpty();
    }

    /** This test's own examples of what the scan finds are the one source it skips. */
    @Test
    void theScanRecognisesACast() {
        assertThat(CAST_OF_READ.matcher("int round = (Integer) runtime.getVariable(id, \"round\");").find()).isTrue();
        assertThat(CAST_OF_READ.matcher("x((String) task.getExecution().getVariableLocal(\"hash\"))").find()).isTrue();
        assertThat(CAST_OF_READ.matcher("(Map<String, Object>) execution.getVariable(NAME)").find()).isTrue();
        assertThat(CAST_OF_READ.matcher("VAR_ROUND.from(execution).get()").find()).isFalse();
    }

    @Test
    void eachTypeIsStoredAsTheModelsAndFormsReadItAndReadBackTyped() {
        Map<String, Object> stored = variables()
                .set(AgreementId.VARIABLE, AgreementId.of("6f1c1b8e-3f7a-4d5e-9b61-0c1d2e3f4a5b"))
                .set(moneyVariable("amount"), Money.of("1250000.5"))
                .set(instantVariable("periodEnd"), Instant.parse("2028-01-01T00:00:00Z"))
                .set(durationVariable("roundDuration"), Duration.ofDays(14))
                .set(listVariable("grantIds", AgreementId::of), List.of(AgreementId.of("6f1c1b8e-3f7a-4d5e-9b61-0c1d2e3f4a5b")))
                .build();
        assertThat(stored).containsEntry("agreementId", "6f1c1b8e-3f7a-4d5e-9b61-0c1d2e3f4a5b")
                .containsEntry("amount", "1250000.50")
                .containsEntry("periodEnd", "2028-01-01T00:00:00Z")
                .containsEntry("roundDuration", "PT336H")
                .containsEntry("grantIds", List.of("6f1c1b8e-3f7a-4d5e-9b61-0c1d2e3f4a5b"));
        assertThat(moneyVariable("amount").from(stored).get()).isEqualTo(Money.of("1250000.50"));
        assertThat(durationVariable("roundDuration").from(stored).get()).isEqualTo(Duration.ofDays(14));

        Map<String, Object> form = Variables.createVariables().putValue("actualCost", 120.5).putValue("confirmed", "true")
                .putValue("round", 2L);
        assertThat(stringVariable("actualCost").from(form).get()).as("a form's number field, as text").isEqualTo("120.5");
        assertThat(booleanVariable("confirmed").from(form).get()).isTrue();
        assertThat(integerVariable("round").from(form).get()).isEqualTo(2);
        assertThat(stringVariable("reason").from(form).getOptional()).isEmpty();
        assertThatThrownBy(() -> stringVariable("reason").from(form).get()).hasMessageContaining("'reason' is not set");
    }

    private static boolean isEngineVariableAccess(JavaMethodCall call) {
        return ACCESSORS.contains(call.getName()) && Stream.of(VariableScope.class, RuntimeService.class, TaskService.class)
                .anyMatch(engine -> call.getTargetOwner().isAssignableTo(engine));
    }
}
