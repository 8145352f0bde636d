package org.regionalcoop.organizations;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.regionalcoop.PlatformApplication;
import org.regionalcoop.local.LocalInfrastructureInitializer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ExtendWith(OutputCaptureExtension.class)
class BadReferenceDataStartupTest {

    @Test
    void startUpStopsWithTheBadRowNamed(CapturedOutput output) {
        SpringApplicationBuilder application = new SpringApplicationBuilder(PlatformApplication.class)
                .profiles("local")
                .initializers(new LocalInfrastructureInitializer());

        // No web server: the Camunda webapps keep JVM-wide state, and a second webapp start in this JVM breaks
        // the shared test context's logins (500) for every later test.
        assertThatThrownBy(() -> application.run("--spring.main.web-application-type=none",
                "--platform.organizations.reference-data=classpath:reference-data/unknown-parent.yaml"))
                .rootCause()
                .isInstanceOf(InvalidReferenceDataException.class)
                .hasMessage("Invalid reference data in class path resource [reference-data/unknown-parent.yaml] "
                        + "at governments[2] (code 'HN-CS'): unknown parent 'HX'");
        assertThat(output).contains("APPLICATION FAILED TO START", "governments[2] (code 'HN-CS'): unknown parent 'HX'");
    }
}
