package org.regionalcoop.events;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SourceAuthorityTest {

    @Test
    void aGovernmentSpeaksForItselfOnlyUnderItsOwnName() {
        assertThat(SourceAuthority.speaksFor("urn:gov:js", "JS")).isTrue();
        assertThat(SourceAuthority.speaksFor("urn:gov:js:cooperation-office", "JS")).isTrue();
        assertThat(SourceAuthority.speaksFor("urn:gov:hn-cs-ly:finance", "HN-CS-LY")).isTrue();

        assertThat(SourceAuthority.speaksFor("urn:gov:sh", "JS")).isFalse();
        assertThat(SourceAuthority.speaksFor("urn:gov:js-pca", "JS")).as("an agency is not its government").isFalse();
        assertThat(SourceAuthority.speaksFor("urn:gov:jsx", "JS")).isFalse();
        assertThat(SourceAuthority.speaksFor("urn:gov:JS", "JS")).as("the code is in lower case").isFalse();
        assertThat(SourceAuthority.speaksFor("https://js.gov.example/urn:gov:js", "JS")).isFalse();
    }
}
