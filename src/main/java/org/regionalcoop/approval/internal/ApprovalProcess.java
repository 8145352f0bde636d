package org.regionalcoop.approval.internal;

/**
 * Higher approval of a signed agreement ({@code bpmn/agreement_approval.bpmn}): the decision table routes
 * it to one or two levels of reviewers, each reviews within a service level.
 */
public final class ApprovalProcess {

    public static final String KEY = "agreement_approval";
    public static final String DECISION = "approval_routing";

    public static final String START_APPROVAL_REQUESTED = "start_approval_requested";
    public static final String SERVICE_PREPARE_ROUTING = "service_prepare_routing";
    public static final String RULE_ROUTE_APPROVAL = "rule_route_approval";
    public static final String SERVICE_RECORD_ROUTE = "service_record_route";
    public static final String SUB_REVIEWS = "sub_reviews";
    public static final String START_REVIEW_REQUESTED = "start_review_requested";
    public static final String USER_REVIEW_AGREEMENT = "user_review_agreement";
    public static final String TIMER_REVIEW_SLA = "timer_review_sla";
    public static final String SERVICE_RAISE_ESCALATION = "service_raise_escalation";
    public static final String END_ESCALATION_RAISED = "end_escalation_raised";
    public static final String SERVICE_RECORD_REVIEW = "service_record_review";
    public static final String END_REVIEW_GIVEN = "end_review_given";
    public static final String XOR_REVIEW_DECIDED = "xor_review_decided";
    public static final String END_AGREEMENT_APPROVED = "end_agreement_approved";
    public static final String END_AGREEMENT_REJECTED = "end_agreement_rejected";
    public static final String END_REVISION_REQUESTED = "end_revision_requested";

    /** Input: the agreement, as text. */
    public static final String VAR_AGREEMENT_ID = "agreementId";
    /** The agreement's form of cooperation ({@code CooperationMode} as a key): whether and whom a superior approves. */
    public static final String VAR_COOPERATION_MODE = "cooperationMode";
    /** Whether the agreement asks a superior for any support. */
    public static final String VAR_SUPPORT_REQUESTED = "supportRequested";
    /** The level of the participants' lowest common superior: {@code provincial} or {@code central}. */
    public static final String VAR_SUPERIOR_LEVEL = "superiorLevel";
    /** Whether the requested support is above the configured second-level threshold. */
    public static final String VAR_LARGE_REQUEST = "largeRequest";
    /** The reviewers' decision: {@code approve}, {@code reject} or {@code revise}. */
    public static final String VAR_REVIEW_DECISION = "reviewDecision";
    public static final String VAR_CONDITIONS = "conditions";
    public static final String VAR_REASON = "reason";
    /** Output: {@code approved}, {@code rejected} or {@code revise}. */
    public static final String VAR_APPROVAL_OUTCOME = "approvalOutcome";

    private ApprovalProcess() {
    }
}
