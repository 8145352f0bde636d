package org.regionalcoop.projects;

import jakarta.annotation.Nullable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import com.fasterxml.jackson.annotation.JsonFormat;
import org.regionalcoop.kernel.Money;
import org.regionalcoop.organizations.GovernmentCode;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A project with its contributions, defaults and milestones, for the read API. */
@Schema(description = "A project with its contributions, defaults and milestones")
public record ProjectDetail(@Schema(description = "the project and where it stands, as the agreement's list shows it") ProjectSummary project,
                            @Schema(description = "the project this one was merged into as repeated construction; null "
                                    + "unless merged") @Nullable ProjectId mergedInto,
                            @Schema(description = "why the secretariat's coordinators merged or cancelled it as repeated "
                                    + "construction; null otherwise") @Nullable String resolutionReason,
                            @ArraySchema(arraySchema = @Schema(description = "what each participant owes the project by its "
                                    + "cost share and has paid"))
                            List<Contribution> contributions,
                            @ArraySchema(arraySchema = @Schema(description = "contributions not paid by their deadline, "
                                    + "with the penalty and how each was decided; empty when none"))
                            List<Default> defaults,
                            @ArraySchema(arraySchema = @Schema(description = "the milestones in their order, each with its "
                                    + "report and verification"))
                            List<Milestone> milestones) {

    /** A participant's contribution; its percent is a decimal string like a cost share's. */
    @Schema(description = "What a participant contributes to the project by its cost share, and what it has paid")
    public record Contribution(@Schema(description = "the contributing participant") GovernmentCode participant,
                               @Schema(description = "its cost share in percent, an exact decimal string as in the "
                                       + "registration, e.g. 40.00")
                               @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal percent,
                               @Schema(description = "what it owes, yuan: its share of the budget less the grant and fund "
                                       + "parts, in whole fen") Money amount,
                               @Schema(description = "what it has paid so far, yuan") Money paid,
                               @Schema(description = "pending until called, requested, paid, defaulted, or withdrawn when "
                                       + "the project ended before it was paid") ContributionStatus status,
                               @Schema(description = "when it was called, UTC; null while pending") @Nullable Instant requestedAt,
                               @Schema(description = "by when it must be paid, UTC; null while pending") @Nullable Instant deadline) {
    }

    /** A missed deadline and its penalty. */
    @Schema(description = "A participant's contribution not paid in time, the penalty and how the default was resolved")
    public record Default(@Schema(description = "the participant that missed its deadline") GovernmentCode participant,
                          @Schema(description = "when the deadline passed unpaid, UTC") Instant defaultedAt,
                          @Schema(description = "the penalty the agreement sets for defection, yuan") Money penalty,
                          @Schema(description = "reminded, paid-in-grace, penalty-proposed, disputed (with the "
                                  + "arbitrator), imposed or waived") DefaultStatus status,
                          @Schema(description = "the defaulter's reason when it answered the proposed penalty; null "
                                  + "before") @Nullable String answerReason,
                          @Schema(description = "the user id of who answered for the defaulter; null before")
                          @Nullable String answeredBy,
                          @Schema(description = "the arbitrator's reason for imposing or waiving a disputed penalty; null "
                                  + "unless arbitrated") @Nullable String arbitrationReason,
                          @Schema(description = "the user id of the approving agency's arbitrator; null unless "
                                  + "arbitrated") @Nullable String arbitratedBy,
                          @Schema(description = "when the penalty was imposed or waived, UTC; null while open")
                          @Nullable Instant decidedAt) {
    }

    /** A milestone, its report and its verification. */
    @Schema(description = "A milestone of the project, its status and the grant it released")
    public record Milestone(@Schema(description = "the milestone's name as registered") String name,
                            @Schema(description = "the date it is to be reached by") LocalDate dueDate,
                            @Schema(description = "the grant it releases once verified, yuan") Money grantAmount,
                            @Schema(description = "pending, reported, rejected (to be reported again) or verified")
                            MilestoneStatus status,
                            @Schema(description = "the lead's report of what was done; null until reported")
                            @Nullable String summary,
                            @Schema(description = "what reaching it actually cost, yuan, as reported; null until "
                                    + "reported") @Nullable Money actualCost,
                            @Schema(description = "the user id of the lead's coordinator who reported it; null until "
                                    + "reported") @Nullable String reportedBy,
                            @Schema(description = "why the grant officer rejected the latest report; null unless "
                                    + "rejected") @Nullable String rejectionReason,
                            @Schema(description = "the user id of the approving agency's grant officer who verified it; "
                                    + "null until verified") @Nullable String verifiedBy,
                            @Schema(description = "when it was verified, UTC; null until verified") @Nullable Instant verifiedAt) {
    }
}
