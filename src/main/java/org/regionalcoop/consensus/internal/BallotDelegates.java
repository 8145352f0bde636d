package org.regionalcoop.consensus.internal;

import org.regionalcoop.consensus.Answer;
import org.regionalcoop.kernel.AnswerPath;
import org.regionalcoop.kernel.ProcessVariable;
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
import static org.regionalcoop.kernel.ProcessVariable.idVariable;
import static org.regionalcoop.kernel.ProcessVariable.stringVariable;

/** Records answers, signatures and joint-meeting decisions: thin calls of {@link Ballots}. */
final class BallotDelegates {

    static final ProcessVariable<GovernmentCode> VAR_SIGNER = idVariable("signer", GovernmentCode::of);
    static final ProcessVariable<String> VAR_SIGNED_CONTENT_HASH = stringVariable("signedContentHash");
    /** The joint meeting's form: its minutes. */
    static final ProcessVariable<String> VAR_MINUTES = stringVariable("minutes");

    private BallotDelegates() {
    }

    /**
     * Records the coordinators' answer from the ballot's task. An answer from the participant's system is recorded
     * as it arrives ({@link ParticipantAnswers}), before its message ends the ballot.
     */
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
            BallotKey key = new BallotKey(agreementId(execution), round(execution),
                    VAR_PARTICIPANT.from(execution).get());
            Answer answer = VAR_ANSWER.from(execution).getOptional().orElseThrow(
                    () -> new IllegalArgumentException("The ballot needs an answer: consent, decline or amend"));
            ballots.record(key, answer, VAR_COMMENT.from(execution).getOrNull(), AnswerPath.TASK, platform.currentUser());
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
            String signedHash = VAR_SIGNED_CONTENT_HASH.from(task.getExecution()).getLocalOptional().orElse(null);
            ballots.sign(agreementId(task.getExecution()), round(task.getExecution()),
                    VAR_SIGNER.from(task).get(), platform.currentUser(),
                    signedHash, AnswerPath.TASK);
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
                    ConsensusProcess.VAR_MEETING_DECISION.from(task).getOrNull(),
                    VAR_MINUTES.from(task).getOrNull(), platform.currentUser());
        }
    }
}
