package org.regionalcoop.agreements.internal;

import org.regionalcoop.agreements.AgreementContent;

import org.regionalcoop.events.Inbound;
import org.regionalcoop.events.InboundEvent;
import org.regionalcoop.organizations.GovernmentCode;

/**
 * An initiator's system proposes an agreement, with the content staff would post to the API
 * (inbound; kafka/schemas/agreement.proposal-submitted.v1.json). It is proposed by the event's source, which
 * {@code agreement.proposed} names as {@code proposedBy}.
 */
@Inbound(type = "agreement.proposal-submitted", topic = "coop.proposals.v1")
public record ProposalSubmitted(String initiator, AgreementContent content) implements InboundEvent {

    @Override
    public String participant() {
        return initiator;
    }

    public GovernmentCode initiatorCode() {
        return new GovernmentCode(initiator);
    }
}
