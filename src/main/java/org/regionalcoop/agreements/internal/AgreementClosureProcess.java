package org.regionalcoop.agreements.internal;

/**
 * The closure stage ({@code bpmn/agreement_closure.bpmn}): its key, element ids and variables, in one
 * place for the lifecycle that calls it, the task API and the tests.
 */
public final class AgreementClosureProcess {

    public static final String KEY = "agreement_closure";

    public static final String START_TERM_ENDED = "start_term_ended";
    public static final String USER_EVALUATE_AGREEMENT = "user_evaluate_agreement";
    public static final String USER_DECIDE_RUNNING_PROJECT = "user_decide_running_project";
    public static final String XOR_CLOSURE_DECIDED = "xor_closure_decided";
    public static final String END_RENEWAL_REQUESTED = "end_renewal_requested";
    public static final String END_AGREEMENT_TERMINATED = "end_agreement_terminated";

    /** Input: the agreement being closed. */
    public static final String VAR_AGREEMENT_ID = "agreementId";
    /** Input: the government code of the secretariat whose coordinators evaluate. */
    public static final String VAR_SECRETARIAT = "secretariat";
    /** Output of the evaluation task: {@link ClosureDecision#key()}. */
    public static final String VAR_CLOSURE_DECISION = "closureDecision";
    /** Output of the evaluation task: the coordinators' written evaluation. */
    public static final String VAR_EVALUATION = "evaluation";
    /** Element of the per-project decisions: the running project decided on. */
    public static final String VAR_PROJECT_ID = "projectId";
    /** Local to a project's decision task: the project's name, which its form shows. */
    public static final String VAR_PROJECT_NAME = "projectName";
    /** Output of a project's decision task: complete, hand-over or cancel. */
    public static final String VAR_PROJECT_DECISION = "projectDecision";
    /** Output of a project's decision task: why. */
    public static final String VAR_PROJECT_DECISION_REASON = "projectDecisionReason";

    public enum ClosureDecision {
        RENEW("renew"), TERMINATE("terminate");

        private final String key;

        ClosureDecision(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    private AgreementClosureProcess() {
    }
}
