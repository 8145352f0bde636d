package org.regionalcoop.consensus.internal;

import org.regionalcoop.consensus.Answer;
import org.regionalcoop.consensus.BallotKey;

import org.regionalcoop.kernel.AgreementId;
import org.regionalcoop.events.Inbound;
import org.regionalcoop.events.InboundEvent;
import org.regionalcoop.organizations.GovernmentCode;

import java.util.UUID;

/** A participant's system answers its ballot in a round (inbound; kafka/schemas/consensus.vote-cast.v1.json). */
@Inbound(type = "consensus.vote-cast", topic = "coop.participant-replies.v1")
public record VoteCast(UUID agreementId, int round, String participant, Answer answer, String comment) implements InboundEvent {

    BallotKey ballot() {
        return new BallotKey(new AgreementId(agreementId), round, new GovernmentCode(participant));
    }
}
