package org.regionalcoop.projects;

import org.regionalcoop.kernel.DisplayZone;
import org.regionalcoop.kernel.FieldRefusedException;
import org.regionalcoop.projects.internal.ContributionDefaulted;
import org.regionalcoop.projects.internal.ContributionRequested;
import org.regionalcoop.projects.internal.ContributionSplit;
import org.regionalcoop.projects.internal.JointProjectProcess;
import org.regionalcoop.projects.internal.MilestoneReported;
import org.regionalcoop.projects.internal.PenaltyWaived;
import org.regionalcoop.projects.internal.ProjectCompleted;
import org.regionalcoop.projects.internal.ProjectRepository;
import org.regionalcoop.projects.internal.ProjectSettings;
import org.regionalcoop.projects.internal.RegistrationValidator;
import org.regionalcoop.projects.internal.RepeatedConstructionFlagged;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.regionalcoop.agreements.Agreement;
import org.regionalcoop.agreements.AgreementContent;
import org.regionalcoop.kernel.AgreementId;
import org.regionalcoop.agreements.Agreements;
import org.regionalcoop.agreements.GoverningBody;
import org.regionalcoop.funds.Funds;
import org.regionalcoop.agreements.RunningProject;
import org.regionalcoop.agreements.RunningProjectDecided;
import org.regionalcoop.kernel.CurrencyCode;
import org.regionalcoop.kernel.Money;
import org.regionalcoop.kernel.OriginalAmount;
import org.regionalcoop.kernel.PaidIn;
import org.regionalcoop.kernel.ProcessVariable;
import org.regionalcoop.organizations.Government;
import org.regionalcoop.organizations.GovernmentCode;
import org.regionalcoop.organizations.GovernmentKind;
import org.regionalcoop.organizations.NoCommonSuperiorException;
import org.regionalcoop.organizations.Organizations;
import org.regionalcoop.security.Caller;
import org.regionalcoop.security.PlatformActions;
import org.regionalcoop.kernel.ForbiddenException;
import org.regionalcoop.kernel.InvalidRequestException;
import org.regionalcoop.kernel.NotFoundException;
import org.regionalcoop.kernel.Violation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.regionalcoop.projects.internal.JointProjectProcess.*;

/**
 * The projects module's API: register joint projects under approved agreements, run their steps, take
 * in the participants' payments and read them. Every change is announced in its own transaction.
 */
@Service
public class Projects {

    private final ProjectRepository repository;
    private final RegistrationValidator validator;
    private final Agreements agreements;
    private final Organizations organizations;
    private final RuntimeService runtime;
    private final PlatformActions platform;
    private final ProjectSettings settings;
    private final Funds funds;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final DisplayZone zone;
    private final ProcessEngineConfigurationImpl engine;

    Projects(ProjectRepository repository, RegistrationValidator validator, Agreements agreements,
             Organizations organizations, RuntimeService runtime, PlatformActions platform, ProjectSettings settings,
             Funds funds, ApplicationEventPublisher events, Clock clock, DisplayZone zone,
             ProcessEngineConfigurationImpl engine) {
        this.repository = repository;
        this.validator = validator;
        this.agreements = agreements;
        this.organizations = organizations;
        this.runtime = runtime;
        this.platform = platform;
        this.settings = settings;
        this.funds = funds;
        this.events = events;
        this.clock = clock;
        this.zone = zone;
        this.engine = engine;
    }

    /**
     * Registers a project of an approved agreement and starts its process (business key
     * {@link JointProjectProcess#businessKey});
     * nothing is stored when any field is bad.
     */
    @Transactional
    public ProjectSummary register(AgreementId agreementId, ProjectRegistration registration, Caller caller) {
        List<Violation> violations = check(agreementId, registration, caller);
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        ProjectId id = ProjectId.random();
        Money fundPart = registration.fundPartOrZero();
        Money contributions = new Money(registration.budget().yuan().subtract(registration.grantPart().yuan())
                .subtract(fundPart.yuan()));
        String leadBody = registration.lead() == null ? registration.leadBody() : null;
        ProjectSummary project = new ProjectSummary(id, agreementId.value(), registration.name(), registration.lead(),
                registration.field(), registration.location(), registration.budget(), registration.grantPart(),
                ProjectStatus.REGISTERED, caller.userId(), clock.instant(), leadBody, fundPart);
        repository.insert(project, registration.costShares(),
                ContributionSplit.of(contributions, registration.costShares(),
                        agreements.current(agreementId).current().content().settlementCurrency()),
                registration.milestones());
        boolean fundRequested = fundPart.yuan().signum() > 0;
        if (fundRequested) {
            funds.reserve(agreementId, id.value(), fundPart, caller.userId(), "fundPart");
        }
        ProcessVariable.Variables variables = ProcessVariable.variables().set(VAR_AGREEMENT_ID, agreementId)
                .set(VAR_PROJECT_ID, id).set(VAR_FUND_REQUESTED, fundRequested);
        if (fundRequested) {
            variables.set(VAR_FUND_REQUESTED_AMOUNT, fundPart);
        }
        platform.asPlatform(() -> runtime.startProcessInstanceByKey(KEY, businessKey(agreementId.value(), id), variables.build()));
        return project(id);
    }

