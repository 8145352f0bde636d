package org.regionalcoop.projects;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;
import org.regionalcoop.kernel.TextRules;

import org.regionalcoop.agreements.CooperationField;
import org.regionalcoop.agreements.CostShare;
import org.regionalcoop.agreements.GoverningBody;
import org.regionalcoop.kernel.Money;
import org.regionalcoop.organizations.GovernmentCode;

import java.util.List;

/**
 * A joint project as a participant's coordinator registers it. The budget is funded by the grant part, by the part the
 * agreement's fund pays (the fund part), and by the participants' contributions (the rest), split by the cost shares.
 * It is led by a participant government or by one of the agreement's bodies (a working circle), whose members act for it.
 *
 * @param location the government whose area the project is built in
 * @param leadBody the key of the agreement's body that leads it, instead of a lead government
 * @param fundPart the part of the budget asked of the agreement's fund; zero or left out when none
 */
@Schema(description = "A joint project to register: the budget is funded by the grant part and by the participants' contributions (the rest), split by the cost shares")
public record ProjectRegistration(@Schema(requiredMode = REQUIRED, minLength = 1, maxLength = TextRules.NAME,
                                          description = "the project's name") String name,
                                  @Schema(description = "a participant of the agreement; required unless a body leads")
                                  GovernmentCode lead,
                                  @Schema(requiredMode = REQUIRED, description = "the policy field the project serves, "
                                          + "one of the agreement's fields")
                                  CooperationField field,
                                  @Schema(requiredMode = REQUIRED, description = "the government whose area the project "
                                          + "is built in") GovernmentCode location,
                                  @Schema(requiredMode = REQUIRED, description = "the whole budget, yuan, positive")
                                  Money budget,
                                  @Schema(requiredMode = REQUIRED, description = "the part of the budget the grant pays, "
                                          + "yuan, not negative; with the fund part at most the budget") Money grantPart,
                                  @ArraySchema(minItems = 1, arraySchema = @Schema(requiredMode = REQUIRED,
                                          description = "every participant's share of the contributions, adding up to "
                                                  + "exactly 100"))
                                  List<CostShare> costShares,
                                  @ArraySchema(minItems = 1, arraySchema = @Schema(requiredMode = REQUIRED,
                                          description = "their grant amounts add up to the grant part"))
                                  List<MilestonePlan> milestones,
                                  @Schema(maxLength = GoverningBody.KEY_LENGTH, example = "circle-mobility",
                                          description = "the key of the agreement's body that leads the project instead of "
                                                  + "a government; give either lead or leadBody")
                                  String leadBody,
                                  @Schema(description = "the part of the budget asked of the agreement's fund, yuan; "
                                          + "held at registration, then allocated or declined by the fund's allocating "
                                          + "body; left out or 0.00 when none")
                                  Money fundPart) {

    /** A project led by a government and funded by grants and contributions only. */
    public ProjectRegistration(String name, GovernmentCode lead, CooperationField field, GovernmentCode location,
                               Money budget, Money grantPart, List<CostShare> costShares, List<MilestonePlan> milestones) {
        this(name, lead, field, location, budget, grantPart, costShares, milestones, null, null);
    }

    /** The fund part, zero when none was asked. */
    public Money fundPartOrZero() {
        return fundPart == null ? Money.ZERO : fundPart;
    }
}
