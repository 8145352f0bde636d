package org.regionalcoop.projects;

import jakarta.annotation.Nullable;
import io.swagger.v3.oas.annotations.media.Schema;
import org.regionalcoop.agreements.CooperationField;
import org.regionalcoop.kernel.Money;
import org.regionalcoop.organizations.GovernmentCode;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;
import java.util.UUID;

/**
 * A joint project and where it stands.
 *
 * @param lead     the lead government, or null when a body leads
 * @param leadBody the key of the agreement's body that leads it, or null when a government does
 * @param fundPart the part of the budget the agreement's fund pays, once allocated
 */
@Schema(description = "A joint project and where it stands")
public record ProjectSummary(@Schema(description = "the project's id, given by the platform at registration") ProjectId id,
                             @Schema(description = "the id of the agreement the project is registered under") UUID agreementId,
                             @Schema(description = "the project's name as registered") String name,
                             @Schema(description = "the lead government; null when a body leads") @Nullable GovernmentCode lead,
                             @Schema(description = "the policy field the project serves; projects of the same field and "
                                     + "area are checked for repeated construction") CooperationField field,
                             @Schema(description = "the government whose area the project is built in")
                             GovernmentCode location,
                             @Schema(description = "the whole budget, yuan") Money budget,
                             @Schema(description = "the part of the budget the grant pays, yuan; the milestones release it")
                             Money grantPart,
                             @Schema(description = "where the project stands: registered (awaiting the repeated-construction "
                                     + "check), active, completed, merged or cancelled") ProjectStatus status,
                             @Schema(description = "the user id of the coordinator who registered it") String registeredBy,
                             @Schema(description = "when it was registered, UTC") Instant registeredAt,
                             @Schema(description = "the key of the agreement's body that leads; null when a government leads")
                             @Nullable String leadBody,
                             @Schema(requiredMode = REQUIRED, description = "the part of the budget asked of the agreement's "
                                     + "fund, yuan; 0.00 when none was asked")
                             Money fundPart) {

    /** Who coordinates the lead's work, in words: the lead government's code, else the body's key. */
    public String leadName() {
        return lead != null ? lead.value() : leadBody;
    }
}
