package org.regionalcoop.agreements;

import org.regionalcoop.kernel.AgreementId;

import java.util.List;

/**
 * The joint projects still running under an agreement, asked when the agreement is closed so that each gets a
 * decision and none is left with tasks nobody will work. The projects module answers it.
 */
public interface RunningProjects {

    /** The agreement's projects that are registered or active, in the order they were registered. */
    List<RunningProject> of(AgreementId agreementId);
}
