package org.regionalcoop.consensus.internal;

import org.regionalcoop.consensus.Answer;
import org.regionalcoop.kernel.AnswerPath;
import org.regionalcoop.consensus.BallotKey;
import org.regionalcoop.consensus.Ballots;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Execution;
import org.regionalcoop.kernel.AgreementId;
import org.regionalcoop.organizations.GovernmentCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;


/**
 * Answers from participants' own systems, applied in the caller's transaction (the inbox's, so the inbox
 * record and the effect commit together). An answer the ballot still awaits is recorded and then ends the
 * ballot's process with a message, which withdraws the coordinators' task; any other answer to the ballot is late:
 * recorded here, in one place, and changing nothing. A caller without a transaction (the benchmark's and the
 * tests' in-process answers) gets one for the whole answer: its checks, the record and the message commit once,
 * not four times, and a failed message leaves no answer recorded without its effect.
 */
@Service
public class ParticipantAnswers {

    private final RuntimeService runtime;
    private final Ballots ballots;

    ParticipantAnswers(RuntimeService runtime, Ballots ballots) {
        this.runtime = runtime;
        this.ballots = ballots;
    }

    /**
     * Returns whether the answer counted. The ballot is asked first whether it still awaits an answer,
     * because a failed correlation would leave the caller's transaction rollback-only.
     */
    @Transactional
    public boolean answer(BallotKey key, Answer answer, String comment, String answeredBy) {
        if (!ballots.exists(key)) {
            throw new IllegalArgumentException("No ballot " + key.businessKey() + " was ever opened");
        }
        if (!awaited(key)) {
            return recordLate(key, answer, comment, answeredBy);
        }
        // Recorded here, in the caller's transaction, so the message only ends the ballot and the answer never
        // passes through the engine's variables.
        ballots.record(key, answer, comment, AnswerPath.EVENT, answeredBy);
        runtime.createMessageCorrelation(BallotProcess.MESSAGE_VOTE_RECEIVED)
                .processInstanceBusinessKey(key.businessKey())
                .correlateWithResult();
        return true;
    }

    /** Keeps an answer that came after the ballot was decided; returns false, as it changes nothing. */
    public boolean recordLate(BallotKey key, Answer answer, String comment, String answeredBy) {
        return ballots.record(key, answer, comment, AnswerPath.EVENT, answeredBy);
    }

    private boolean awaited(BallotKey key) {
        return runtime.createExecutionQuery()
                .processInstanceBusinessKey(key.businessKey())
                .messageEventSubscriptionName(BallotProcess.MESSAGE_VOTE_RECEIVED)
                .count() > 0;
    }

    /** What became of a signature from a participant's system. */
    public enum SignatureOutcome { SIGNED, ALREADY_SIGNED, NOT_AWAITED }

    /**
     * Records the leader's signature given through the participant's system and withdraws the leader's task.
     * The signature is recorded first, in this transaction, so the message only moves the process on.
     *
     * @throws IllegalArgumentException when it confirms another version or content than the one being signed
     */
    @Transactional
    public SignatureOutcome sign(AgreementId id, GovernmentCode signatory, int version, String contentHash, String signedBy) {
        Execution waiting = runtime.createExecutionQuery()
                .processInstanceBusinessKey(id.toString())
                .messageEventSubscriptionName(ConsensusProcess.MESSAGE_SIGNATURE_RECEIVED)
                .variableValueEquals(ConsensusProcess.VAR_SIGNATORY.name(), ConsensusProcess.VAR_SIGNATORY.stored(signatory))
                .singleResult();
        if (waiting == null) {
            return ballots.hasSigned(id, version, signatory) ? SignatureOutcome.ALREADY_SIGNED : SignatureOutcome.NOT_AWAITED;
        }
        int round = ConsensusProcess.VAR_ROUND.from(runtime, waiting.getId()).get();
        int signing = ballots.signingVersion(id, round);
        if (signing != version) {
            throw new IllegalArgumentException("Version " + signing + " is being signed, not version " + version);
        }
        ballots.sign(id, round, signatory, signedBy, contentHash, AnswerPath.EVENT);
        runtime.messageEventReceived(ConsensusProcess.MESSAGE_SIGNATURE_RECEIVED, waiting.getId());
        return SignatureOutcome.SIGNED;
    }
}
