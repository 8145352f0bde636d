package org.regionalcoop.projects;

import io.swagger.v3.oas.annotations.media.Schema;
import org.regionalcoop.agreements.CooperationField;
import org.regionalcoop.kernel.Money;
import org.regionalcoop.organizations.GovernmentCode;

import java.time.Instant;
import java.util.UUID;

/**
 * A joint project and where it stands. */
@Schema(description = "A joint project and where it stands")
public record ProjectSummary(ProjectId id, UUID agreementId, String name, GovernmentCode lead, CooperationField field,
                             GovernmentCode location, Money budget, Money grantPart, ProjectStatus status,
                             String registeredBy, Instant registeredAt) {
}
