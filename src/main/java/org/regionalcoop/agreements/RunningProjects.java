package org.regionalcoop.agreements;

import org.regionalcoop.kernel.AgreementId;

import java.util.List;

/**
 * The joint projects still running under an agreement, asked when the agreement is closed so that each gets a
 * decision and none is left with tasks nobody will work, and again when the renewal they were handed over to comes
 * into force or fails. The projects module answers it.
 */
public interface RunningProjects {

    /** The agreement's projects that are registered or active, in the order they were registered. */
    List<RunningProject> of(AgreementId agreementId);

    /** The closed agreement's projects its closure handed over to the renewal and still running, waiting for it. */
    List<RunningProject> handedOver(AgreementId closed);

    /**
     * The renewal came into force: the projects handed over to it move to it, with their processes, open tasks and
     * the settlement's accounts of them.
     */
    void handOver(AgreementId closed, AgreementId renewal);
}
