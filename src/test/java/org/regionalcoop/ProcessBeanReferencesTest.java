package org.regionalcoop;

import com.tngtech.archunit.core.domain.JavaClass;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.util.ClassUtils;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Module boundaries that Java's imports cannot show: a process may call, in its expressions, only beans of
 * the module that owns it (the module whose constants holder declares its {@code KEY}) or of modules that
 * module already depends on. A process calling a bean of a module that depends on its owner would hide a
 * dependency cycle in the BPMN.
 */
@PlatformTest
class ProcessBeanReferencesTest {

    private static final Pattern PROCESS_ID = Pattern.compile("<bpmn:process id=\"([^\"]+)\"");
    private static final Pattern BEAN_REFERENCE = Pattern.compile("[$#]\\{\\s*([a-zA-Z_]\\w*)");

    private final ApplicationModules modules = ApplicationModules.of(PlatformApplication.class);

    @Autowired
    ApplicationContext context;

    @Test
    void everyProcessCallsOnlyBeansOfItsOwnerOrOfModulesItsOwnerDependsOn() throws IOException {
        Map<String, ApplicationModule> owners = processOwners();
        List<String> crossings = new ArrayList<>();
        List<Path> models;
        try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
            models = files.filter(file -> file.toString().endsWith(".bpmn")).sorted().toList();
        }
        assertThat(models).isNotEmpty();
        for (Path model : models) {
            String xml = Files.readString(model);
            Matcher process = PROCESS_ID.matcher(xml);
            assertThat(process.find()).as("%s declares a process", model).isTrue();
            ApplicationModule owner = owners.get(process.group(1));
            assertThat(owner).as("a constants holder declares KEY = \"%s\" of %s", process.group(1), model).isNotNull();
            Matcher reference = BEAN_REFERENCE.matcher(xml);
            while (reference.find()) {
                String bean = reference.group(1);
                if (!context.containsBean(bean)) {
                    continue; // a process variable, not a bean
                }
                modules.getModuleByType(ClassUtils.getUserClass(context.getType(bean)))
                        .filter(module -> !module.equals(owner) && !owner.getDirectDependencies(modules).contains(module))
                        .ifPresent(module -> crossings.add("%s (owned by %s) calls %s of %s".formatted(
                                model.getFileName(), owner.getName(), bean, module.getName())));
            }
        }
        assertThat(crossings).isEmpty();
    }

    private Map<String, ApplicationModule> processOwners() {
        Map<String, ApplicationModule> owners = new HashMap<>();
        modules.forEach(module -> module.getBasePackage().stream()
                .filter(type -> type.tryGetField("KEY").isPresent())
                .forEach(holder -> owners.put(processKey(holder), module)));
        return owners;
    }

    private static String processKey(JavaClass holder) {
        try {
            return (String) holder.reflect().getField("KEY").get(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(holder.getName() + " has no readable KEY", e);
        }
    }
}