    /**
     * What registering the project would refuse, without registering it: everything wrong, or nothing. Only
     * coordinators of the agreement's participants register projects.
     */
    @Transactional(readOnly = true)
    public List<Violation> check(AgreementId agreementId, ProjectRegistration registration, Caller caller) {
        Agreement agreement = agreements.get(agreementId, caller);
        if (!mayRegister(agreement, caller)) {
            throw new ForbiddenException("Only coordinators of the agreement's participants register projects");
        }
        List<Violation> violations = new ArrayList<>(validator.validate(agreement, registration));
        // What the fund has available is the ledger's to say; checked here too so that a check names it before the
        // registration holds the money (the hold checks it again under the fund's lock).
        if (registration != null && registration.fundPartOrZero().yuan().signum() > 0
                && violations.stream().noneMatch(violation -> "fundPart".equals(violation.field()))) {
            violations.addAll(funds.checkReserve(agreementId, registration.fundPart(), "fundPart"));
        }
        return violations;
    }

    /** Whether the caller coordinates for one of the agreement's participants, who register its projects. */
    public static boolean mayRegister(Agreement agreement, Caller caller) {
        return agreement.current().content().participants().stream().anyMatch(p -> caller.hasGroup(p.value() + ".coordinator"));
    }

    /**
     * A participant's finance officer reports a contribution it paid, as its finance system does over Kafka: in the
     * agreement's settlement currency, or in another at the rate the parties agreed, when the payment counts for its
     * conversion (half up, to the settlement currency's minor unit) and the ledger keeps what was paid beside it.
     * Anything wrong is named and nothing is recorded.
     */
    @Transactional
    public void reportPayment(ProjectId id, GovernmentCode participant, Money amount, PaidIn paidIn, Instant paidAt,
                              Caller caller) {
        List<Violation> violations = checkPayment(id, participant, amount, paidIn, paidAt, caller);
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        AgreementId agreementId = new AgreementId(project(id).agreementId());
        CurrencyCode settlement = agreements.current(agreementId).current().content().settlementCurrency();
        recordPayment(agreementId, id, participant, paidIn.counted(amount, settlement), paidIn.original(amount, settlement),
                paidAt, caller.userId());
    }

    /**
     * What reporting the payment would refuse, without recording it: the amount must be above zero and no finer than
     * the currency it was paid in, the payment not in the future, the participant must owe the project a contribution,
     * and a payment in another currency than the agreement's needs the rate agreed and its day
     * ({@link PaidIn#problems}). Only the paying participant's finance officers report its payments.
     */
    @Transactional(readOnly = true)
    public List<Violation> checkPayment(ProjectId id, GovernmentCode participant, Money amount, PaidIn paidIn,
                                        Instant paidAt, Caller caller) {
        ProjectDetail project = get(id, caller);
        if (participant == null || !caller.hasGroup(participant.value() + ".finance_officer")) {
            throw new ForbiddenException("Only the paying participant's finance officers report its payments");
        }
        CurrencyCode settlement = agreements.current(new AgreementId(project.project().agreementId())).current().content()
                .settlementCurrency();
        List<Violation> violations = new ArrayList<>();
        if (project.contributions().stream().noneMatch(c -> c.participant().equals(participant) && c.amount().yuan().signum() > 0)) {
            violations.add(new Violation("participant", participant + " owes no contribution to project " + id));
        }
        if (amount == null || amount.yuan().signum() <= 0) {
            violations.add(new Violation("amount", "must be more than zero"));
        } else {
            paidIn.currencyOr(settlement).problemWith(amount)
                    .ifPresent(problem -> violations.add(new Violation("amount", problem)));
        }
        if (paidAt == null) {
            violations.add(new Violation("paidAt", "is required"));
        } else if (paidAt.isAfter(clock.instant())) {
            violations.add(new Violation("paidAt", "must not be in the future"));
        }
        project.contributions().stream().filter(c -> c.participant().equals(participant)).findFirst()
                .flatMap(c -> paidAfterWithdrawal(id, participant, c.status(), paidAt))
                .ifPresent(problem -> violations.add(new Violation("paidAt", problem)));
        violations.addAll(paidIn.problems(violations.isEmpty() ? amount : null, settlement,
                zone.today(clock)));
        return violations;
    }

    /**
     * Whether a payment of the participant made at {@code paidAt} is refused as made after its contribution was
     * withdrawn with the project ({@link #checkPayment} names it on {@code paidAt}), for a page to say so in its
     * reader's words.
     */
    @Transactional(readOnly = true)
    public boolean withdrawnBefore(ProjectId id, GovernmentCode participant, Instant paidAt) {
        return detail(project(id)).contributions().stream().filter(c -> c.participant().equals(participant))
                .findFirst().flatMap(c -> paidAfterWithdrawal(id, participant, c.status(), paidAt)).isPresent();
    }

