package org.regionalcoop.documentation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConfigurationReferenceTest {

    @Test
    void theCommittedReferenceIsTheOneTheMetadataGives() throws IOException {
        assertThat(Files.readString(ConfigurationReference.REFERENCE))
                .as("%s is out of date: run %s and commit it", ConfigurationReference.REFERENCE,
                        ConfigurationReference.REGENERATE)
                .isEqualTo(ConfigurationReference.generate());
    }

    @Test
    void aPlatformSettingNothingDescribesStopsTheGeneration(@TempDir Path directory) throws IOException {
        Path settings = withLines(directory, "platform:", "  consensus:", "    quorum: 3");

        assertThatThrownBy(() -> ConfigurationReference.generate(settings, ConfigurationReference.LOCAL_SETTINGS))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("platform.consensus.quorum");
    }

    @Test
    void aVariableOfApplicationYmlNothingDescribesStopsTheGeneration(@TempDir Path directory) throws IOException {
        Path settings = withLines(directory, "spring:", "  kafka:", "    consumer:",
                "      max-poll-records: ${PLATFORM_MAX_POLL_RECORDS:500}");

        assertThatThrownBy(() -> ConfigurationReference.generate(settings, ConfigurationReference.LOCAL_SETTINGS))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("spring.kafka.consumer.max-poll-records");
    }

    private static Path withLines(Path directory, String... lines) throws IOException {
        return Files.writeString(directory.resolve("application.yml"), String.join("\n", lines) + "\n");
    }
}
