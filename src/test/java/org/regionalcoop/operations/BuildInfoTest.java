package org.regionalcoop.operations;

import org.junit.jupiter.api.Test;
import org.regionalcoop.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** /actuator/info tells an operator which build runs: the version of pom.xml and the commit it was built from. */
@PlatformTest
class BuildInfoTest {

    @Autowired
    TestRestTemplate anonymous;

    @Test
    @SuppressWarnings("unchecked")
    void infoNamesTheBuildAndItsCommit() throws IOException {
        Map<String, Object> info = anonymous.withBasicAuth("admin", PlatformTest.DEMO_PASSWORD)
                .getForObject("/actuator/info", Map.class);

        Map<String, Object> build = (Map<String, Object>) info.get("build");
        assertThat(build).containsEntry("artifact", "regional-cooperation-platform").containsEntry("version", pomVersion())
                .containsKey("time");
        if (Files.exists(Path.of(".git"))) {
            Map<String, Object> commit = (Map<String, Object>) ((Map<String, Object>) info.get("git")).get("commit");
            assertThat((String) commit.get("id")).matches("[0-9a-f]{7,40}");
        }
    }

    @Test
    void infoIsForAdministratorsOnly() {
        assertThat(anonymous.getForEntity("/actuator/info", String.class).getStatusCode().value()).isEqualTo(401);
    }

    private static String pomVersion() throws IOException {
        Matcher version = Pattern.compile("<artifactId>regional-cooperation-platform</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(Files.readString(Path.of("pom.xml")));
        assertThat(version.find()).isTrue();
        return version.group(1);
    }
}
