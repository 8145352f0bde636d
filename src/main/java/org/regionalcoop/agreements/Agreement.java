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
        @Schema(description = "the agreement's id, given by the platform when it was proposed; the {id} of its addresses")
        AgreementId id,
        @Schema(description = "the government that proposed it; its coordinators revise it")
        GovernmentCode initiator,
        @Schema(description = "where the agreement stands in its lifecycle; in force when approved or adopted")
        AgreementStatus status,
        @Schema(description = "the latest version of its content, the one the participants vote on and sign")
        AgreementVersion current,
        @Schema(description = "who proposed it: a member of staff's user id, or the event source of the initiator's system "
                + "that submitted the proposal")
        String proposedBy,
        @Schema(description = "when it was proposed, UTC")
        Instant proposedAt,
        @Schema(description = "the id of the agreement this one renews; null unless it is a renewal")
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
