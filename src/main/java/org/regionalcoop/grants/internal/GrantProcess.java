package org.regionalcoop.grants.internal;

import org.regionalcoop.agreements.CooperationMode;
import org.regionalcoop.agreements.SupportType;
import org.regionalcoop.grants.GrantId;
import org.regionalcoop.kernel.AgreementId;
import org.regionalcoop.kernel.ProcessVariable;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.regionalcoop.kernel.ProcessVariable.*;

/**
 * Policy grants for an approved agreement ({@code bpmn/agreement_grants.bpmn}): every requested support item
 * goes through the decision table {@code grant_eligibility}; an eligible one has its central share reserved in
 * its programme's budget and a grant officer of the programme's agency awards, partly awards or declines it.
 * Called with {@code agreementId} (business key = agreement id); ends when every item is decided.
 */
public final class GrantProcess {

    public static final String KEY = "agreement_grants";
    public static final String DECISION = "grant_eligibility";

    public static final String START_GRANTS_REQUESTED = "start_grants_requested";
    public static final String SERVICE_PREPARE_GRANTS = "service_prepare_grants";
    public static final String SUB_GRANT_ITEMS = "sub_grant_items";
    public static final String START_ITEM_REQUESTED = "start_item_requested";
    public static final String SERVICE_ASSESS_ITEM = "service_assess_item";
    public static final String RULE_GRANT_ELIGIBILITY = "rule_grant_eligibility";
    public static final String XOR_ELIGIBLE = "xor_eligible";
    public static final String SERVICE_DECLINE_INELIGIBLE = "service_decline_ineligible";
    public static final String END_ITEM_INELIGIBLE = "end_item_ineligible";
    public static final String SERVICE_RESERVE_FUNDS = "service_reserve_funds";
    public static final String XOR_FUNDS_RESERVED = "xor_funds_reserved";
    public static final String END_BUDGET_EXHAUSTED = "end_budget_exhausted";
    public static final String USER_DECIDE_GRANT = "user_decide_grant";
    public static final String SERVICE_RECORD_DECISION = "service_record_decision";
    public static final String END_ITEM_DECIDED = "end_item_decided";
    public static final String END_GRANTS_DECIDED = "end_grants_decided";

    /** Input: the agreement, as text. */
    public static final ProcessVariable<AgreementId> VAR_AGREEMENT_ID = AgreementId.VARIABLE;
    /** The items to decide, as text ids; one sub-process instance each ({@code grantId}). */
    public static final ProcessVariable<List<GrantId>> VAR_GRANT_IDS = listVariable("grantIds", GrantId::of);
    public static final ProcessVariable<GrantId> VAR_GRANT_ID = GrantId.VARIABLE;
    /** Decision-table inputs, transient: set and read in the transaction that enters the item. */
    public static final ProcessVariable<SupportType> VAR_SUPPORT_TYPE = keyedVariable("supportType", SupportType.class);
    public static final ProcessVariable<String> VAR_POOREST_PLATE = stringVariable("poorestPlate");
    public static final ProcessVariable<Long> VAR_REQUESTED_FEN = longVariable("requestedFen");
    public static final ProcessVariable<Boolean> VAR_HAS_PROGRAMME = booleanVariable("hasProgramme");
    /** The agreement's form of cooperation: a top-down pilot is funded in full by its initiator. */
    public static final ProcessVariable<CooperationMode> VAR_COOPERATION_MODE = keyedVariable("cooperationMode",
            CooperationMode.class);
    /**
     * Decision-table result: {@code eligible}, {@code ineligibleReason}, {@code centralSharePercent}; the gateway
     * reads it and the grant's row keeps it, and it goes in the transaction that made it.
     */
    public static final ProcessVariable<Eligibility> VAR_ELIGIBILITY = variable("eligibility", Eligibility::of,
            Eligibility::entries);
    /** Transient: for the gateway after the reservation. */
    public static final ProcessVariable<Boolean> VAR_FUNDS_RESERVED = booleanVariable("fundsReserved");
    /** Transient: for the grant officer's task's candidate group, when the task is created. */
    public static final ProcessVariable<String> VAR_GRANT_OFFICER_GROUP = stringVariable("grantOfficerGroup");
    /**
     * The grant officer's form: {@code award}, {@code partial} or {@code decline}, and the details, as typed;
     * {@code Grants.decide} checks them and names every field it refuses. They live only in the transaction that
     * completes the task and records the decision.
     */
    public static final ProcessVariable<String> VAR_GRANT_DECISION = stringVariable("grantDecision");
    public static final ProcessVariable<String> VAR_AWARDED_AMOUNT = stringVariable("awardedAmount");
    public static final ProcessVariable<String> VAR_REASON = stringVariable("reason");
    public static final ProcessVariable<String> VAR_VALID_FROM = stringVariable("validFrom");
    public static final ProcessVariable<String> VAR_VALID_TO = stringVariable("validTo");
    public static final ProcessVariable<String> VAR_CONDITIONS = stringVariable("conditions");

    /** The decision table's verdict on one item, as its single result entry holds it. */
    public record Eligibility(boolean eligible, String ineligibleReason, int centralSharePercent) {

        static Eligibility of(Object entries) {
            Map<?, ?> verdict = (Map<?, ?>) entries;
            Object percent = verdict.get("centralSharePercent");
            Object reason = verdict.get("ineligibleReason");
            return new Eligibility(Boolean.TRUE.equals(verdict.get("eligible")), reason == null ? null : reason.toString(),
                    percent == null ? 0 : ((Number) percent).intValue());
        }

        Object entries() {
            Map<String, Object> entries = new HashMap<>();
            entries.put("eligible", eligible);
            entries.put("ineligibleReason", ineligibleReason);
            entries.put("centralSharePercent", centralSharePercent);
            return entries;
        }
    }

    private GrantProcess() {
    }
}
