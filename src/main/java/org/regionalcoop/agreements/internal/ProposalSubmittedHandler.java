package org.regionalcoop.agreements.internal;

import org.regionalcoop.agreements.Agreements;

import org.regionalcoop.events.InboundHandler;
import org.regionalcoop.events.InboundRejection;
import org.regionalcoop.kernel.InvalidRequestException;
import org.springframework.stereotype.Component;

import java.util.stream.Collectors;

/**
 * Proposes the agreements initiators' systems submit, under the same rules as staff's proposals; a proposal
 * that breaks them goes to the dead letters with every violation named.
 */
@Component
class ProposalSubmittedHandler implements InboundHandler<ProposalSubmitted> {

    private final Agreements agreements;

    ProposalSubmittedHandler(Agreements agreements) {
        this.agreements = agreements;
    }

    @Override
    public Class<ProposalSubmitted> eventType() {
        return ProposalSubmitted.class;
    }

    @Override
    public void apply(ProposalSubmitted proposal, String source) {
        try {
            agreements.proposeFromSystem(proposal, source);
        } catch (InvalidRequestException invalid) {
            throw InboundRejection.invalidContent(invalid.violations().stream()
                    .map(violation -> violation.field() + ": " + violation.message())
                    .collect(Collectors.joining("; ")));
        }
    }

    /** Starting the lifecycle failed in the engine; proposing again in a new transaction would fail alike. */
    @Override
    public void applyRefused(ProposalSubmitted proposal, String source) {
        throw InboundRejection.unappliable("The lifecycle of " + proposal.initiator() + "'s proposal '"
                + proposal.content().title() + "' could not start");
    }
}
