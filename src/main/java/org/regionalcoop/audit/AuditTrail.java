package org.regionalcoop.audit;

import org.regionalcoop.kernel.AgreementId;
import org.regionalcoop.agreements.ClosureDecided;
import org.regionalcoop.agreements.RunningProjectDecided;
import org.regionalcoop.agreements.AgreementRevised;
import org.regionalcoop.agreements.Agreements;
import org.regionalcoop.approval.ApprovalDecided;
import org.regionalcoop.bodies.MeetingConvened;
import org.regionalcoop.bodies.MeetingCostsRecorded;
import org.regionalcoop.bodies.MinutesRecorded;
import org.regionalcoop.kernel.AnswerPath;
import org.regionalcoop.consensus.JointMeetingDecided;
import org.regionalcoop.consensus.SignatureRecorded;
import org.regionalcoop.consensus.VoteRecorded;
import org.regionalcoop.funds.FundAllocated;
import org.regionalcoop.funds.FundReleased;
import org.regionalcoop.grants.BudgetYearOpened;
import org.regionalcoop.grants.FundsReclaimed;
import org.regionalcoop.grants.GrantAwarded;
import org.regionalcoop.grants.GrantDeclined;
import org.regionalcoop.grants.GrantRevoked;
import org.regionalcoop.monitoring.DeadLetterReplayed;
import org.regionalcoop.monitoring.IncidentRetried;
import org.regionalcoop.projects.DefaultArbitrated;
import org.regionalcoop.projects.MilestoneRejected;
import org.regionalcoop.projects.MilestoneVerified;
import org.regionalcoop.projects.PenaltyAnswered;
import org.regionalcoop.projects.ProjectCancelled;
import org.regionalcoop.projects.ProjectHandedOver;
import org.regionalcoop.projects.ProjectMerged;
import org.regionalcoop.projects.RepeatedConstructionConfirmed;
import org.regionalcoop.security.Caller;
import org.regionalcoop.kernel.AnswerPath;
import org.regionalcoop.settlement.BenefitRecorded;
import org.regionalcoop.settlement.BenefitReport;
import org.regionalcoop.settlement.LatePaymentSettledAgain;
import org.regionalcoop.settlement.LatePaymentTakenOver;
import org.regionalcoop.settlement.SettlementArbitrated;
import org.regionalcoop.settlement.SettlementConfirmed;
import org.regionalcoop.settlement.SettlementObjected;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/**
 * Writes every decision the other modules announce into the audit log. The listeners run synchronously
 * in the transaction that published the decision, so a decision and its audit entry commit or roll back
 * together, and the log never claims a decision that did not happen.
 */
@Service
public class AuditTrail {

    private static final int MAX_REASON = 4000;
    /** How the platform signs what it decides by its own rules ({@code platform:grant_eligibility}). */
    private static final String PLATFORM = "platform:";

    private final AuditRepository repository;
    private final Agreements agreements;

    AuditTrail(AuditRepository repository, Agreements agreements) {
        this.repository = repository;
        this.agreements = agreements;
    }

    /**
     * The agreement's decisions in the order they were taken, if the caller may see the agreement. The engine's error
     * of a retried step is the platform administrators' only, for the API and every page alike
     * (docs/decisions/engine-errors.md).
     */
    @Transactional(readOnly = true)
    public List<AuditEntry> of(AgreementId id, Caller caller) {
        agreements.get(id, caller);
        List<AuditEntry> entries = repository.of(id.value());
        return caller.isAdministrator() ? entries : entries.stream().map(AuditEntry::withoutEngineError).toList();
    }

    @EventListener
    void on(VoteRecorded vote) {
        repository.append(new AuditEntry(vote.agreementId(), vote.answeredAt(), vote.answeredBy(),
                vote.path() == AnswerPath.EVENT ? AuditEntry.EVENT : AuditEntry.TASK, "vote", vote.answer().key(),
                "round " + vote.round() + ", " + vote.participant(), vote.comment()));
    }

