package org.regionalcoop.documentation;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;

import static org.assertj.core.api.Assertions.assertThat;

class ConfigurationReferenceTest {

    @Test
    void theCommittedReferenceIsTheOneTheMetadataGives() throws IOException {
        assertThat(Files.readString(ConfigurationReference.REFERENCE))
                .as("%s is out of date: run %s and commit it", ConfigurationReference.REFERENCE,
                        ConfigurationReference.REGENERATE)
                .isEqualTo(ConfigurationReference.generate());
    }
}