    /**
     * A contribution is withdrawn when its project ends with its agreement, at the closure or when the renewal it was
     * handed over to fails: a payment made after the project ended is owed to no project, no settlement counts it
     * (the closed agreement's last one reaches to the project's end at most), and taking it in would leave the
     * member's money in accounts nobody settles. Refused, saying why and what to do instead
     * (docs/decisions/fund-hold-at-hand-over.md).
     */
    private Optional<String> paidAfterWithdrawal(ProjectId id, GovernmentCode participant, ContributionStatus status,
                                                 Instant paidAt) {
        if (status != ContributionStatus.WITHDRAWN || paidAt == null) {
            return Optional.empty();
        }
        return repository.endedAt(id).filter(paidAt::isAfter).map(ended -> "the contribution of " + participant
                + " to project " + id + " was withdrawn when the project ended with its agreement at " + ended
                + ", and a payment made after that, at " + paidAt + ", is owed to no project and counted by no "
                + "settlement: ask the project's lead to pay it back");
    }

    /**
     * Looks for repeated construction: projects not yet ended, of any agreement, in the same field and in
     * the same area (the location or a neighbour under the same superior), led by another government or body.
     * Announces what it found; returns whether the secretariat must resolve it.
     */
    @Transactional
    public boolean checkRepeatedConstruction(ProjectId id) {
        ProjectSummary project = project(id);
        List<ProjectId> conflicts = runningAlike(project);
        if (conflicts.isEmpty()) {
            return false;
        }
        events.publishEvent(new RepeatedConstructionFlagged(project.agreementId(), id, project.field(),
                project.location(), conflicts, clock.instant()));
        return true;
    }

    /**
     * The running projects the project may repeat, as the check finds them now (one may have ended since it was
     * flagged): what the secretariat may merge it into.
     */
    @Transactional(readOnly = true)
    public List<ProjectSummary> repeatedBy(ProjectId id) {
        return runningAlike(project(id)).stream().map(this::project).toList();
    }

    /** Projects not yet ended, of any agreement, in the project's field and area, led by another government or body. */
    private List<ProjectId> runningAlike(ProjectSummary project) {
        return repository.activeElsewhere(project.id(), project.agreementId(), project.field(), area(project.location()),
                project.lead(), project.leadBody());
    }

    /** The secretariat's resolution: {@code confirm}, {@code merge} (into {@code mergeInto}) or {@code cancel}. */
    @Transactional
    public void resolveRepeatedConstruction(ProjectId id, RepeatedConstructionResolution resolution, String mergeInto,
                                            String reason, String decidedBy) {
        ProjectSummary project = project(id);
        Instant now = clock.instant();
        if (resolution == null) {
            throw new FieldRefusedException(VAR_RESOLUTION.name(), "Resolve repeated construction with confirm, merge or cancel");
        }
        switch (resolution) {
            case CONFIRM -> events.publishEvent(new RepeatedConstructionConfirmed(project.agreementId(), id,
                    blankToNull(reason), decidedBy, now));
            case MERGE -> {
                requireReason(reason, "merge", VAR_RESOLUTION_REASON.name());
                ProjectId target = mergeTarget(id, mergeInto);
                repository.updateStatus(id, ProjectStatus.MERGED, target, reason, now);
                events.publishEvent(new ProjectMerged(project.agreementId(), id, target, reason, decidedBy, now));
                releaseFund(project, "merged into project " + target, decidedBy);
            }
            case CANCEL -> {
                requireReason(reason, "cancel", VAR_RESOLUTION_REASON.name());
                repository.updateStatus(id, ProjectStatus.CANCELLED, null, reason, now);
                events.publishEvent(new ProjectCancelled(project.agreementId(), id, reason, decidedBy, now));
                releaseFund(project, "cancelled: " + reason, decidedBy);
            }
        }
    }

    /**
     * The allocating body's decision on the fund part the project asked for: {@code allocate} gives it the money held
     * for it, {@code decline} (with a reason) gives the money back to the fund and cancels the project, whose budget
     * is then not covered. Returns whether it was allocated. The form asks the reason of a decline already.
     */
    @Transactional
    public boolean decideAllocation(ProjectId id, FundAllocationDecision decision, String reason, String decidedBy) {
        ProjectSummary project = project(id);
        AgreementId agreementId = new AgreementId(project.agreementId());
        if (decision == null) {
            throw new FieldRefusedException(VAR_ALLOCATION.name(), "Allocate or decline the fund's money");
        }
        return switch (decision) {
            case ALLOCATE -> {
                funds.allocate(agreementId, id.value(), blankToNull(reason), decidedBy);
                yield true;
            }
            case DECLINE -> {
                if (reason == null || reason.isBlank()) {
                    throw new InvalidRequestException(List.of(new Violation(VAR_ALLOCATION_REASON.name(),
                            "a decline needs a reason")));
                }
                funds.release(agreementId, id.value(), true, reason, decidedBy);
                repository.updateStatus(id, ProjectStatus.CANCELLED, null, "the fund's allocating body declined: " + reason,
                        clock.instant());
                yield false;
            }
        };
    }

