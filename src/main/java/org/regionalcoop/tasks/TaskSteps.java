package org.regionalcoop.tasks;

import java.util.Map;
import java.util.Optional;

import static java.util.Map.entry;

/**
 * Every user task of every process, by its task definition key: the name staff see in the Tasklist (an
 * engine expression over the task's variables) and the context its form shows. The one place to change
 * when a process gains a user task; {@code TaskStepsTest} fails until it is listed here.
 */
final class TaskSteps {

    /** What the form of a step shows about its decision, beyond the agreement's title. */
    enum Context {
        /** the agreement's title only */
        TITLE,
        /** the version put to the vote: type, term, cost shares, support and its whole text */
        BALLOT,
        /** the text being signed and its content hash */
        SIGNATURE,
        /** the signed text and the support it requests */
        REVIEW,
        /** the answering participant's position and the transfers */
        SETTLEMENT,
        /** the project's name */
        PROJECT,
        /** the project, the milestone and its amounts */
        MILESTONE,
        /** the project, what it asks of the agreement's fund and what the fund holds */
        FUND_ALLOCATION
    }

    record Step(String name, Context context) {
    }

    private static final Map<String, Step> STEPS = Map.ofEntries(
            step("user_cast_vote", "Answer: ${agreementTitle} (round ${round})", Context.BALLOT),
            step("user_hold_joint_meeting", "Joint meeting: ${agreementTitle} (round ${round})", Context.TITLE),
            step("user_revise_agreement", "Revise: ${agreementTitle} (amendments asked in round ${round})", Context.TITLE),
            step("user_sign_agreement", "Sign: ${agreementTitle}", Context.SIGNATURE),
            step("user_review_agreement", "Review: ${agreementTitle}", Context.REVIEW),
            step("user_revise_after_review", "Revise for the reviewers: ${agreementTitle}", Context.TITLE),
            step("user_decide_grant", "Decide the grant: ${agreementTitle}", Context.TITLE),
            step("user_confirm_settlement", "Confirm the settlement: ${agreementTitle}", Context.SETTLEMENT),
            step("user_arbitrate_settlement", "Arbitrate the settlement: ${agreementTitle}", Context.TITLE),
            step("user_evaluate_agreement", "Evaluate: ${agreementTitle}", Context.TITLE),
            step("user_decide_running_project", "Decide a running project: ${agreementTitle}", Context.TITLE),
            step("user_allocate_fund", "Allocate the fund's money: ${projectName}", Context.FUND_ALLOCATION),
            step("user_resolve_repeated_construction", "Resolve repeated construction: ${projectName}", Context.PROJECT),
            step("user_answer_penalty", "Answer the penalty: ${projectName}", Context.PROJECT),
            step("user_arbitrate_default", "Arbitrate the penalty: ${projectName}", Context.PROJECT),
            step("user_report_milestone", "Report milestone: ${projectName} – ${milestone}", Context.MILESTONE),
            step("user_verify_milestone", "Verify milestone: ${projectName} – ${milestone}", Context.MILESTONE),
            step("user_convene_meeting", "Convene: ${bodyName} meeting ${meetingNumber} (${meetingDate}) – ${agreementTitle}", Context.TITLE),
            step("user_record_minutes", "Minutes: ${bodyName} meeting ${meetingNumber} (${meetingDate}) – ${agreementTitle}", Context.TITLE));

    private TaskSteps() {
    }

    private static Map.Entry<String, Step> step(String taskDefinitionKey, String name, Context context) {
        return entry(taskDefinitionKey, new Step(name, context));
    }

    static Optional<Step> of(String taskDefinitionKey) {
        return Optional.ofNullable(STEPS.get(taskDefinitionKey));
    }
}
