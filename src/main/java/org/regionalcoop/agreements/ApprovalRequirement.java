package org.regionalcoop.agreements;

import org.regionalcoop.organizations.GovernmentCode;

import java.util.Optional;

/**
 * Whether a registered authority can approve an agreement's content. Asked when the agreement is proposed or
 * revised, so that an agreement nobody can approve is refused before its participants vote and sign rather than
 * stuck after the last signature. The approval module answers it with its routing.
 */
public interface ApprovalRequirement {

    /** What the registry lacks for this content to be approved, or empty when its reviewers are all registered. */
    Optional<String> missingApprover(AgreementContent content);

    /**
     * The coordination agency that reviews this content first, whose grant programmes fund the support it requests;
     * empty when the registry has none for it.
     */
    Optional<GovernmentCode> approvingAgency(AgreementContent content);
}
