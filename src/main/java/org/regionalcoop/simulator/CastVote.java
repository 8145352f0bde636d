package org.regionalcoop.simulator;

import java.util.UUID;

/** The data of a {@code consensus.vote-cast} event (kafka/schemas/consensus.vote-cast.v1.json). */
record CastVote(UUID agreementId, int round, String participant, String answer, String comment) {

    /** Tells staff reading the audit log that no one at the government decided this. */
    static final String COMMENT = "answered by the participant simulator";
}