    /** The coordinators of the member governments of the body that allocates the agreement's fund. */
    @Transactional(readOnly = true)
    public List<String> allocatorGroups(AgreementId agreementId) {
        return funds.allocatorGroups(agreementId);
    }

    @Transactional
    public void start(ProjectId id) {
        ProjectSummary project = project(id);
        repository.updateStatus(id, ProjectStatus.ACTIVE, null, null, null);
        events.publishEvent(new ProjectStarted(project.agreementId(), id, project.name(), project.lead(), project.field(),
                project.budget(), project.grantPart(), repository.costShares(id), clock.instant(), project.leadBody(),
                project.fundPart()));
    }

    /** The participants called for a contribution: those whose share of the contributions is not zero. */
    @Transactional(readOnly = true)
    public List<String> contributors(ProjectId id) {
        return repository.contributors(id);
    }

    /**
     * Calls the participant's contribution with a deadline; returns whether it is still owed. A payment
     * that came before the call already settled it: then there is nothing to wait for.
     */
    @Transactional
    public boolean requestContribution(ProjectId id, GovernmentCode participant) {
        ProjectSummary project = project(id);
        ProjectRepository.ContributionState contribution = contribution(id, participant);
        if (contribution.settled()) {
            repository.contributionStatus(id, participant, ContributionStatus.PAID);
            return false;
        }
        Instant now = clock.instant();
        Instant deadline = now.plus(settings.contributionDeadline());
        repository.requestContribution(id, participant, now, deadline);
        events.publishEvent(new ContributionRequested(project.agreementId(), id, participant, contribution.outstanding(),
                deadline, now));
        return true;
    }

    /** When the participant's contribution is due; read under the contribution's lock, as the call that set it. */
    @Transactional
    public Instant contributionDeadline(ProjectId id, GovernmentCode participant) {
        return contribution(id, participant).deadline();
    }

    /**
     * The deadline passed unpaid: a default. The event is the reminder to the participant's finance system;
     * it has the grace period to pay before the agreed penalty is proposed.
     */
    @Transactional
    public void recordDefault(ProjectId id, GovernmentCode participant) {
        ProjectSummary project = project(id);
        ProjectRepository.ContributionState contribution = contribution(id, participant);
        Instant now = clock.instant();
        repository.contributionStatus(id, participant, ContributionStatus.DEFAULTED);
        repository.insertDefault(id, participant, agreement(project).defectionPenalty(), now);
        events.publishEvent(new ContributionDefaulted(project.agreementId(), id, participant, contribution.outstanding(),
                contribution.deadline(), now.plus(settings.gracePeriod()), now));
    }

    /** The grace period passed unpaid too: the agreed penalty is put to the defaulter. */
    @Transactional
    public void proposePenalty(ProjectId id, GovernmentCode participant) {
        repository.defaultStatus(id, participant, DefaultStatus.PENALTY_PROPOSED);
    }

    /**
     * The defaulter accepts the penalty (then it is imposed) or disputes it with a reason (then the approving
     * agency arbitrates). Returns whether it was disputed.
     */
    @Transactional
    public boolean answerPenalty(ProjectId id, GovernmentCode participant, PenaltyAnswered.Answer given, String reason,
                                 String answeredBy) {
        ProjectSummary project = project(id);
        Money penalty = penalty(id, participant);
        Instant now = clock.instant();
        if (given == null) {
            throw new IllegalArgumentException("Accept or dispute the penalty");
        }
        boolean disputed = given == PenaltyAnswered.Answer.DISPUTE;
        if (disputed) {
            requireReason(reason, "dispute the penalty", VAR_PENALTY_REASON.name());
        }
        repository.answerPenalty(id, participant, disputed ? DefaultStatus.DISPUTED : DefaultStatus.IMPOSED, blankToNull(reason), answeredBy, now);
        events.publishEvent(new PenaltyAnswered(project.agreementId(), id, participant, penalty, given,
                blankToNull(reason), answeredBy, now));
        if (!disputed) {
            events.publishEvent(new PenaltyImposed(project.agreementId(), id, participant, penalty,
                    "accepted by " + participant + " after missing the contribution deadline", now));
        }
        return disputed;
    }

    /** The arbitrator upholds or waives a disputed penalty, always with a reason. */
    @Transactional
    public void arbitrate(ProjectId id, GovernmentCode participant, DefaultArbitrated.Decision decided, String reason,
                          String arbitratedBy) {
        ProjectSummary project = project(id);
        Money penalty = penalty(id, participant);
        requireReason(reason, "arbitrate", VAR_ARBITRATION_REASON.name());
        Instant now = clock.instant();
        if (decided == null) {
            throw new IllegalArgumentException("Uphold or waive the penalty");
        }
        repository.arbitrate(id, participant, decided == DefaultArbitrated.Decision.UPHOLD ? DefaultStatus.IMPOSED
                : DefaultStatus.WAIVED, reason, arbitratedBy, now);
        events.publishEvent(new DefaultArbitrated(project.agreementId(), id, participant, penalty, decided, reason,
                arbitratedBy, now));
        if (decided == DefaultArbitrated.Decision.UPHOLD) {
            events.publishEvent(new PenaltyImposed(project.agreementId(), id, participant, penalty, reason, now));
        } else {
            events.publishEvent(new PenaltyWaived(project.agreementId(), id, participant, penalty, reason, now));
        }
    }

