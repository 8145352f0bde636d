package org.regionalcoop.projects.internal;

import org.regionalcoop.kernel.AgreementId;
import org.regionalcoop.kernel.Money;
import org.regionalcoop.kernel.ProcessVariable;
import org.regionalcoop.organizations.GovernmentCode;
import org.regionalcoop.projects.DefaultArbitrated;
import org.regionalcoop.projects.FundAllocationDecision;
import org.regionalcoop.projects.JointProjectVariables;
import org.regionalcoop.projects.MilestoneVerification;
import org.regionalcoop.projects.PenaltyAnswered;
import org.regionalcoop.projects.ProjectId;
import org.regionalcoop.projects.RepeatedConstructionResolution;

import static org.regionalcoop.kernel.ProcessVariable.*;

/**
 * One joint project from registration to completion ({@code bpmn/joint_project.bpmn}): the repeated
 * construction check, contributions per participant with their defaults, and the milestones in order.
 */
public final class JointProjectProcess {

    public static final String KEY = "joint_project";

    /**
     * The business key of a project's instance: {@code <agreementId>:project:<projectId>}. It starts with
     * the agreement id, as every instance's key does, so the task API and Tasklist place its tasks under
     * their agreement.
     */
    public static String businessKey(java.util.UUID agreementId, ProjectId projectId) {
        return agreementId + ":project:" + projectId;
    }
    /** A participant's payment came in; delivered to the contribution waiting for it. */
    public static final String MESSAGE_CONTRIBUTION_PAID = "msg_contribution_paid";

    public static final String START_PROJECT_REGISTERED = "start_project_registered";
    public static final String SERVICE_CHECK_REPEATED_CONSTRUCTION = "service_check_repeated_construction";
    public static final String USER_RESOLVE_REPEATED_CONSTRUCTION = "user_resolve_repeated_construction";
    public static final String USER_ALLOCATE_FUND = "user_allocate_fund";
    public static final String SERVICE_RECORD_ALLOCATION = "service_record_allocation";
    public static final String END_PROJECT_UNFUNDED = "end_project_unfunded";
    public static final String SERVICE_START_PROJECT = "service_start_project";
    public static final String SUB_CONTRIBUTIONS = "sub_contributions";
    public static final String SERVICE_REQUEST_CONTRIBUTION = "service_request_contribution";
    public static final String RECEIVE_CONTRIBUTION = "receive_contribution";
    public static final String TIMER_CONTRIBUTION_DEADLINE = "timer_contribution_deadline";
    public static final String SERVICE_RECORD_DEFAULT = "service_record_default";
    public static final String RECEIVE_LATE_CONTRIBUTION = "receive_late_contribution";
    public static final String TIMER_GRACE_PERIOD = "timer_grace_period";
    public static final String USER_ANSWER_PENALTY = "user_answer_penalty";
    public static final String USER_ARBITRATE_DEFAULT = "user_arbitrate_default";
    public static final String SUB_MILESTONES = "sub_milestones";
    public static final String USER_REPORT_MILESTONE = "user_report_milestone";
    public static final String USER_VERIFY_MILESTONE = "user_verify_milestone";
    public static final String END_PROJECT_COMPLETED = "end_project_completed";
    public static final String END_PROJECT_MERGED = "end_project_merged";
    public static final String END_PROJECT_CANCELLED = "end_project_cancelled";
    public static final String END_CONTRIBUTION_PAID = "end_contribution_paid";
    public static final String END_PAID_BEFORE_REQUEST = "end_paid_before_request";
    public static final String END_PAID_AFTER_REMINDER = "end_paid_after_reminder";
    public static final String END_PENALTY_IMPOSED = "end_penalty_imposed";
    public static final String END_PENALTY_WAIVED = "end_penalty_waived";

