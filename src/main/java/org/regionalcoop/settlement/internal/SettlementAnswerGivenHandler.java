package org.regionalcoop.settlement.internal;

import org.regionalcoop.settlement.Settlement;
import org.regionalcoop.settlement.SettlementId;

import org.regionalcoop.events.InboundHandler;
import org.regionalcoop.events.InboundRejection;
import org.regionalcoop.kernel.InvalidRequestException;
import org.springframework.stereotype.Component;

import java.util.stream.Collectors;

/**
 * Applies answers to settlements from participants' finance systems. One that breaks the rules of the finance
 * officers' form is dead-lettered as invalid content; one for a settlement that does not exist, or that
 * awaits no answer of the participant, as unappliable, from where it can be replayed; a second answer of a
 * participant changes nothing.
 */
@Component
class SettlementAnswerGivenHandler implements InboundHandler<SettlementAnswerGiven> {

    private final FinanceSystemAnswers answers;

    SettlementAnswerGivenHandler(FinanceSystemAnswers answers) {
        this.answers = answers;
    }

    @Override
    public Class<SettlementAnswerGiven> eventType() {
        return SettlementAnswerGiven.class;
    }

    @Override
    public void apply(SettlementAnswerGiven given, String source) {
        FinanceSystemAnswers.Outcome outcome;
        try {
            outcome = answers.answer(given.agreementId(), new SettlementId(given.settlementId()), given.participant(),
                    given.answer(), given.reason(), source);
        } catch (InvalidRequestException invalid) {
            throw InboundRejection.invalidContent(invalid.violations().stream()
                    .map(violation -> violation.field() + ": " + violation.message())
                    .collect(Collectors.joining("; ")));
        } catch (IllegalArgumentException unknown) {
            throw InboundRejection.unappliable(unknown.getMessage());
        }
        if (outcome == FinanceSystemAnswers.Outcome.NOT_AWAITED) {
            throw InboundRejection.unappliable("Settlement " + given.settlementId() + " awaits no answer of "
                    + given.participant() + ": it takes no part, or the settlement is past its confirmations");
        }
    }

    /**
     * The engine refused after the answer was checked: the finance officers answered at the same moment, and
     * then theirs counts; otherwise the answer goes to the dead letters to be replayed.
     */
    @Override
    public void applyRefused(SettlementAnswerGiven given, String source) {
        if (!answers.answered(new SettlementId(given.settlementId()), given.participant())) {
            throw InboundRejection.unappliable("The answer of " + given.participant() + " to settlement "
                    + given.settlementId() + " could not be applied");
        }
    }
}