    /**
     * Takes in a payment reported by the participant's finance system. Every payment is recorded and
     * announced, whenever it comes: before the call, within the deadline, in the grace period, or after the
     * penalty was proposed (it then still counts as money the participant bore, but does not undo the
     * penalty, which answers the default). When it settles the contribution and the process waits for it,
     * the process moves on. A payment reported for the agreement the project was handed over from is the project's
     * under the renewal it runs under now, the project id being unique. Refused: one made after the project ended
     * with its agreement for a contribution that ending withdrew ({@link #paidAfterWithdrawal}).
     */
    @Transactional
    public void recordPayment(AgreementId agreementId, ProjectId id, GovernmentCode participant, Money amount,
                              Instant paidAt, String reportedBy) {
        recordPayment(agreementId, id, participant, amount, null, paidAt, reportedBy);
    }

    /**
     * Records a payment as {@link #recordPayment(AgreementId, ProjectId, GovernmentCode, Money, Instant, String)} does;
     * one made in another currency than the agreement's states what was paid at the rate the parties agreed, and the
     * amount it counts for must be exactly that converted (half up, to the settlement currency's minor unit), so that
     * both sides' books agree. Refused (IllegalArgumentException) otherwise.
     */
    @Transactional
    public void recordPayment(AgreementId agreementId, ProjectId id, GovernmentCode participant, Money amount,
                              OriginalAmount original, Instant paidAt, String reportedBy) {
        ProjectSummary project = reportedFor(id, agreementId);
        CurrencyCode currency = settlementCurrency(new AgreementId(project.agreementId()));
        currency.problemWith(amount).ifPresent(problem -> {
            throw new IllegalArgumentException("The payment's amount " + amount + ": " + problem);
        });
        if (original != null) {
            original.problemWith(amount, currency).ifPresent(problem -> {
                throw new IllegalArgumentException(problem);
            });
        }
        ProjectRepository.ContributionState before = repository.lockContribution(id, participant)
                .filter(c -> c.amount().yuan().signum() > 0)
                .orElseThrow(() -> new IllegalArgumentException(participant + " owes no contribution to project " + id));
        paidAfterWithdrawal(id, participant, before.status(), paidAt).ifPresent(problem -> {
            throw new IllegalArgumentException("The payment cannot apply: " + problem);
        });
        if (amount.yuan().signum() <= 0) {
            throw new IllegalArgumentException("A payment must be positive, not " + amount);
        }
        repository.addPayment(id, participant, amount, original, paidAt, reportedBy,
                before.status() == ContributionStatus.DEFAULTED, clock.instant());
        events.publishEvent(new ContributionPaid(project.agreementId(), id, participant, amount, paidAt, original));
        boolean settledNow = !before.settled()
                && before.paid().yuan().add(amount.yuan()).compareTo(before.amount().yuan()) >= 0;
        if (!settledNow) {
            return;
        }
        if (before.status() != ContributionStatus.PENDING) {
            repository.contributionStatus(id, participant, ContributionStatus.PAID);
        }
        if (repository.defaults(id).stream().anyMatch(d -> d.participant().equals(participant) && d.status() == DefaultStatus.REMINDED)) {
            repository.defaultStatus(id, participant, DefaultStatus.PAID_IN_GRACE);
        }
        Optional<Execution> waiting = Optional.ofNullable(runtime.createExecutionQuery()
                .processInstanceBusinessKey(businessKey(project.agreementId(), id))
                .messageEventSubscriptionName(MESSAGE_CONTRIBUTION_PAID)
                .variableValueEquals(VAR_CONTRIBUTOR.name(), VAR_CONTRIBUTOR.stored(participant))
                .singleResult());
        waiting.ifPresent(execution -> runtime.messageEventReceived(MESSAGE_CONTRIBUTION_PAID, execution.getId()));
    }

    /**
     * The project a payment reported for {@code agreementId} is for. A finance system may still name the agreement the
     * project was handed over from: the project id is unique, so the payment is the project's under the renewal it
     * runs under now, when both agreements settle in the currency its amount is in. Refused otherwise, naming the
     * renewal to report it for.
     */
    private ProjectSummary reportedFor(ProjectId id, AgreementId agreementId) {
        String noProject = "No project " + id + " of agreement " + agreementId;
        ProjectSummary project = repository.find(id).orElseThrow(() -> new IllegalArgumentException(noProject));
        if (project.agreementId().equals(agreementId.value())) {
            return project;
        }
        if (repository.handedOverFrom(id).filter(agreementId.value()::equals).isEmpty()) {
            throw new IllegalArgumentException(noProject);
        }
        AgreementId renewal = new AgreementId(project.agreementId());
        CurrencyCode closed = settlementCurrency(agreementId);
        CurrencyCode renewed = settlementCurrency(renewal);
        if (!closed.equals(renewed)) {
            throw new IllegalArgumentException("Project " + id + " was handed over from agreement " + agreementId
                    + " to its renewal " + renewal + ", which settles in " + renewed.code() + ", not " + closed.code()
                    + ": report the payment for agreement " + renewal + ", in " + renewed.code());
        }
        return project;
    }

