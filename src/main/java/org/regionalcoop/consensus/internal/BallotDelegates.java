package org.regionalcoop.consensus.internal;

import org.regionalcoop.consensus.Answer;
import org.regionalcoop.kernel.AnswerPath;
import org.regionalcoop.consensus.BallotKey;
import org.regionalcoop.consensus.Ballots;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.regionalcoop.organizations.GovernmentCode;
import org.regionalcoop.security.PlatformActions;
import org.springframework.stereotype.Component;

import static org.regionalcoop.consensus.internal.BallotProcess.*;
import static org.regionalcoop.consensus.internal.RoundDelegates.agreementId;
import static org.regionalcoop.consensus.internal.RoundDelegates.round;

/** Records answers, signatures and joint-meeting decisions: thin calls of {@link Ballots}. */
final class BallotDelegates {

    static final String VAR_SIGNER = "signer";
    static final String VAR_SIGNED_CONTENT_HASH = "signedContentHash";
    /** The joint meeting's form: its minutes. */
    static final String VAR_MINUTES = "minutes";

    private BallotDelegates() {
    }

    /** Records the ballot's answer; the task's input parameter {@code answerPath} says which path it came by. */
    @Component("recordVote")
    static class RecordVote implements JavaDelegate {

        private final Ballots ballots;
        private final PlatformActions platform;

        RecordVote(Ballots ballots, PlatformActions platform) {
            this.ballots = ballots;
            this.platform = platform;
        }

        @Override
        public void execute(DelegateExecution execution) {
            AnswerPath path = AnswerPath.valueOf((String) execution.getVariableLocal("answerPath"));
            BallotKey key = new BallotKey(agreementId(execution), round(execution),
                    new GovernmentCode((String) execution.getVariable(VAR_PARTICIPANT)));
            Object answer = execution.getVariable(VAR_ANSWER);
            if (!(answer instanceof String value)) {
                throw new IllegalArgumentException("The ballot needs an answer: consent, decline or amend");
            }
            String answeredBy = path == AnswerPath.TASK
                    ? platform.currentUser() : (String) execution.getVariable(VAR_ANSWERED_BY);
            ballots.record(key, Answer.fromKey(value), (String) execution.getVariable(VAR_COMMENT), path, answeredBy);
        }
    }

    /**
     * A leader completed the signature task: record the signature on the round's version. The task
     * declares {@code signedContentHash} as its own input, so each leader's confirmation stays theirs.
     */
    @Component("recordSignature")
    static class RecordSignature implements TaskListener {

        private final Ballots ballots;
        private final PlatformActions platform;

        RecordSignature(Ballots ballots, PlatformActions platform) {
            this.ballots = ballots;
            this.platform = platform;
        }

        @Override
        public void notify(DelegateTask task) {
            Object signedHash = task.getExecution().getVariableLocal(VAR_SIGNED_CONTENT_HASH);
            ballots.sign(agreementId(task.getExecution()), round(task.getExecution()),
                    new GovernmentCode((String) task.getVariable(VAR_SIGNER)), platform.currentUser(),
                    signedHash instanceof String hash ? hash : null, AnswerPath.TASK);
        }
    }

    /** The joint meeting's task was completed: announce its decision and minutes. */
    @Component("recordMeetingDecision")
    static class RecordMeetingDecision implements TaskListener {

        private final Ballots ballots;
        private final PlatformActions platform;

        RecordMeetingDecision(Ballots ballots, PlatformActions platform) {
            this.ballots = ballots;
            this.platform = platform;
        }

        @Override
        public void notify(DelegateTask task) {
            ballots.recordMeetingDecision(agreementId(task.getExecution()), round(task.getExecution()),
                    (String) task.getVariable(ConsensusProcess.VAR_MEETING_DECISION),
                    (String) task.getVariable(VAR_MINUTES), platform.currentUser());
        }
    }
}
