package org.regionalcoop.simulator;

import java.util.UUID;

/** The data of a {@code consensus.vote-cast} event (kafka/schemas/consensus.vote-cast.v1.json). */
record CastVote(UUID agreementId, int round, String participant, String answer, String comment) {

    /**
     * Tells staff reading the audit log that no one at the government decided this; in Chinese and English, as the
     * task names the Tasklist shows (TaskSteps): a text in an event is read by staff of either language.
     */
    static final String COMMENT = "由参与方模拟器答复 / answered by the participant simulator";
}
