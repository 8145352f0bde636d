package org.regionalcoop.settlement.internal;

import org.regionalcoop.kernel.AgreementId;
import org.regionalcoop.kernel.ProcessVariable;
import org.regionalcoop.settlement.SettlementId;
import org.regionalcoop.settlement.SettlementVariables;

import java.time.Instant;

import static org.regionalcoop.kernel.ProcessVariable.*;

/**
 * Compensation settlement of one agreement up to a period end ({@code bpmn/agreement_settlement.bpmn}):
 * propose, the participants' finance officers confirm or object within a window (silence confirms), an
 * objection goes to the approving agency's arbitrator, then the settlement is finalized and each transfer
 * waits for the payee's treasury to confirm receipt. Business key: the agreement id.
 */
public final class SettlementProcess {

    public static final String KEY = "agreement_settlement";
    public static final String MESSAGE_TRANSFER_CONFIRMED = "settlement_transfer_confirmed";
    /** A participant's finance system answered; delivered to the execution of that participant's confirmation task. */
    public static final String MESSAGE_ANSWER_RECEIVED = "settlement_answer_received";
    /** Starts a closed agreement's settlement once more for payments its final settlement missed, in a job of its own. */
    public static final String MESSAGE_MISSED_PAYMENTS = "settlement_missed_payments";

    public static final String START_SETTLEMENT_DUE = "start_settlement_due";
    public static final String START_MISSED_PAYMENTS = "start_missed_payments";
    public static final String XOR_SETTLEMENT_STARTED = "xor_settlement_started";
    public static final String SERVICE_PROPOSE_SETTLEMENT = "service_propose_settlement";
    public static final String XOR_ANYTHING_TO_SETTLE = "xor_anything_to_settle";
    public static final String END_NOTHING_TO_SETTLE = "end_nothing_to_settle";
    public static final String SUB_CONFIRMATIONS = "sub_confirmations";
    public static final String USER_CONFIRM_SETTLEMENT = "user_confirm_settlement";
    public static final String BOUNDARY_ANSWER_RECEIVED = "boundary_answer_received";
    public static final String END_SYSTEM_ANSWER_RECORDED = "end_system_answer_recorded";
    public static final String SERVICE_RECORD_ANSWER = "service_record_answer";
    public static final String TIMER_CONFIRMATION_WINDOW = "timer_confirmation_window";
    public static final String SERVICE_CONFIRM_SILENCE = "service_confirm_silence";
    public static final String XOR_ANSWERS_IN = "xor_answers_in";
    public static final String XOR_OBJECTED = "xor_objected";
    public static final String USER_ARBITRATE_SETTLEMENT = "user_arbitrate_settlement";
    public static final String SERVICE_RECORD_ARBITRATION = "service_record_arbitration";
    public static final String XOR_READY_TO_FINALIZE = "xor_ready_to_finalize";
    public static final String SERVICE_FINALIZE_SETTLEMENT = "service_finalize_settlement";
    public static final String XOR_STILL_CURRENT = "xor_still_current";
    public static final String END_SETTLEMENT_SUPERSEDED = "end_settlement_superseded";
    public static final String RECEIVE_TRANSFER_CONFIRMED = "receive_transfer_confirmed";
    public static final String TIMER_TRANSFER_REMINDER = "timer_transfer_reminder";
    public static final String SERVICE_REMIND_TRANSFERS = "service_remind_transfers";
    public static final String END_REMINDERS_SENT = "end_reminders_sent";
    public static final String SERVICE_COMPLETE_SETTLEMENT = "service_complete_settlement";
    public static final String END_SETTLEMENT_COMPLETED = "end_settlement_completed";

    /** Input: the agreement, as text. */
    public static final ProcessVariable<AgreementId> VAR_AGREEMENT_ID = AgreementId.VARIABLE;
    /** Input: {@code periodic} or {@code final}. */
    public static final ProcessVariable<String> VAR_SETTLEMENT_KIND = stringVariable("settlementKind");
    /** Input: the end of the settled period, an ISO-8601 UTC date-time, exclusive (2028-01-01T00:00:00Z settles 2027). */
    public static final ProcessVariable<Instant> VAR_PERIOD_END = instantVariable("periodEnd");
    /** Output: the settlement's id, as text. */
    public static final ProcessVariable<SettlementId> VAR_SETTLEMENT_ID = SettlementVariables.SETTLEMENT_ID;
    public static final ProcessVariable<Boolean> VAR_ANYTHING_TO_SETTLE = booleanVariable("anythingToSettle");
    public static final ProcessVariable<String> VAR_ARBITRATOR_GROUP = stringVariable("arbitratorGroup");
    /** Per confirmation: the participant whose finance officers answer. */
    public static final ProcessVariable<String> VAR_PARTICIPANT = stringVariable("participant");
    /** Local to each confirmation task: the participant it asks, by which its finance system's answer finds it. */
    public static final ProcessVariable<String> VAR_ANSWERING_PARTICIPANT = SettlementVariables.ANSWERING_PARTICIPANT;
    /** The finance officers' answer: {@code confirm} or {@code object}. */
    public static final ProcessVariable<String> VAR_ANSWER = stringVariable("answer");
    public static final ProcessVariable<String> VAR_OBJECTION_REASON = stringVariable("objectionReason");
    /** The arbitrator's decision: {@code uphold} or {@code adjust} (with payer, payee and amount). */
    public static final ProcessVariable<String> VAR_DECISION = stringVariable("decision");
    public static final ProcessVariable<String> VAR_PAYER = stringVariable("payer");
    public static final ProcessVariable<String> VAR_PAYEE = stringVariable("payee");
    public static final ProcessVariable<String> VAR_AMOUNT = stringVariable("amount");
    public static final ProcessVariable<String> VAR_ARBITRATION_REASON = stringVariable("arbitrationReason");
    public static final ProcessVariable<Boolean> VAR_FINALIZED = booleanVariable("finalized");
    /** Per awaited transfer: its id, as text; the confirmation message is correlated by it. */
    public static final ProcessVariable<String> VAR_TRANSFER_ID = stringVariable("transferId");

    private SettlementProcess() {
    }
}
