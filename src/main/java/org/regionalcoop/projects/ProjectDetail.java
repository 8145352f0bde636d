package org.regionalcoop.projects;

import org.regionalcoop.kernel.Money;
import org.regionalcoop.organizations.GovernmentCode;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A project with its contributions, defaults and milestones, for the read API. */
public record ProjectDetail(ProjectSummary project, ProjectId mergedInto, String resolutionReason,
                            List<Contribution> contributions, List<Default> defaults, List<Milestone> milestones) {

    /**
     * A participant's contribution.
     *
     * @param status {@code pending} (not yet called), {@code requested}, {@code paid} or {@code defaulted}
     */
    public record Contribution(GovernmentCode participant, BigDecimal percent, Money amount, Money paid, String status,
                               Instant requestedAt, Instant deadline) {
    }

    /**
     * A missed deadline and its penalty.
     *
     * @param status {@code reminded}, {@code paid-in-grace}, {@code penalty-proposed}, {@code disputed},
     *               {@code imposed} or {@code waived}
     */
    public record Default(GovernmentCode participant, Instant defaultedAt, Money penalty, String status,
                          String answerReason, String answeredBy, String arbitrationReason, String arbitratedBy,
                          Instant decidedAt) {
    }

    /** @param status {@code pending}, {@code reported}, {@code rejected} (to be reported again) or {@code verified} */
    public record Milestone(String name, LocalDate dueDate, Money grantAmount, String status, String summary,
                            Money actualCost, String reportedBy, String rejectionReason, String verifiedBy,
                            Instant verifiedAt) {
    }
}