    @EventListener
    void on(SignatureRecorded signature) {
        repository.append(new AuditEntry(signature.agreementId(), signature.signedAt(), signature.signedBy(),
                signature.path() == AnswerPath.EVENT ? AuditEntry.EVENT : AuditEntry.TASK, "signature",
                "signed version " + signature.version(), signature.signatory(), "confirmed content hash " + signature.contentHash()));
    }

    @EventListener
    void on(JointMeetingDecided meeting) {
        repository.append(new AuditEntry(meeting.agreementId(), meeting.decidedAt(), meeting.decidedBy(), AuditEntry.TASK,
                "joint-meeting", meeting.decision().key(), "round " + meeting.round(), meeting.minutes()));
    }

    @EventListener
    void on(ClosureDecided closure) {
        repository.append(new AuditEntry(closure.agreementId(), closure.decidedAt(), closure.decidedBy(), AuditEntry.TASK,
                "closure", closure.decision().key(), "end of term", closure.evaluation()));
    }

    @EventListener
    void on(RunningProjectDecided decision) {
        AuditEntry entry = new AuditEntry(decision.agreementId(), decision.decidedAt(), decision.decidedBy(),
                AuditEntry.TASK, "closure-project", decision.decision().key(), "project " + decision.projectId(),
                decision.reason());
        repository.append(Agreements.RENEWAL_PROPOSER.equals(decision.decidedBy())
                ? entry.explainedAs(PlatformReasons.RENEWAL_FAILED) : entry);
    }

    @EventListener
    void on(ApprovalDecided review) {
        String reason = review.reason() != null ? review.reason() : review.conditions();
        repository.append(new AuditEntry(review.agreementId(), review.decidedAt(), review.decidedBy(), AuditEntry.TASK,
                "review", review.decision(), "version " + review.version() + ", " + review.reviewerGroup(), reason));
    }

    @EventListener
    void on(AgreementRevised revision) {
        repository.append(new AuditEntry(revision.agreementId(), revision.revisedAt(), revision.revisedBy(),
                AuditEntry.TASK, "revision", "version " + revision.version(), "content hash " + revision.contentHash(),
                revision.reason()));
    }

    @EventListener
    void on(GrantAwarded grant) {
        String what = grant.awardedAmount() != null ? grant.awardedAmount() + " yuan"
                : "valid " + grant.validFrom() + " to " + grant.validTo();
        repository.append(new AuditEntry(grant.agreementId(), grant.decidedAt(), grant.decidedBy(), AuditEntry.TASK,
                "grant", grant.decision(), grant.supportType().key() + " " + grant.grantId() + ", " + what,
                grant.reason() != null ? grant.reason() : grant.conditions()));
    }

    /** Also the platform's own declines (ineligible, budget exhausted): decidedBy names it. */
    @EventListener
    void on(GrantDeclined grant) {
        AuditEntry entry = new AuditEntry(grant.agreementId(), grant.decidedAt(), grant.decidedBy(), AuditEntry.TASK,
                "grant", "decline", grant.supportType().key() + " " + grant.grantId(), grant.reason());
        repository.append(grant.decidedBy().startsWith(PLATFORM)
                ? PlatformReasons.grantDecline(grant.reason()).map(entry::explainedAs).orElse(entry) : entry);
    }

    @EventListener
    void on(GrantRevoked grant) {
        repository.append(new AuditEntry(grant.agreementId(), grant.revokedAt(), grant.revokedBy(), AuditEntry.TASK,
                "grant", "revoke", grant.supportType().key() + " " + grant.grantId(), grant.reason()));
    }

    @EventListener
    void on(FundsReclaimed reclaim) {
        repository.append(new AuditEntry(reclaim.agreementId(), reclaim.recordedAt(), reclaim.actor(), AuditEntry.TASK,
                "grant-reclaim", reclaim.amount() + " yuan", "grant " + reclaim.grantId()
                + (reclaim.milestone() != null ? ", milestone " + reclaim.milestone() : ""), reclaim.reason()));
    }

