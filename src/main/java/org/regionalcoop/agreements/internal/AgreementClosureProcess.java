package org.regionalcoop.agreements.internal;

import org.regionalcoop.agreements.ClosureDecided;
import org.regionalcoop.kernel.AgreementId;
import org.regionalcoop.kernel.ProcessVariable;
import org.regionalcoop.organizations.GovernmentCode;

import static org.regionalcoop.kernel.ProcessVariable.idVariable;
import static org.regionalcoop.kernel.ProcessVariable.keyedVariable;
import static org.regionalcoop.kernel.ProcessVariable.stringVariable;

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
    public static final ProcessVariable<AgreementId> VAR_AGREEMENT_ID = AgreementId.VARIABLE;
    /** Input: the government code of the secretariat whose coordinators evaluate. */
    public static final ProcessVariable<GovernmentCode> VAR_SECRETARIAT = idVariable("secretariat", GovernmentCode::of);
    /** Output of the evaluation task: renew or terminate. */
    public static final ProcessVariable<ClosureDecided.Decision> VAR_CLOSURE_DECISION = keyedVariable("closureDecision",
            ClosureDecided.Decision.class);
    /** Output of the evaluation task: the coordinators' written evaluation. */
    public static final ProcessVariable<String> VAR_EVALUATION = stringVariable("evaluation");
    /** Element of the per-project decisions: the running project decided on. */
    public static final ProcessVariable<String> VAR_PROJECT_ID = stringVariable("projectId");
    /** Local to a project's decision task: the project's name, which its form shows. */
    public static final ProcessVariable<String> VAR_PROJECT_NAME = stringVariable("projectName");
    /** Output of a project's decision task: complete, hand-over or cancel. */
    public static final ProcessVariable<String> VAR_PROJECT_DECISION = stringVariable("projectDecision");
    /** Output of a project's decision task: why. */
    public static final ProcessVariable<String> VAR_PROJECT_DECISION_REASON = stringVariable("projectDecisionReason");

    private AgreementClosureProcess() {
    }
}
