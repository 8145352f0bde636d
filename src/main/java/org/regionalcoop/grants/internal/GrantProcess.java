package org.regionalcoop.grants.internal;

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
    public static final String VAR_AGREEMENT_ID = "agreementId";
    /** The items to decide, as text ids; one sub-process instance each ({@code grantId}). */
    public static final String VAR_GRANT_IDS = "grantIds";
    public static final String VAR_GRANT_ID = "grantId";
    /** Decision-table inputs, local to the item. */
    public static final String VAR_SUPPORT_TYPE = "supportType";
    public static final String VAR_POOREST_PLATE = "poorestPlate";
    public static final String VAR_REQUESTED_FEN = "requestedFen";
    public static final String VAR_HAS_PROGRAMME = "hasProgramme";
    /** The agreement's form of cooperation: a top-down pilot is funded in full by its initiator. */
    public static final String VAR_COOPERATION_MODE = "cooperationMode";
    /** Decision-table result: {@code eligible}, {@code ineligibleReason}, {@code centralSharePercent}. */
    public static final String VAR_ELIGIBILITY = "eligibility";
    /** Shown to the grant officer: the requested amount, its central share and what the budget holds for it. */
    public static final String VAR_REQUESTED_AMOUNT = "requestedAmount";
    public static final String VAR_SHARE_AMOUNT = "shareAmount";
    public static final String VAR_RESERVED_AMOUNT = "reservedAmount";
    public static final String VAR_FUNDS_RESERVED = "fundsReserved";
    public static final String VAR_GRANT_OFFICER_GROUP = "grantOfficerGroup";
    /** The grant officer's form: {@code award}, {@code partial} or {@code decline}, and the details. */
    public static final String VAR_GRANT_DECISION = "grantDecision";
    public static final String VAR_AWARDED_AMOUNT = "awardedAmount";
    public static final String VAR_REASON = "reason";
    public static final String VAR_VALID_FROM = "validFrom";
    public static final String VAR_VALID_TO = "validTo";
    public static final String VAR_CONDITIONS = "conditions";

    private GrantProcess() {
    }
}
