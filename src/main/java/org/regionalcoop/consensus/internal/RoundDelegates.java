package org.regionalcoop.consensus.internal;

import org.regionalcoop.consensus.Ballots;
import org.regionalcoop.consensus.Tally;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.regionalcoop.kernel.AgreementId;
import org.springframework.stereotype.Component;

import java.time.Duration;

import static org.regionalcoop.consensus.internal.ConsensusProcess.*;

/** The consensus process's service tasks around a round; each is a thin call of {@link Ballots}. */
final class RoundDelegates {

    /** Timer variables: the round's (or extension's) duration, the reminder at half time, the due date. */
    static final String VAR_ROUND_DURATION = "roundDuration";
    static final String VAR_REMINDER_AFTER = "reminderAfter";
    static final String VAR_ROUND_DUE = "roundDue";

    private RoundDelegates() {
    }

    static AgreementId agreementId(DelegateExecution execution) {
        return AgreementId.of((String) execution.getVariable(VAR_AGREEMENT_ID));
    }

    static int round(DelegateExecution execution) {
        return (Integer) execution.getVariable(VAR_ROUND);
    }

    static void setTimers(DelegateExecution execution, ConsensusPolicy policy, Duration within) {
        execution.setVariable(VAR_ROUND_DURATION, within.toString());
        execution.setVariable(VAR_REMINDER_AFTER, within.dividedBy(2).toString());
        execution.setVariable(VAR_ROUND_DUE, policy.dueIn(within));
    }

    @Component("openRound")
    static class OpenRound implements JavaDelegate {

        private final Ballots ballots;
        private final ConsensusPolicy policy;

        OpenRound(Ballots ballots, ConsensusPolicy policy) {
            this.ballots = ballots;
            this.policy = policy;
        }

        @Override
        public void execute(DelegateExecution execution) {
            execution.setVariable(VAR_ROUND, ballots.openRound(agreementId(execution), policy.roundDeadline()));
            setTimers(execution, policy, policy.roundDeadline());
        }
    }

    @Component("extendRound")
    static class ExtendRound implements JavaDelegate {

        private final ConsensusPolicy policy;

        ExtendRound(ConsensusPolicy policy) {
            this.policy = policy;
        }

        @Override
        public void execute(DelegateExecution execution) {
            setTimers(execution, policy, policy.extension());
        }
    }

    @Component("sendReminders")
    static class SendReminders implements JavaDelegate {

        private final Ballots ballots;

        SendReminders(Ballots ballots) {
            this.ballots = ballots;
        }

        @Override
        public void execute(DelegateExecution execution) {
            ballots.remindSilent(agreementId(execution), round(execution));
        }
    }

    /** Feeds the decision table: counts and shares of the round's answers. */
    @Component("tallyRound")
    static class TallyRound implements JavaDelegate {

        private final Ballots ballots;
        private final ConsensusPolicy policy;

        TallyRound(Ballots ballots, ConsensusPolicy policy) {
            this.ballots = ballots;
            this.policy = policy;
        }

        @Override
        public void execute(DelegateExecution execution) {
            Tally tally = ballots.tally(agreementId(execution), round(execution));
            execution.setVariable("consents", tally.consenting().size());
            execution.setVariable("declines", tally.declining().size());
            execution.setVariable("amendments", tally.amending().size());
            execution.setVariable("silent", tally.silent().size());
            execution.setVariable("unanimous", tally.unanimous());
            // The decision table compares the share with its threshold; four decimals are exact enough there.
            execution.setVariable("consentShare", tally.consentShare().doubleValue());
            execution.setVariable("roundsLeft", round(execution) < policy.maxRounds());
        }
    }

    /** Closes the round with the outcome given as the task's input parameter {@code outcome}. */
    @Component("closeRound")
    static class CloseRound implements JavaDelegate {

        private final Ballots ballots;

        CloseRound(Ballots ballots) {
            this.ballots = ballots;
        }

        @Override
        public void execute(DelegateExecution execution) {
            String outcome = (String) execution.getVariableLocal("outcome");
            ballots.closeRound(agreementId(execution), round(execution), outcome);
            execution.setVariable(VAR_CONSENSUS_OUTCOME, outcome);
        }
    }

    @Component("dropNonConsenting")
    static class DropNonConsenting implements JavaDelegate {

        private final Ballots ballots;

        DropNonConsenting(Ballots ballots) {
            this.ballots = ballots;
        }

        @Override
        public void execute(DelegateExecution execution) {
            ballots.dropNonConsenting(agreementId(execution), round(execution));
        }
    }

    @Component("completeSigning")
    static class CompleteSigning implements JavaDelegate {

        private final Ballots ballots;

        CompleteSigning(Ballots ballots) {
            this.ballots = ballots;
        }

        @Override
        public void execute(DelegateExecution execution) {
            ballots.completeSigning(agreementId(execution), round(execution));
        }
    }
}
