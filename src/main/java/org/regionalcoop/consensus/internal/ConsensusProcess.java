package org.regionalcoop.consensus.internal;

import org.regionalcoop.consensus.JointMeetingDecided;
import org.regionalcoop.consensus.RoundOutcome;
import org.regionalcoop.kernel.AgreementId;
import org.regionalcoop.kernel.ProcessVariable;
import org.regionalcoop.organizations.GovernmentCode;

import static org.regionalcoop.kernel.ProcessVariable.*;

/**
 * Local consensus on one agreement ({@code bpmn/agreement_consensus.bpmn}): rounds of ballots, the
 * decision table, the joint meeting at a deadline, and the leaders' signatures.
 */
public final class ConsensusProcess {

    public static final String KEY = "agreement_consensus";
    public static final String DECISION = "consensus_rule";

    public static final String START_CONSENSUS_REQUESTED = "start_consensus_requested";
    public static final String XOR_MERGE_ROUND = "xor_merge_round";
    public static final String SERVICE_OPEN_ROUND = "service_open_round";
    public static final String XOR_MERGE_BALLOTS = "xor_merge_ballots";
    public static final String CALL_BALLOTS = "call_ballots";
    public static final String BOUNDARY_AGREEMENT_REVISED = "boundary_agreement_revised";
    public static final String SERVICE_CLOSE_REVISED_ROUND = "service_close_revised_round";
    public static final String TIMER_ROUND_REMINDER = "timer_round_reminder";
    public static final String SERVICE_SEND_REMINDERS = "service_send_reminders";
    public static final String TIMER_ROUND_DEADLINE = "timer_round_deadline";
    public static final String USER_HOLD_JOINT_MEETING = "user_hold_joint_meeting";
    public static final String XOR_MEETING_DECIDED = "xor_meeting_decided";
    public static final String SERVICE_EXTEND_ROUND = "service_extend_round";
    public static final String XOR_MERGE_TALLY = "xor_merge_tally";
    public static final String SERVICE_TALLY_ROUND = "service_tally_round";
    public static final String RULE_APPLY_CONSENSUS_RULE = "rule_apply_consensus_rule";
    public static final String SERVICE_CLOSE_ROUND = "service_close_round";
    public static final String XOR_CONSENSUS_REACHED = "xor_consensus_reached";
    public static final String USER_REVISE_AGREEMENT = "user_revise_agreement";
    public static final String SERVICE_DROP_NON_CONSENTING = "service_drop_non_consenting";
    public static final String SUB_SIGNATURES = "sub_signatures";
    public static final String START_SIGNATURE_REQUESTED = "start_signature_requested";
    public static final String END_SIGNATURE_GIVEN = "end_signature_given";
    public static final String USER_SIGN_AGREEMENT = "user_sign_agreement";
    public static final String SERVICE_COMPLETE_SIGNING = "service_complete_signing";
    public static final String BOUNDARY_SIGNATURE_RECEIVED = "boundary_signature_received";
    public static final String BOUNDARY_AGREEMENT_REVISED_DURING_SIGNING = "boundary_agreement_revised_during_signing";
    public static final String END_SYSTEM_SIGNATURE_GIVEN = "end_system_signature_given";
    public static final String SERVICE_CLOSE_ABANDONED_ROUND = "service_close_abandoned_round";
    public static final String END_CONSENSUS_REACHED = "end_consensus_reached";
    public static final String END_CONSENSUS_FAILED = "end_consensus_failed";
    public static final String END_CONSENSUS_ABANDONED = "end_consensus_abandoned";

    /** Input: the agreement, as text. */
    public static final ProcessVariable<AgreementId> VAR_AGREEMENT_ID = AgreementId.VARIABLE;
    /** Input: the initiating government's code; its coordinators revise on request for amendments. */
    public static final ProcessVariable<GovernmentCode> VAR_INITIATOR = idVariable("initiator", GovernmentCode::of);
    /** Input: the secretariat's code; its leaders hold the joint meeting at a deadline. */
    public static final ProcessVariable<GovernmentCode> VAR_SECRETARIAT = idVariable("secretariat", GovernmentCode::of);
    /** Input: {@code framework} or {@code specialized}; the decision table's rule depends on it. */
    public static final ProcessVariable<String> VAR_AGREEMENT_TYPE = stringVariable("agreementType");
    /** A participant's system signed for its leader; the signature is already recorded when it arrives. */
    public static final String MESSAGE_SIGNATURE_RECEIVED = "consensus_signature_received";
    /** A new version published while the round's ballots or the leaders' signatures are open. */
    public static final String MESSAGE_AGREEMENT_REVISED = "consensus_agreement_revised";
    /** Local to each leader's signature task: the government whose leader signs. */
    public static final ProcessVariable<GovernmentCode> VAR_SIGNATORY = idVariable("signatory", GovernmentCode::of);
    /** The current round's number. */
    public static final ProcessVariable<Integer> VAR_ROUND = integerVariable("round");
    /** The joint meeting's decision: extend, proceed or abandon. */
    public static final ProcessVariable<JointMeetingDecided.Decision> VAR_MEETING_DECISION = keyedVariable(
            "meetingDecision", JointMeetingDecided.Decision.class);
    /** The decision table's outcome for the round: {@code consensus}, {@code amend} or {@code failed}. */
    public static final ProcessVariable<RoundOutcome> VAR_RULE_OUTCOME = keyedVariable("ruleOutcome", RoundOutcome.class);
    /** Output: {@code consensus}, {@code failed} or {@code abandoned}. */
    public static final ProcessVariable<RoundOutcome> VAR_CONSENSUS_OUTCOME = keyedVariable("consensusOutcome",
            RoundOutcome.class);
    /** Local to a service task closing the round: the outcome it closes with. */
    public static final ProcessVariable<RoundOutcome> VAR_OUTCOME = keyedVariable("outcome", RoundOutcome.class);
    /** The decision table's inputs, set by the tally of each round. */
    public static final ProcessVariable<Integer> VAR_CONSENTS = integerVariable("consents");
    public static final ProcessVariable<Integer> VAR_AMENDMENTS = integerVariable("amendments");
    public static final ProcessVariable<Boolean> VAR_UNANIMOUS = booleanVariable("unanimous");
    public static final ProcessVariable<Double> VAR_CONSENT_SHARE = doubleVariable("consentShare");
    public static final ProcessVariable<Boolean> VAR_ROUNDS_LEFT = booleanVariable("roundsLeft");

    private ConsensusProcess() {
    }
}
