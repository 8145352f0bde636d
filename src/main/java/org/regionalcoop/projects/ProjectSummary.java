package org.regionalcoop.projects;

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
public record ProjectSummary(ProjectId id, UUID agreementId, String name,
                             @Schema(description = "the lead government; absent when a body leads") GovernmentCode lead,
                             CooperationField field,
                             GovernmentCode location, Money budget, Money grantPart, ProjectStatus status,
                             String registeredBy, Instant registeredAt,
                             @Schema(description = "the key of the agreement's body that leads; absent when a government leads")
                             String leadBody,
                             @Schema(requiredMode = REQUIRED, description = "the part of the budget asked of the agreement's fund")
                             Money fundPart) {

    /** Who coordinates the lead's work, in words: the lead government's code, else the body's key. */
    public String leadName() {
        return lead != null ? lead.value() : leadBody;
    }
}