    /** Kept under the programme's key, where the decisions on agreements are kept under the agreement's id. */
    @EventListener
    void on(BudgetYearOpened opened) {
        repository.append(new AuditEntry(opened.programmeKey(), opened.openedAt(), opened.openedBy(), AuditEntry.TASK,
                "grant-programme", "open budget year " + opened.year(), opened.agency() + " " + opened.supportType().key()
                + " " + opened.year() + ", programme " + opened.programmeId(),
                opened.budget() == null ? "granted, not paid: no budget" : "budget " + opened.budget() + " yuan"));
    }

    @EventListener
    void on(FundAllocated allocation) {
        repository.append(new AuditEntry(allocation.agreementId(), allocation.decidedAt(), allocation.decidedBy(),
                AuditEntry.TASK, "fund-allocation", "allocate", allocation.amount() + " yuan to project "
                + allocation.projectId() + " by " + allocation.allocatingBody(), allocation.reason()));
    }

    /** Only the allocating body's declines: a release because a project ended is audited as that project's end. */
    @EventListener
    void on(FundReleased release) {
        if (release.declined()) {
            repository.append(new AuditEntry(release.agreementId(), release.recordedAt(), release.actor(), AuditEntry.TASK,
                    "fund-allocation", "decline", release.amount() + " yuan for project " + release.projectId(),
                    release.reason()));
        }
    }

    @EventListener
    void on(RepeatedConstructionConfirmed confirmed) {
        repository.append(new AuditEntry(confirmed.agreementId(), confirmed.decidedAt(), confirmed.decidedBy(),
                AuditEntry.TASK, "repeated-construction", "confirm", "project " + confirmed.projectId(), confirmed.reason()));
    }

    @EventListener
    void on(ProjectMerged merged) {
        repository.append(new AuditEntry(merged.agreementId(), merged.decidedAt(), merged.decidedBy(), AuditEntry.TASK,
                "repeated-construction", "merge", "project " + merged.projectId() + " into " + merged.mergedInto(),
                merged.reason()));
    }

    @EventListener
    void on(ProjectCancelled cancelled) {
        repository.append(new AuditEntry(cancelled.agreementId(), cancelled.decidedAt(), cancelled.decidedBy(),
                AuditEntry.TASK, "repeated-construction", "cancel", "project " + cancelled.projectId(), cancelled.reason()));
    }

    /** Under the renewal, which takes the project over; the closure's decision to hand it over is the closed one's. */
    @EventListener
    void on(ProjectHandedOver handOver) {
        repository.append(new AuditEntry(handOver.agreementId(), handOver.handedOverAt(), Agreements.RENEWAL_PROPOSER,
                AuditEntry.TASK, "project-handed-over", "take-over", "project " + handOver.projectId() + " from "
                + handOver.handedOverFrom(), null));
    }

    /**
     * Under the renewal, whose next settlement counts the payment: the closed agreement's last settlement was final
     * and did not, as it was reported after it was calculated.
     */
    @EventListener
    void on(LatePaymentTakenOver payment) {
        repository.append(new AuditEntry(payment.agreementId(), payment.takenOverAt(), Agreements.RENEWAL_PROPOSER,
                AuditEntry.TASK, "late-payment", "counted-by-renewal", "project " + payment.projectId() + ", "
                + payment.participant() + " " + payment.amount() + " paid " + payment.paidAt(), "Reported "
                + payment.reportedAt() + ", after the final settlement of agreement " + payment.closedAgreementId()
                + " to " + payment.missedCutOff() + " was calculated: this agreement's next settlement counts it")
                .explainedAs(PlatformReasons.LATE_PAYMENT_TO_RENEWAL));
    }

