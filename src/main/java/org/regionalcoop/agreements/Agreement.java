package org.regionalcoop.agreements;

import io.swagger.v3.oas.annotations.media.Schema;
import org.regionalcoop.kernel.AgreementId;

import org.regionalcoop.organizations.GovernmentCode;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * An agreement as it stands: its status and its current version.
 *
 * @param renewalOf the agreement this one renews, if it is a renewal
 */
@Schema(description = "An agreement as it stands: its status, stage, initiator and current version")
public record Agreement(
        AgreementId id,
        GovernmentCode initiator,
        AgreementStatus status,
        AgreementVersion current,
        String proposedBy,
        Instant proposedAt,
        Optional<AgreementId> renewalOf) {

    /**
     * The governments asked to consent and sign: every participant, except the government a counterpart-support
     * agreement supports. Its initiator is the supporter, who binds itself; the supported government receives.
     */
    public List<GovernmentCode> voters() {
        AgreementContent content = current.content();
        if (content.mode() != CooperationMode.COUNTERPART_SUPPORT) {
            return content.participants();
        }
        return content.participants().stream().filter(initiator::equals).toList();
    }
}
