package org.regionalcoop.settlement.internal;

import org.regionalcoop.kernel.AnswerPath;
import org.regionalcoop.settlement.SettlementId;
import org.regionalcoop.settlement.Settlements;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Execution;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.UUID;

/**
 * Answers to a settlement from participants' finance systems. The answer is recorded as the finance
 * officers' would be, so the same events and audit entries follow, and the message then withdraws their
 * task; the process goes on exactly as after the task.
 */
@Component
class FinanceSystemAnswers {

    /** What became of an answer from a participant's finance system. */
    enum Outcome { ANSWERED, ALREADY_ANSWERED, NOT_AWAITED }

    private final Settlements settlements;
    private final SettlementRepository repository;
    private final RuntimeService runtime;

    FinanceSystemAnswers(Settlements settlements, SettlementRepository repository, RuntimeService runtime) {
        this.settlements = settlements;
        this.repository = repository;
        this.runtime = runtime;
    }

    /**
     * The first answer counts, by either path: a participant that answered on its task, through its system or
     * by silence changes nothing by answering again.
     *
     * @throws IllegalArgumentException when the agreement has no such settlement
     * @throws org.regionalcoop.kernel.InvalidRequestException when the answer breaks the rules of the task's form
     */
    @Transactional
    Outcome answer(UUID agreementId, SettlementId id, String participant, String answer, String reason, String answeredBy) {
        SettlementRepository.Row settlement = repository.find(id)
                .filter(row -> row.agreementId().equals(agreementId))
                .orElseThrow(() -> new IllegalArgumentException("Agreement " + agreementId + " has no settlement " + id));
        Execution waiting = runtime.createExecutionQuery()
                .processInstanceId(settlement.processInstanceId())
                .messageEventSubscriptionName(SettlementProcess.MESSAGE_ANSWER_RECEIVED)
                .variableValueEquals(SettlementProcess.VAR_ANSWERING_PARTICIPANT.name(),
                        SettlementProcess.VAR_ANSWERING_PARTICIPANT.stored(participant))
                .singleResult();
        if (waiting == null) {
            return answered(id, participant) ? Outcome.ALREADY_ANSWERED : Outcome.NOT_AWAITED;
        }
        settlements.answer(id, participant, answer, reason, answeredBy, AnswerPath.EVENT);
        runtime.messageEventReceived(SettlementProcess.MESSAGE_ANSWER_RECEIVED, waiting.getId());
        return Outcome.ANSWERED;
    }

    @Transactional(readOnly = true)
    boolean answered(SettlementId id, String participant) {
        return repository.answers(id).stream().anyMatch(given -> given.participant().equals(participant));
    }
}
