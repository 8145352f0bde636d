package org.regionalcoop.tasks;

import java.util.Map;
import java.util.Optional;

import static java.util.Map.entry;

/**
 * Every user task of every process, by its task definition key: the name staff see in the Tasklist (an
 * engine expression over the task's variables) and the context its form shows. The one place to change
 * when a process gains a user task; {@code TaskStepsTest} fails until it is listed here. A name is one string
 * whatever the reader's language, so it says the step in Chinese, then in English, in the workbench's words
 * ({@code step.*} of the message bundles), and the agreement's or project's own name once.
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
        /** the support item to decide: its type, the amount requested, the central share and what the budget holds for it */
        GRANT,
        /** the answering participant's position and the transfers */
        SETTLEMENT,
        /** every participant's position, the objections and the transfers; the participants to choose payer and payee from */
        ARBITRATION,
        /** the project's name */
        PROJECT,
        /** the project's name and the running projects it repeats, to choose the one to merge into */
        REPEATED_CONSTRUCTION,
        /** the project, the milestone and its amounts */
        MILESTONE,
        /** the project, what it asks of the agreement's fund and what the fund holds */
        FUND_ALLOCATION
    }

    record Step(String name, Context context) {
    }

    private static final Map<String, Step> STEPS = Map.ofEntries(
            step("user_cast_vote", "答复 / Answer: ${agreementTitle} (第 ${round} 轮 / round ${round})", Context.BALLOT),
            step("user_hold_joint_meeting", "联席会议 / Joint meeting: ${agreementTitle} (第 ${round} 轮 / round ${round})", Context.TITLE),
            step("user_revise_agreement", "修订 / Revise: ${agreementTitle} (第 ${round} 轮要求修改 / amendments asked in round ${round})",
                    Context.TITLE),
            step("user_sign_agreement", "签署 / Sign: ${agreementTitle}", Context.SIGNATURE),
            step("user_review_agreement", "审批 / Review: ${agreementTitle}", Context.REVIEW),
            step("user_revise_after_review", "根据审批意见修订 / Revise for the reviewers: ${agreementTitle}", Context.TITLE),
            step("user_decide_grant", "决定专项资金 / Decide the grant: ${agreementTitle}", Context.GRANT),
            step("user_confirm_settlement", "确认结算 / Confirm the settlement: ${agreementTitle}", Context.SETTLEMENT),
            step("user_arbitrate_settlement", "仲裁结算 / Arbitrate the settlement: ${agreementTitle}", Context.ARBITRATION),
            step("user_evaluate_agreement", "评估协议 / Evaluate: ${agreementTitle}", Context.TITLE),
            step("user_decide_running_project", "决定在建项目的去向 / Decide a running project: ${agreementTitle}", Context.TITLE),
            step("user_allocate_fund", "分配合作基金 / Allocate the fund's money: ${projectName}", Context.FUND_ALLOCATION),
            step("user_resolve_repeated_construction", "处理重复建设 / Resolve repeated construction: ${projectName}", Context.REPEATED_CONSTRUCTION),
            step("user_answer_penalty", "答复违约金 / Answer the penalty: ${projectName}", Context.PROJECT),
            step("user_arbitrate_default", "仲裁违约金 / Arbitrate the penalty: ${projectName}", Context.PROJECT),
            step("user_report_milestone", "报告里程碑 / Report milestone: ${projectName} – ${milestone}", Context.MILESTONE),
            step("user_verify_milestone", "核验里程碑 / Verify milestone: ${projectName} – ${milestone}", Context.MILESTONE),
            step("user_convene_meeting", "召集会议 / Convene: ${bodyName} (第 ${meetingNumber} 次会议 / meeting ${meetingNumber}, "
                    + "${meetingDate}) – ${agreementTitle}", Context.TITLE),
            step("user_record_minutes", "记录会议纪要 / Minutes: ${bodyName} (第 ${meetingNumber} 次会议 / meeting ${meetingNumber}, "
                    + "${meetingDate}) – ${agreementTitle}", Context.TITLE));

    private TaskSteps() {
    }

    private static Map.Entry<String, Step> step(String taskDefinitionKey, String name, Context context) {
        return entry(taskDefinitionKey, new Step(name, context));
    }

    static Optional<Step> of(String taskDefinitionKey) {
        return Optional.ofNullable(STEPS.get(taskDefinitionKey));
    }
}