    /** Input: the agreement and the project, as text. */
    public static final ProcessVariable<AgreementId> VAR_AGREEMENT_ID = AgreementId.VARIABLE;
    public static final ProcessVariable<ProjectId> VAR_PROJECT_ID = JointProjectVariables.PROJECT_ID;
    /** Set by the check: whether active projects of other governments share the field and area. */
    public static final ProcessVariable<Boolean> VAR_REPEATED_CONSTRUCTION = booleanVariable("repeatedConstruction");
    /** The secretariat's resolution: {@code confirm}, {@code merge} or {@code cancel}. */
    public static final ProcessVariable<RepeatedConstructionResolution> VAR_RESOLUTION = keyedVariable("resolution",
            RepeatedConstructionResolution.class);
    /** The project to merge into, by id. */
    public static final ProcessVariable<String> VAR_MERGE_INTO = stringVariable("mergeInto");
    public static final ProcessVariable<String> VAR_RESOLUTION_REASON = stringVariable("resolutionReason");
    /** Input: whether the project asked the agreement's fund for part of its budget (held at registration). */
    public static final ProcessVariable<Boolean> VAR_FUND_REQUESTED = booleanVariable("fundRequested");
    /** Input, when the fund was asked: the amount held for the project. */
    public static final ProcessVariable<Money> VAR_FUND_REQUESTED_AMOUNT = moneyVariable("fundRequestedAmount");
    /** The allocating body's decision: {@code allocate} or {@code decline}. */
    public static final ProcessVariable<FundAllocationDecision> VAR_ALLOCATION = keyedVariable("allocation",
            FundAllocationDecision.class);
    public static final ProcessVariable<String> VAR_ALLOCATION_REASON = stringVariable("allocationReason");
    /** Set by recording the decision: whether the fund's money was allocated. */
    public static final ProcessVariable<Boolean> VAR_FUND_ALLOCATED = booleanVariable("fundAllocated");
    /** The multi-instance element of the contributions: a participant's government code. */
    public static final ProcessVariable<GovernmentCode> VAR_PARTICIPANT = idVariable("participant", GovernmentCode::of);
    /** The receive tasks' own copy of the participant, by which a payment finds its waiting contribution. */
    public static final ProcessVariable<GovernmentCode> VAR_CONTRIBUTOR = idVariable("contributor", GovernmentCode::of);
    /** Whether a contribution is still owed when it is called (a payment may come before). */
    public static final ProcessVariable<Boolean> VAR_OUTSTANDING = booleanVariable("contributionOutstanding");
    /** The defaulter's answer: {@code accept} or {@code dispute}. */
    public static final ProcessVariable<PenaltyAnswered.Answer> VAR_PENALTY_ANSWER = keyedVariable("penaltyAnswer",
            PenaltyAnswered.Answer.class);
    public static final ProcessVariable<String> VAR_PENALTY_REASON = stringVariable("penaltyReason");
    /** The arbitrator's decision: {@code uphold} or {@code waive}. */
    public static final ProcessVariable<DefaultArbitrated.Decision> VAR_ARBITRATION = keyedVariable("arbitration",
            DefaultArbitrated.Decision.class);
    public static final ProcessVariable<String> VAR_ARBITRATION_REASON = stringVariable("arbitrationReason");
    /** The multi-instance element of the milestones: the milestone's name. */
    public static final ProcessVariable<String> VAR_MILESTONE = JointProjectVariables.MILESTONE;
    public static final ProcessVariable<String> VAR_SUMMARY = stringVariable("summary");
    public static final ProcessVariable<String> VAR_ACTUAL_COST = stringVariable("actualCost");
    /** The grant officer's decision: {@code verified} or {@code rejected}. */
    public static final ProcessVariable<MilestoneVerification> VAR_VERIFICATION = keyedVariable("verification",
            MilestoneVerification.class);
    public static final ProcessVariable<String> VAR_VERIFICATION_REASON = stringVariable("verificationReason");

    private JointProjectProcess() {
    }
}
