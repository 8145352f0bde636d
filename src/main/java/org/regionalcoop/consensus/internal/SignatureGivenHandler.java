package org.regionalcoop.consensus.internal;

import org.regionalcoop.kernel.AgreementId;
import org.regionalcoop.events.InboundHandler;
import org.regionalcoop.events.InboundRejection;
import org.regionalcoop.organizations.GovernmentCode;
import org.springframework.stereotype.Component;

/**
 * Applies signatures from participants' systems. The first signature counts, by either path: one that
 * arrives after the leader signed the task is a duplicate and changes nothing; one that nobody awaits, or
 * that confirms another text, goes to the dead letters with the reason and can be replayed.
 */
@Component
class SignatureGivenHandler implements InboundHandler<SignatureGiven> {

    private final ParticipantAnswers answers;

    SignatureGivenHandler(ParticipantAnswers answers) {
        this.answers = answers;
    }

    @Override
    public Class<SignatureGiven> eventType() {
        return SignatureGiven.class;
    }

    @Override
    public void apply(SignatureGiven signature, String source) {
        ParticipantAnswers.SignatureOutcome outcome;
        try {
            outcome = answers.sign(new AgreementId(signature.agreementId()), new GovernmentCode(signature.participant()),
                    signature.version(), signature.contentHash(), signature.leader() + " via " + source);
        } catch (IllegalArgumentException wrongText) {
            throw InboundRejection.unappliable(wrongText.getMessage());
        }
        if (outcome == ParticipantAnswers.SignatureOutcome.NOT_AWAITED) {
            throw InboundRejection.unappliable("No signature of " + signature.participant() + " on agreement "
                    + signature.agreementId() + " is awaited: it is not being signed, or not by " + signature.participant());
        }
    }

    /** Only the engine refuses after the signature was checked: the task was completed at the same moment. */
    @Override
    public void applyRefused(SignatureGiven signature, String source) {
    }
}