    /**
     * Under the closed agreement, which settles once more: no renewal took the payment over, and its last settlement
     * did not count it, as it was reported after it was calculated or, on a project no renewal carried on, paid after
     * its cut-off.
     */
    @EventListener
    void on(LatePaymentSettledAgain payment) {
        String subject = (payment.projectId() == null ? "fund" : "project " + payment.projectId()) + ", "
                + payment.participant() + " " + payment.amount() + " paid " + payment.paidAt();
        AuditEntry entry = new AuditEntry(payment.agreementId(), payment.decidedAt(), payment.decidedBy(),
                AuditEntry.TASK, "late-payment", "settled-again", subject, payment.paidAfterCutOff()
                ? "Paid after the cut-off " + payment.cutOff() + " of the last settlement, while the project ran on, "
                + "and no renewal carried it on: this agreement settles once more to " + payment.settledTo()
                + ", which counts it"
                : "Reported " + payment.reportedAt() + ", after the final settlement to " + payment.cutOff()
                + " was calculated, and no renewal took it over: this agreement settles once more to that cut-off, "
                + "which counts it");
        repository.append(payment.paidAfterCutOff() ? entry.explainedAs(PlatformReasons.LATE_PAYMENT_AFTER_CUT_OFF)
                : entry.explainedAs(PlatformReasons.LATE_PAYMENT_SETTLED_AGAIN));
    }

    @EventListener
    void on(PenaltyAnswered answer) {
        repository.append(new AuditEntry(answer.agreementId(), answer.answeredAt(), answer.answeredBy(), AuditEntry.TASK,
                "penalty", answer.answer().key(), "project " + answer.projectId() + ", " + answer.defaulter() + ", "
                + answer.penalty(), answer.reason()));
    }

    @EventListener
    void on(DefaultArbitrated arbitration) {
        repository.append(new AuditEntry(arbitration.agreementId(), arbitration.arbitratedAt(), arbitration.arbitratedBy(),
                AuditEntry.TASK, "arbitration", arbitration.decision().key(), "project " + arbitration.projectId() + ", "
                + arbitration.defaulter() + ", " + arbitration.penalty(), arbitration.reason()));
    }

    @EventListener
    void on(MilestoneVerified verified) {
        repository.append(new AuditEntry(verified.agreementId(), verified.verifiedAt(), verified.verifiedBy(),
                AuditEntry.TASK, "milestone", "verified", "project " + verified.projectId() + ", " + verified.milestone(),
                "releases " + verified.grantAmount()).explainedAs(PlatformReasons.MILESTONE_RELEASES,
                verified.grantAmount().toString()));
    }

    @EventListener
    void on(MilestoneRejected rejected) {
        repository.append(new AuditEntry(rejected.agreementId(), rejected.rejectedAt(), rejected.rejectedBy(),
                AuditEntry.TASK, "milestone", "rejected", "project " + rejected.projectId() + ", " + rejected.milestone(),
                rejected.reason()));
    }

    @EventListener
    void on(SettlementConfirmed confirmation) {
        AuditEntry entry = new AuditEntry(confirmation.agreementId(), confirmation.confirmedAt(),
                confirmation.confirmedBy(), confirmation.path() == AnswerPath.EVENT ? AuditEntry.EVENT : AuditEntry.TASK,
                "settlement", confirmation.silent() ? "confirm by silence" : "confirm",
                "settlement " + confirmation.settlementId() + ", " + confirmation.participant(),
                confirmation.silent() ? "the confirmation window closed without an answer" : null);
        repository.append(confirmation.silent() ? entry.explainedAs(PlatformReasons.SETTLEMENT_SILENCE) : entry);
    }

    @EventListener
    void on(SettlementObjected objection) {
        repository.append(new AuditEntry(objection.agreementId(), objection.objectedAt(), objection.objectedBy(),
                objection.path() == AnswerPath.EVENT ? AuditEntry.EVENT : AuditEntry.TASK, "settlement", "object",
                "settlement " + objection.settlementId() + ", " + objection.participant(), objection.reason()));
    }

