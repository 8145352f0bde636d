package org.regionalcoop.consensus;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;

import java.util.HashMap;
import java.util.Map;

/**
 * Answers from participants' own systems. The answer is delivered to the ballot's process as a message,
 * which withdraws the coordinators' task; if the ballot was already answered, the answer is kept as a
 * late answer and changes nothing.
 */
@Service
public class ParticipantAnswers {

    private final RuntimeService runtime;
    private final Ballots ballots;

    ParticipantAnswers(RuntimeService runtime, Ballots ballots) {
        this.runtime = runtime;
        this.ballots = ballots;
    }

    /** Returns whether the answer counted; runs in its own transactions, so a mismatch rolls nothing back. */
    public boolean answer(BallotKey key, Answer answer, String comment, String answeredBy) {
        if (!ballots.exists(key)) {
            throw new IllegalArgumentException("No ballot " + key.businessKey() + " was ever opened");
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put(BallotProcess.VAR_ANSWER, answer.key());
        variables.put(BallotProcess.VAR_COMMENT, comment);
        variables.put(BallotProcess.VAR_ANSWERED_BY, answeredBy);
        try {
            runtime.createMessageCorrelation(BallotProcess.MESSAGE_VOTE_RECEIVED)
                    .processInstanceBusinessKey(key.businessKey())
                    .setVariables(variables)
                    .correlateWithResult();
            return true;
        } catch (MismatchingMessageCorrelationException alreadyDecided) {
            return ballots.record(key, answer, comment, AnswerPath.EVENT, answeredBy);
        }
    }
}
