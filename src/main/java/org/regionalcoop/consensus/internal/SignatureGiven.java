package org.regionalcoop.consensus.internal;

import org.regionalcoop.events.Inbound;
import org.regionalcoop.events.InboundEvent;

import java.util.UUID;

/**
 * A participant's system signs the agreement for its leader (inbound;
 * kafka/schemas/consensus.signature-given.v1.json). Like the task's signature, it confirms the version
 * by its content hash, so nobody signs a text other than the one the participants consented to.
 *
 * @param leader who signed, as the participant's system knows them
 */
@Inbound(type = "consensus.signature-given", topic = "coop.participant-replies.v1")
record SignatureGiven(UUID agreementId, int version, String participant, String contentHash, String leader)
        implements InboundEvent {
}
