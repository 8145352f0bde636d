package org.regionalcoop.agreements;

import org.regionalcoop.kernel.AgreementId;

/**
 * Which of an agreement's user tasks are open, as the task lists know them: the tasks module, which depends on this
 * one, answers from its projection of the engine's open tasks, kept in the engine's own transactions.
 */
public interface OpenSteps {

    /** Whether a task of this step (its task definition key) is open on one of the agreement's processes. */
    boolean isOpen(AgreementId agreement, String step);
}
