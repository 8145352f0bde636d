package org.regionalcoop.projects;

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
public record ProjectDetail(ProjectSummary project, ProjectId mergedInto, String resolutionReason,
                            List<Contribution> contributions, List<Default> defaults, List<Milestone> milestones) {

    /** A participant's contribution; its percent is a decimal string like a cost share's. */
    @Schema(description = "What a participant contributes to the project by its cost share, and what it has paid")
    public record Contribution(GovernmentCode participant, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal percent, Money amount, Money paid,
                               ContributionStatus status,
                               Instant requestedAt, Instant deadline) {
    }

    /** A missed deadline and its penalty. */
    @Schema(description = "A participant's contribution not paid in time, the penalty and how the default was resolved")
    public record Default(GovernmentCode participant, Instant defaultedAt, Money penalty, DefaultStatus status,
                          String answerReason, String answeredBy, String arbitrationReason, String arbitratedBy,
                          Instant decidedAt) {
    }

    /** A milestone, its report and its verification. */
    @Schema(description = "A milestone of the project, its status and the grant it released")
    public record Milestone(String name, LocalDate dueDate, Money grantAmount, MilestoneStatus status, String summary,
                            Money actualCost, String reportedBy, String rejectionReason, String verifiedBy,
                            Instant verifiedAt) {
    }
}
