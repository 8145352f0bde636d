package org.regionalcoop.projects;

import org.regionalcoop.kernel.ProcessVariable;

import static org.regionalcoop.kernel.ProcessVariable.idVariable;
import static org.regionalcoop.kernel.ProcessVariable.stringVariable;

/**
 * The joint project process's variables that other modules read: the task list gives a project's tasks the
 * project's and the milestone's context from them. The process's constants holder declares its other variables.
 */
public final class JointProjectVariables {

    /** Input: the project the instance runs. */
    public static final ProcessVariable<ProjectId> PROJECT_ID = idVariable("projectId", ProjectId::of);
    /** The multi-instance element of the milestones: the milestone's name. */
    public static final ProcessVariable<String> MILESTONE = stringVariable("milestone");

    private JointProjectVariables() {
    }
}
