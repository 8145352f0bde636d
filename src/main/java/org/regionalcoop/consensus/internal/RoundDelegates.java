package org.regionalcoop.consensus.internal;

import org.regionalcoop.consensus.Ballots;
import org.regionalcoop.consensus.RoundOutcome;
import org.regionalcoop.consensus.Tally;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.regionalcoop.kernel.AgreementId;
import org.regionalcoop.kernel.ProcessVariable;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Date;

import static org.regionalcoop.consensus.internal.ConsensusProcess.*;
import static org.regionalcoop.kernel.ProcessVariable.dateVariable;
import static org.regionalcoop.kernel.ProcessVariable.durationVariable;

/** The consensus process's service tasks around a round; each is a thin call of {@link Ballots}. */
final class RoundDelegates {

    /**
     * Timer variables: the round's (or extension's) duration, the reminder at half time, the due date. The due date
     * is read only as the round's ballots start, in the same transaction (the ballots' input and their tasks' due
     * date): transient. The durations stay stored: the engine evaluates a timer's expression again when its due
     * date is recalculated.
     */
    static final ProcessVariable<Duration> VAR_ROUND_DURATION = durationVariable("roundDuration");
    static final ProcessVariable<Duration> VAR_REMINDER_AFTER = durationVariable("reminderAfter");
    static final ProcessVariable<Date> VAR_ROUND_DUE = dateVariable("roundDue");

    private RoundDelegates() {
    }

    static AgreementId agreementId(DelegateExecution execution) {
        return VAR_AGREEMENT_ID.from(execution).get();
    }

    static int round(DelegateExecution execution) {
        return VAR_ROUND.from(execution).get();
    }

    static void setTimers(DelegateExecution execution, ConsensusPolicy policy, Duration within) {
        VAR_ROUND_DURATION.on(execution).set(within);
        VAR_REMINDER_AFTER.on(execution).set(within.dividedBy(2));
        VAR_ROUND_DUE.on(execution).setTransient(policy.dueIn(within));
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
            VAR_ROUND.on(execution).set(ballots.openRound(agreementId(execution), policy.roundDeadline()));
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

    /**
     * Feeds the decision table: counts and shares of the round's answers. The table, the next step, is all that
     * reads them, in this transaction: transient, so the engine neither stores nor deletes them.
     */
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
            VAR_CONSENTS.on(execution).setTransient(tally.consenting().size());
            VAR_AMENDMENTS.on(execution).setTransient(tally.amending().size());
            VAR_UNANIMOUS.on(execution).setTransient(tally.unanimous());
            // The decision table compares the share with its threshold; four decimals are exact enough there.
            VAR_CONSENT_SHARE.on(execution).setTransient(tally.consentShare().doubleValue());
            VAR_ROUNDS_LEFT.on(execution).setTransient(round(execution) < policy.maxRounds());
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
            RoundOutcome outcome = VAR_OUTCOME.from(execution).getLocal();
            ballots.closeRound(agreementId(execution), round(execution), outcome);
            VAR_CONSENSUS_OUTCOME.on(execution).set(outcome);
        }
    }

    @Component("dropNonConsenting")
    static class DropNonConsenting implements JavaDelegate {

        private final Ballots ballots;

        DropNonConsenting(Ballots ballots) {
            this.ballots = ballots;
        }

        /**
         * The consensus rule's verdict has been acted on by now (the round closed on it, the gateway took it), in
         * the transaction that made it: removed here, the engine stores and deletes nothing for it. On the other
         * paths it stays until the next round's verdict or the process's end.
         */
        @Override
        public void execute(DelegateExecution execution) {
            ballots.dropNonConsenting(agreementId(execution), round(execution));
            VAR_RULE_OUTCOME.on(execution).remove();
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