    @EventListener
    void on(SettlementArbitrated arbitration) {
        String subject = "settlement " + arbitration.settlementId() + (arbitration.amount() == null ? ""
                : ", " + arbitration.payer() + " pays " + arbitration.payee() + " " + arbitration.amount() + " more");
        repository.append(new AuditEntry(arbitration.agreementId(), arbitration.arbitratedAt(), arbitration.arbitratedBy(),
                AuditEntry.TASK, "settlement-arbitration", arbitration.decision().key(), subject, arbitration.reason()));
    }

    /** An administrator's hand on the agreement's processes is part of its story, beside the decisions. */
    @EventListener
    void on(IncidentRetried retry) {
        repository.append(new AuditEntry(retry.agreementId(), retry.retriedAt(), retry.retriedBy(), AuditEntry.TASK,
                AuditEntry.INCIDENT_RETRY, "retry", retry.processDefinitionKey() + ", " + retry.failingStep(), atMost(retry.error())));
    }

    @EventListener
    void on(DeadLetterReplayed replay) {
        repository.append(new AuditEntry(replay.agreementId(), replay.replayedAt(), replay.replayedBy(), AuditEntry.TASK,
                "dead-letter-replay", "replay", "dead letter " + replay.deadLetterId() + ", " + replay.topic(),
                replay.reason()));
    }

    /** An engine's error message has no length limit; the log keeps what its column holds. */
    private static String atMost(String reason) {
        return reason == null || reason.length() <= MAX_REASON ? reason : reason.substring(0, MAX_REASON);
    }

    /**
     * The decision is the day convened for, as the timeline shows it in either language (a venue in it once overran
     * the decision's 64 characters); the venue and the agenda are the host's own words.
     */
    @EventListener
    void on(MeetingConvened meeting) {
        repository.append(new AuditEntry(meeting.agreementId(), meeting.convenedAt(), meeting.convenedBy(), AuditEntry.TASK,
                "meeting-convened", meeting.heldOn().toString(),
                meeting.body() + " meeting " + meeting.number() + ", host " + meeting.host(),
                atMost(meeting.venue() + "\n" + meeting.agenda())));
    }

    /** The decision is the number of decisions taken, as the timeline counts them in either language. */
    @EventListener
    void on(MinutesRecorded minutes) {
        repository.append(new AuditEntry(minutes.agreementId(), minutes.recordedAt(), minutes.recordedBy(), AuditEntry.TASK,
                "meeting-minutes", String.valueOf(minutes.decisions().size()),
                minutes.body() + " meeting " + minutes.number() + ", host " + minutes.host(),
                atMost(String.join("\n", minutes.decisions()))));
    }

    /** The decision is the amount alone, in the agreement's settlement currency, as for a benefit report. */
    @EventListener
    void on(MeetingCostsRecorded cost) {
        repository.append(new AuditEntry(cost.agreementId(), cost.recordedAt(), cost.recordedBy(), AuditEntry.TASK,
                "meeting-cost", cost.amount().toString(), cost.body() + " meeting " + cost.number() + ", host " + cost.host()
                + (cost.shared() ? ", shared by the cost shares" : ", borne by the host"), cost.description()));
    }

    /** The decision is the amount alone, as the timeline shows it in either language; the rest is its subject. */
    @EventListener
    void on(BenefitRecorded benefit) {
        BenefitReport report = benefit.report();
        String received = report.original() == null ? "" : ", received as " + report.original().paid() + " at "
                + report.original().rate() + " agreed on " + report.original().rateDate();
        repository.append(new AuditEntry(benefit.agreementId(), report.reportedAt(), report.reportedBy(),
                benefit.path() == AnswerPath.EVENT ? AuditEntry.EVENT : AuditEntry.TASK, "benefit-report",
                report.amount().toString(), report.participant().value() + ", " + report.periodStart() + " to "
                + report.periodEnd() + received, report.description()));
    }
}