    private CurrencyCode settlementCurrency(AgreementId agreementId) {
        return agreements.current(agreementId).current().content().settlementCurrency();
    }

    @Transactional(readOnly = true)
    public List<String> milestones(ProjectId id) {
        return repository.milestoneNames(id);
    }

    /** When a milestone is due: the end of its due date on the governments' calendar ({@link DisplayZone}). */
    @Transactional(readOnly = true)
    public Instant milestoneDue(ProjectId id, String milestone) {
        return zone.endOf(milestone(id, milestone).dueDate());
    }

    @Transactional
    public void reportMilestone(ProjectId id, String milestone, String summary, String actualCost, String reportedBy) {
        ProjectSummary project = project(id);
        milestone(id, milestone);
        if (summary == null || summary.isBlank()) {
            throw new FieldRefusedException(VAR_SUMMARY.name(), "A milestone report needs a summary");
        }
        Money cost = Money.of(actualCost == null ? "" : actualCost);
        if (cost.isNegative()) {
            throw new FieldRefusedException(VAR_ACTUAL_COST.name(), "The actual cost must not be negative");
        }
        Instant now = clock.instant();
        repository.reportMilestone(id, milestone, summary, cost, reportedBy, now);
        events.publishEvent(new MilestoneReported(project.agreementId(), id, milestone, summary, cost, reportedBy, now));
    }

    /**
     * The grant officer verifies the report (the grant's money for the milestone is disbursed in the same
     * transaction by whoever listens to {@link MilestoneVerified}) or rejects it with a reason.
     */
    @Transactional
    public void verifyMilestone(ProjectId id, String milestone, MilestoneVerification verification, String reason,
                                String verifiedBy) {
        ProjectSummary project = project(id);
        ProjectDetail.Milestone planned = milestone(id, milestone);
        Instant now = clock.instant();
        if (verification == null) {
            throw new FieldRefusedException(VAR_VERIFICATION.name(), "Verify or reject the milestone report");
        }
        switch (verification) {
            case VERIFIED -> {
                repository.verifyMilestone(id, milestone, verifiedBy, now);
                events.publishEvent(new MilestoneVerified(project.agreementId(), id, milestone, planned.grantAmount(),
                        verifiedBy, now));
            }
            case REJECTED -> {
                requireReason(reason, "reject a milestone report", VAR_VERIFICATION_REASON.name());
                repository.rejectMilestone(id, milestone, reason);
                events.publishEvent(new MilestoneRejected(project.agreementId(), id, milestone, reason, verifiedBy, now));
            }
        }
    }

    @Transactional
    public void complete(ProjectId id) {
        ProjectSummary project = project(id);
        Instant now = clock.instant();
        repository.updateStatus(id, ProjectStatus.COMPLETED, null, null, now);
        events.publishEvent(new ProjectCompleted(project.agreementId(), id, now));
    }

    /** The agreement's projects still registered or active, with how many contributions each still owes. */
    @Transactional(readOnly = true)
    public List<RunningProject> running(AgreementId agreementId) {
        return repository.ofAgreement(agreementId.value()).stream()
                .filter(project -> project.status() == ProjectStatus.REGISTERED || project.status() == ProjectStatus.ACTIVE)
                .map(this::running)
                .toList();
    }

    /** The closed agreement's projects its closure handed over to the renewal, still running and waiting for it. */
    @Transactional(readOnly = true)
    public List<RunningProject> handedOver(AgreementId closed) {
        return repository.handedOver(closed.value()).stream().map(this::running).toList();
    }

    /**
     * The renewal came into force: each project the closed agreement's closure handed over to it now belongs to it.
     * Its process instances take the renewal's business key and agreement, so its open tasks stand under the renewal
     * and a payment finds the contribution waiting for it; the settlement hears it to account for the project under
     * the renewal.
     */
    @Transactional
    public void handOver(AgreementId closed, AgreementId renewal) {
        Instant now = clock.instant();
        for (ProjectSummary project : repository.handedOver(closed.value())) {
            repository.moveTo(project.id(), renewal.value());
            String businessKey = businessKey(closed.value(), project.id());
            // Moved by the platform as the renewal comes into force, whoever's step brought it there.
            List<String> moved = platform.asPlatform(() -> runtime.createProcessInstanceQuery()
                    .processInstanceBusinessKey(businessKey).list().stream().map(instance -> instance.getId()).toList());
            // The engine's API has no change of business key; its instances know how to change their own.
            for (String instance : moved) {
                engine.getCommandExecutorTxRequired().execute(context -> {
                    ExecutionEntity execution = context.getExecutionManager().findExecutionById(instance);
                    execution.setProcessBusinessKey(businessKey(renewal.value(), project.id()));
                    VAR_AGREEMENT_ID.on(execution).set(renewal);
                    return null;
                });
            }
            if (project.status() == ProjectStatus.REGISTERED && project.fundPart().yuan().signum() > 0) {
                offerAllocationTo(funds.allocatorGroups(renewal, project.id().value()), moved);
            }
            events.publishEvent(new ProjectHandedOver(renewal.value(), project.id(), closed.value(), now));
        }
    }

