package org.regionalcoop.agreements;

import org.regionalcoop.kernel.AgreementId;
import org.regionalcoop.kernel.ProcessVariable;
import org.regionalcoop.organizations.GovernmentCode;

import java.util.Locale;

import static org.regionalcoop.kernel.ProcessVariable.idVariable;
import static org.regionalcoop.kernel.ProcessVariable.stringVariable;
import static org.regionalcoop.kernel.ProcessVariable.variable;

/**
 * The whole life of one agreement ({@code bpmn/agreement_lifecycle.bpmn}), started on proposal with
 * the agreement id as business key. It calls one process per stage.
 */
public final class AgreementLifecycleProcess {

    public static final String KEY = "agreement_lifecycle";

    public static final String START_AGREEMENT_PROPOSED = "start_agreement_proposed";
    public static final String XOR_MERGE_CONSENSUS = "xor_merge_consensus";
    public static final String CALL_CONSENSUS = "call_consensus";
    public static final String XOR_CONSENSUS_OUTCOME = "xor_consensus_outcome";
    /** The form of cooperation decides whether a superior approves the signed agreement. */
    public static final String XOR_SUPERIOR_APPROVAL_REQUIRED = "xor_superior_approval_required";
    /** Signed under a form that asks no superior: binding by the parties' own signatures, in force at once. */
    public static final String EVENT_COOPERATION_ADOPTED = "event_cooperation_adopted";
    public static final String XOR_MERGE_IN_FORCE = "xor_merge_in_force";
    public static final String CALL_APPROVAL = "call_approval";
    public static final String XOR_APPROVAL_OUTCOME = "xor_approval_outcome";
    public static final String USER_REVISE_AFTER_REVIEW = "user_revise_after_review";
    /** The hand-off point where grants, projects and settlement plug in. */
    public static final String EVENT_COOPERATION_APPROVED = "event_cooperation_approved";
    /** Calls {@code agreement_grants}: each requested support item is decided. */
    public static final String CALL_GRANTS = "call_grants";
    /** While the agreement is in force, joint projects run as processes of their own. */
    public static final String SUB_IN_FORCE = "sub_in_force";
    public static final String TIMER_TERM_ENDED = "timer_term_ended";
    public static final String END_TERM_ENDED = "end_term_ended";
    /** Every settlement period while in force; calls {@code agreement_settlement} as {@code periodic}. */
    public static final String TIMER_SETTLEMENT_DUE = "timer_settlement_due";
    public static final String CALL_PERIODIC_SETTLEMENT = "call_periodic_settlement";
    public static final String END_PERIOD_SETTLED = "end_period_settled";
    /** At the end of the term everything is settled once more, as {@code final}. */
    public static final String CALL_FINAL_SETTLEMENT = "call_final_settlement";
    public static final String CALL_CLOSURE = "call_closure";
    public static final String XOR_CLOSURE_DECISION = "xor_closure_decision";
    public static final String SERVICE_PROPOSE_RENEWAL = "service_propose_renewal";
    public static final String END_CONSENSUS_FAILED = "end_consensus_failed";
    public static final String END_AGREEMENT_ABANDONED = "end_agreement_abandoned";
    public static final String END_AGREEMENT_REJECTED = "end_agreement_rejected";
    public static final String END_AGREEMENT_RENEWED = "end_agreement_renewed";
    public static final String END_AGREEMENT_TERMINATED = "end_agreement_terminated";

    public static final ProcessVariable<AgreementId> VAR_AGREEMENT_ID = AgreementId.VARIABLE;
    public static final ProcessVariable<GovernmentCode> VAR_INITIATOR = idVariable("initiator", GovernmentCode::of);
    public static final ProcessVariable<GovernmentCode> VAR_SECRETARIAT = idVariable("secretariat", GovernmentCode::of);
    /** {@code framework} or {@code specialized}, as the consensus rule compares it. */
    public static final ProcessVariable<AgreementType> VAR_AGREEMENT_TYPE = variable("agreementType",
            value -> AgreementType.valueOf(value.toString().toUpperCase(Locale.ROOT)),
            type -> type.name().toLowerCase(Locale.ROOT));
    /**
     * The current version's title, for administrators in Cockpit (whose lists show business keys, the agreement's
     * UUID). Named apart from the tasks' own local {@code agreementTitle}, which a process variable of that name
     * would shadow in the tasks' forms.
     */
    public static final ProcessVariable<String> VAR_AGREEMENT_TITLE = stringVariable("agreement_title");

    private AgreementLifecycleProcess() {
    }
}
