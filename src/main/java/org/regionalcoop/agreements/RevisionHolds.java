package org.regionalcoop.agreements;

import org.regionalcoop.kernel.AgreementId;

import java.util.Optional;

/**
 * A module that decides on an agreement's current version says when a new one may not be published while its
 * status alone would allow it: a version published where the module would not see it would slip past its decision.
 */
public interface RevisionHolds {

    Optional<RevisionRefusal> holding(AgreementId agreement);
}