    /**
     * The renewal's allocating body decides on the fund's money a handed-over project still awaits: the closed
     * agreement's bodies ended with it, and the renewal's may have other members. A renewal without a fund leaves the
     * decision to the body the closed agreement named for the money its fund holds.
     */
    private void offerAllocationTo(List<String> allocators, List<String> instances) {
        if (instances.isEmpty()) {
            return;
        }
        TaskService tasks = engine.getTaskService();
        // By instance: the new business key is not flushed yet within the step that brought the renewal into force.
        platform.asPlatform(() -> {
            for (Task task : tasks.createTaskQuery().processInstanceIdIn(instances.toArray(String[]::new))
                    .taskDefinitionKey(USER_ALLOCATE_FUND).list()) {
                tasks.getIdentityLinksForTask(task.getId()).stream()
                        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                        .forEach(link -> tasks.deleteCandidateGroup(task.getId(), link.getGroupId()));
                allocators.forEach(group -> tasks.addCandidateGroup(task.getId(), group));
            }
            return null;
        });
    }

    private RunningProject running(ProjectSummary project) {
        return new RunningProject(project.id().value(), project.name(),
                project.lead() == null ? project.leadBody() : project.lead().value(),
                repository.openContributions(project.id()));
    }

    /**
     * Carries out what the agreement's closure decided for a running project. Completing or cancelling it withdraws
     * the contributions not yet paid and ends its process, so none of its tasks (a contribution awaited, a milestone
     * to report or verify, a penalty to answer) is left open; a handed-over project runs on for the renewal.
     */
    @Transactional
    public void closeWithAgreement(RunningProjectDecided decision) {
        ProjectId id = new ProjectId(decision.projectId());
        ProjectSummary project = project(id);
        if (project.status() != ProjectStatus.REGISTERED && project.status() != ProjectStatus.ACTIVE) {
            throw new IllegalStateException("Project " + id + " is " + project.status().key() + ", not running");
        }
        repository.closureDecision(id, decision.decision(), decision.reason());
        if (decision.decision() == RunningProjectDecided.Decision.HAND_OVER) {
            return;
        }
        repository.withdrawOpenContributions(id);
        // A project still awaiting its allocation gives the money held for it back, or the fund would hold it for good.
        releaseFund(project, "agreement closed: " + decision.decision().key(), decision.decidedBy());
        String businessKey = businessKey(project.agreementId(), id);
        // Ended by the platform on the secretariat's decision, which may not touch the project's process itself.
        List<String> ended = platform.asPlatform(() -> runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(businessKey).list().stream().map(instance -> instance.getId()).toList());
        platform.asPlatform(() -> {
            runtime.deleteProcessInstances(ended, "agreement closed: " + decision.decision().key(), false, true);
            return ended.size();
        });
        Instant now = clock.instant();
        if (decision.decision() == RunningProjectDecided.Decision.COMPLETE) {
            repository.updateStatus(id, ProjectStatus.COMPLETED, null, null, now);
            events.publishEvent(new ProjectCompleted(project.agreementId(), id, now));
        } else {
            repository.updateStatus(id, ProjectStatus.CANCELLED, null, null, now);
        }
    }

    /** The coordinators of the agreement's secretariat, who resolve repeated construction. */
    @Transactional(readOnly = true)
    public String secretariatGroup(AgreementId agreementId) {
        return agreements.current(agreementId).current().content().secretariat().value() + ".coordinator";
    }

    /** The lead government's coordinators, or when a body leads, the coordinators of its member governments. */
    @Transactional(readOnly = true)
    public List<String> leadGroups(ProjectId id) {
        ProjectSummary project = project(id);
        if (project.lead() != null) {
            return List.of(project.lead().value() + ".coordinator");
        }
        AgreementContent content = agreement(project);
        GoverningBody body = content.body(project.leadBody()).orElseThrow(() -> new IllegalStateException(
                "Agreement " + project.agreementId() + " has no body '" + project.leadBody() + "' to lead project " + id));
        return body.members().stream().map(member -> member.value() + ".coordinator").toList();
    }

    /** The approving agency: the coordination agency of the participants' lowest common superior (or above it). */
    @Transactional(readOnly = true)
    public GovernmentCode approvingAgency(AgreementId agreementId) {
        AgreementContent content = agreements.current(agreementId).current().content();
        return approvingAgency(content).orElseThrow(() -> new IllegalStateException(
                "No coordination agency stands above " + content.participants()));
    }

