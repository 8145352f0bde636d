package org.regionalcoop.projects;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;
import org.regionalcoop.kernel.TextRules;

import org.regionalcoop.agreements.CooperationField;
import org.regionalcoop.agreements.CostShare;
import org.regionalcoop.kernel.Money;
import org.regionalcoop.organizations.GovernmentCode;

import java.util.List;

/**
 * A joint project as a participant's coordinator registers it. The budget is funded by the grant part
 * and by the participants' contributions (the rest), split by the cost shares.
 *
 * @param location the government whose area the project is built in
 */
@Schema(description = "A joint project to register: the budget is funded by the grant part and by the participants' contributions (the rest), split by the cost shares")
public record ProjectRegistration(@Schema(requiredMode = REQUIRED, minLength = 1, maxLength = TextRules.NAME) String name,
                                  @Schema(requiredMode = REQUIRED, description = "a participant of the agreement")
                                  GovernmentCode lead,
                                  @Schema(requiredMode = REQUIRED) CooperationField field,
                                  @Schema(requiredMode = REQUIRED) GovernmentCode location,
                                  @Schema(requiredMode = REQUIRED, description = "positive") Money budget,
                                  @Schema(requiredMode = REQUIRED, description = "the part of the budget the grant pays")
                                  Money grantPart,
                                  @ArraySchema(minItems = 1, arraySchema = @Schema(requiredMode = REQUIRED))
                                  List<CostShare> costShares,
                                  @ArraySchema(minItems = 1, arraySchema = @Schema(requiredMode = REQUIRED,
                                          description = "their grant amounts add up to the grant part"))
                                  List<MilestonePlan> milestones) {
}
