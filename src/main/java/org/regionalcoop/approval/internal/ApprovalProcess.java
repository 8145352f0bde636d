package org.regionalcoop.approval.internal;

import org.regionalcoop.agreements.CooperationMode;
import org.regionalcoop.approval.ReviewDecision;
import org.regionalcoop.kernel.AgreementId;
import org.regionalcoop.kernel.ProcessVariable;

import static org.regionalcoop.kernel.ProcessVariable.*;

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
    public static final ProcessVariable<AgreementId> VAR_AGREEMENT_ID = AgreementId.VARIABLE;
    /** The agreement's form of cooperation ({@code CooperationMode} as a key): whether and whom a superior approves. */
    public static final ProcessVariable<CooperationMode> VAR_COOPERATION_MODE = keyedVariable("cooperationMode",
            CooperationMode.class);
    /** Whether the agreement asks a superior for any support. */
    public static final ProcessVariable<Boolean> VAR_SUPPORT_REQUESTED = booleanVariable("supportRequested");
    /** The level of the participants' lowest common superior: {@code provincial} or {@code central}. */
    public static final ProcessVariable<String> VAR_SUPERIOR_LEVEL = stringVariable("superiorLevel");
    /** Whether the requested support is above the configured second-level threshold. */
    public static final ProcessVariable<Boolean> VAR_LARGE_REQUEST = booleanVariable("largeRequest");
    /** The reviewers' decision: {@code approve}, {@code reject} or {@code revise}. */
    public static final ProcessVariable<ReviewDecision> VAR_REVIEW_DECISION = variable("reviewDecision",
            ReviewDecision::fromKey, ReviewDecision::key);
    public static final ProcessVariable<String> VAR_CONDITIONS = stringVariable("conditions");
    public static final ProcessVariable<String> VAR_REASON = stringVariable("reason");
    /** Output: {@code approved}, {@code rejected} or {@code revise}. */
    static final ProcessVariable<ApprovalOutcome> VAR_APPROVAL_OUTCOME = keyedVariable("approvalOutcome",
            ApprovalOutcome.class);
    /** The routing table's outputs: who reviews first and second, {@code none} where nobody does. */
    static final ProcessVariable<String> VAR_FIRST_REVIEWER = stringVariable("firstReviewer");
    static final ProcessVariable<String> VAR_SECOND_REVIEWER = stringVariable("secondReviewer");
    /** Per review: the candidate group of the level that reviews (the multi-instance element). */
    public static final ProcessVariable<String> VAR_REVIEWER_GROUP = stringVariable("reviewerGroup");

    private ApprovalProcess() {
    }
}