    /** The agreement's projects, for whoever sees the agreement. */
    @Transactional(readOnly = true)
    public List<ProjectSummary> ofAgreement(AgreementId agreementId, Caller caller) {
        checkVisible(agreementId, caller, "No agreement " + agreementId + " is visible to you");
        return repository.ofAgreement(agreementId.value());
    }

    @Transactional(readOnly = true)
    public ProjectDetail get(ProjectId id, Caller caller) {
        String notVisible = "No project " + id + " is visible to you";
        ProjectSummary project = repository.find(id).orElseThrow(() -> new NotFoundException(notVisible));
        checkVisible(new AgreementId(project.agreementId()), caller, notVisible);
        return detail(project);
    }

    /** The project, for the platform's own steps (no caller to check). */
    @Transactional(readOnly = true)
    public Optional<ProjectDetail> find(ProjectId id) {
        return repository.find(id).map(this::detail);
    }

    private ProjectDetail detail(ProjectSummary project) {
        ProjectId id = project.id();
        return new ProjectDetail(project, repository.mergedInto(id).orElse(null),
                repository.resolutionReason(id).orElse(null), repository.contributions(id), repository.defaults(id),
                repository.milestones(id));
    }

    /** The agreements module's one rule: who sees the agreement sees its projects. */
    private void checkVisible(AgreementId agreementId, Caller caller, String notVisible) {
        if (!agreements.isVisible(agreementId, caller)) {
            throw new NotFoundException(notVisible);
        }
    }

    /**
     * None where no coordination agency stands above the participants, as above a horizontal summit abroad, or where
     * nobody stands above them all, as above a city and a foreign prefecture.
     */
    private Optional<GovernmentCode> approvingAgency(AgreementContent content) {
        Optional<Government> current;
        try {
            current = Optional.of(organizations.lowestCommonSuperior(content.participants()));
        } catch (NoCommonSuperiorException acrossABorder) {
            return Optional.empty();
        }
        while (current.isPresent()) {
            Optional<Government> agency = organizations.coordinationAgencyOf(current.get().code());
            if (agency.isPresent()) {
                return Optional.of(agency.get().code());
            }
            current = current.get().parent().map(organizations::get);
        }
        return Optional.empty();
    }

    /** The location and its neighbours: the governments under the same superior. */
    private List<String> area(GovernmentCode location) {
        Government government = organizations.get(location);
        List<String> area = new ArrayList<>(List.of(location.value()));
        government.parent().ifPresent(parent -> organizations.governments().stream()
                .filter(g -> g.kind() == GovernmentKind.GOVERNMENT && g.parent().equals(Optional.of(parent))
                        && !g.code().equals(location))
                .forEach(g -> area.add(g.code().value())));
        return area;
    }

    private ProjectId mergeTarget(ProjectId id, String mergeInto) {
        ProjectId target;
        try {
            target = ProjectId.of(mergeInto == null ? "" : mergeInto.trim());
        } catch (IllegalArgumentException e) {
            throw new FieldRefusedException(VAR_MERGE_INTO.name(),
                    "Name the project to merge into by its id, not '" + mergeInto + "'");
        }
        ProjectSummary existing = repository.find(target).filter(p -> !p.id().equals(id))
                .filter(p -> Set.of(ProjectStatus.REGISTERED, ProjectStatus.ACTIVE).contains(p.status()))
                .orElseThrow(() -> new FieldRefusedException(VAR_MERGE_INTO.name(),
                        "Project " + target + " is no other project still running"));
        return existing.id();
    }

    private ProjectSummary project(ProjectId id) {
        return repository.find(id).orElseThrow(() -> new NotFoundException("No project " + id));
    }

    private void releaseFund(ProjectSummary project, String reason, String actor) {
        if (project.fundPart().yuan().signum() > 0) {
            funds.release(new AgreementId(project.agreementId()), project.id().value(), false, reason, actor);
        }
    }

    private AgreementContent agreement(ProjectSummary project) {
        return agreements.current(new AgreementId(project.agreementId())).current().content();
    }

    private ProjectRepository.ContributionState contribution(ProjectId id, GovernmentCode participant) {
        return repository.lockContribution(id, participant).orElseThrow(() -> new IllegalStateException(
                participant + " has no contribution to project " + id));
    }

    private Money penalty(ProjectId id, GovernmentCode participant) {
        return repository.penalty(id, participant).orElseThrow(() -> new IllegalStateException(
                participant + " has not defaulted on project " + id));
    }

    private ProjectDetail.Milestone milestone(ProjectId id, String name) {
        return repository.milestone(id, name).orElseThrow(() -> new IllegalArgumentException(
                "Project " + id + " has no milestone '" + name + "'"));
    }

    private static void requireReason(String reason, String action, String field) {
        if (reason == null || reason.isBlank()) {
            throw new FieldRefusedException(field, "A decision to " + action + " needs a reason");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
