package org.regionalcoop.drill;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The drills' event check tells a republication after a crash from a lost, repeated or reordered event. */
class PublicationTest {

    private static final int AGREEMENTS = 0;
    private static final int GRANTS = 1;

    @Test
    void eventsPublishedOnceInOrderAndGapFreeHold() {
        Invariants.Publication publication = Invariants.Publication.of(List.of(
                List.of(event(AGREEMENTS, "a1", 1), event(GRANTS, "a2", 2), event(AGREEMENTS, "a3", 3)),
                List.of(event(AGREEMENTS, "b1", 1))));

        assertThat(publication.records()).isEqualTo(4);
        assertThat(publication.ids()).hasSize(4);
        assertThat(publication.republished()).isZero();
        assertThat(publication.duplicateSequences()).isZero();
        assertThat(publication.agreementsWithGaps()).isZero();
        assertThat(publication.outOfOrder()).isZero();
    }

    @Test
    void aBatchSentAgainAfterACrashIsARepublicationNotDisorder() {
        Invariants.Publication publication = Invariants.Publication.of(List.of(List.of(event(AGREEMENTS, "a1", 1),
                event(AGREEMENTS, "a2", 2), event(AGREEMENTS, "a3", 3), event(AGREEMENTS, "a2", 2),
                event(AGREEMENTS, "a3", 3), event(AGREEMENTS, "a4", 4))));

        assertThat(publication.records()).isEqualTo(6);
        assertThat(publication.republished()).isEqualTo(2);
        assertThat(publication.outOfOrder()).isZero();
        assertThat(publication.agreementsWithGaps()).isZero();
        assertThat(publication.duplicateSequences()).isZero();
    }

    @Test
    void aMissingSequenceNumberIsAGap() {
        Invariants.Publication publication = Invariants.Publication.of(List.of(
                List.of(event(AGREEMENTS, "a1", 1), event(AGREEMENTS, "a3", 3)),
                List.of(event(AGREEMENTS, "b2", 2))));

        assertThat(publication.agreementsWithGaps()).isEqualTo(2);
    }

    @Test
    void aLaterEventAheadOfAnEarlierOneOnTheSameTopicIsOutOfOrder() {
        Invariants.Publication publication = Invariants.Publication.of(List.of(List.of(event(AGREEMENTS, "a1", 1),
                event(AGREEMENTS, "a3", 3), event(AGREEMENTS, "a2", 2))));

        assertThat(publication.outOfOrder()).isEqualTo(1);
        assertThat(publication.agreementsWithGaps()).isZero();
    }

    @Test
    void twoEventsSharingASequenceNumberAreADuplicateNotARepublication() {
        Invariants.Publication publication = Invariants.Publication.of(List.of(List.of(event(AGREEMENTS, "a1", 1),
                event(GRANTS, "other", 1), event(AGREEMENTS, "a2", 2))));

        assertThat(publication.duplicateSequences()).isEqualTo(1);
        assertThat(publication.republished()).isZero();
    }

    private static Invariants.Published event(int topic, String id, long sequence) {
        return new Invariants.Published(topic, id, sequence);
    }
}
