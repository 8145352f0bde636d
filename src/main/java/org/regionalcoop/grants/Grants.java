package org.regionalcoop.grants;

import org.regionalcoop.grants.internal.BudgetLedger;
import org.regionalcoop.grants.internal.GrantDecision;
import org.regionalcoop.grants.internal.GrantProcess;
import org.regionalcoop.grants.internal.GrantRepository;

import org.regionalcoop.agreements.AgreementContent;
import org.regionalcoop.kernel.AgreementId;
import org.regionalcoop.agreements.Agreement;
import org.regionalcoop.agreements.Agreements;
import org.regionalcoop.agreements.ApprovalRequirement;
import org.regionalcoop.kernel.DisplayZone;
import org.regionalcoop.kernel.Money;
import org.regionalcoop.agreements.SupportRequest;
import org.regionalcoop.organizations.Government;
import org.regionalcoop.organizations.GovernmentCode;
import org.regionalcoop.organizations.GovernmentKind;
import org.regionalcoop.organizations.Level;
import org.regionalcoop.organizations.Organizations;
import org.regionalcoop.organizations.Plate;
import org.regionalcoop.projects.ProjectId;
import org.regionalcoop.security.Caller;
import org.regionalcoop.kernel.InvalidRequestException;
import org.regionalcoop.kernel.NotFoundException;
import org.regionalcoop.kernel.Violation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.regionalcoop.grants.internal.GrantValues.blankToNull;
import static org.regionalcoop.grants.internal.GrantValues.date;
import static org.regionalcoop.grants.internal.GrantValues.isBlank;
import static org.regionalcoop.grants.internal.GrantValues.positiveAmount;

/**
 * The grants module's API: the requested support items of approved agreements, their decisions, the programmes'
 * budgets and ledgers, and disbursement for verified milestones.
 */
@Service
public class Grants {

    /** Who declines an item the decision table finds ineligible, or whose programme has no budget left. */
    static final String PLATFORM = "platform:grant_eligibility";
    static final String BUDGET_EXHAUSTED = "budget exhausted";

    /**
     * Richest to poorest. The 2017 indicators (shared/data/regional-indicators-2017.csv) put the east first on
     * every one; among the rest, students per 100,000 residents (the file's per-capita measure of development,
     * free of the plates' sizes) give the northeast 2767, the central plate 2534 and the west 2243.
     */
    private static final List<Plate> RICHEST_FIRST = List.of(Plate.EAST, Plate.NORTHEAST, Plate.CENTRAL, Plate.WEST);

    private final GrantRepository grants;
    private final BudgetLedger ledger;
    private final Agreements agreements;
    private final Organizations organizations;
    private final ApprovalRequirement approval;
    private final GrantProgrammes programmes;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final DisplayZone zone;

    Grants(GrantRepository grants, BudgetLedger ledger, Agreements agreements, Organizations organizations,
           ApprovalRequirement approval, GrantProgrammes programmes, ApplicationEventPublisher events, Clock clock,
           DisplayZone zone) {
        this.grants = grants;
        this.ledger = ledger;
        this.agreements = agreements;
        this.organizations = organizations;
        this.approval = approval;
        this.programmes = programmes;
        this.events = events;
        this.clock = clock;
        this.zone = zone;
    }

    /**
     * Records the agreement's requested support items, each with the programme that funds it: the budget year the
     * approving agency (as approval routes the agreement: a top-down agreement's initiator's) has opened for the
     * support type and the current year, else the central agency's. Returns the items still to decide (all of them,
     * the first time).
     */
    @Transactional
    public List<GrantId> prepare(AgreementId id) {
        List<Grant> existing = grants.ofAgreement(id);
        if (!existing.isEmpty()) {
            return existing.stream().filter(grant -> grant.status() == GrantStatus.PENDING).map(Grant::id).toList();
        }
        Agreement agreement = agreements.current(id);
        AgreementContent content = agreement.current().content();
        GovernmentCode agency = approval.approvingAgency(agreement.initiator(), content).orElseGet(this::centralAgency);
        GovernmentCode centre = centralAgency();
        int year = zone.today(clock).getYear();
        List<GrantId> ids = new ArrayList<>();
        List<SupportRequest> requests = content.supportRequests();
        for (int index = 0; index < requests.size(); index++) {
            SupportRequest request = requests.get(index);
            Optional<Programme> programme = grants.programme(agency, request.type(), year)
                    .or(() -> grants.programme(centre, request.type(), year));
            GrantId grant = GrantId.random();
            grants.insert(grant, id, index, request.type(), request.type().monetary() ? request.amount() : null,
                    request.description(), programme.map(Programme::id).orElse(null),
                    programme.map(Programme::agency).orElse(agency));
            ids.add(grant);
        }
        return ids;
    }

    /**
     * The inputs of {@code grant_eligibility} for the item, transient: the business rule task reads them in the
     * transaction that gathers them, and nothing reads them after, so the engine neither stores nor deletes them.
     * The grant officer's form reads the item from here ({@link #grant}, {@link #reserved}).
     */
    @Transactional(readOnly = true)
    public Map<String, Object> eligibilityInputs(GrantId id) {
        Grant grant = grant(id);
        AgreementContent content = agreements.current(grant.agreementId()).current().content();
        List<GovernmentCode> participants = content.participants();
        Map<String, Object> inputs = new LinkedHashMap<>();
        GrantProcess.VAR_SUPPORT_TYPE.on(inputs).setTransient(grant.supportType());
        GrantProcess.VAR_POOREST_PLATE.on(inputs).setTransient(poorestPlate(participants).key());
        GrantProcess.VAR_REQUESTED_FEN.on(inputs).setTransient(grant.requestedAmount() == null ? 0L : fen(grant.requestedAmount()));
        GrantProcess.VAR_HAS_PROGRAMME.on(inputs).setTransient(grant.programmeId() != null);
        GrantProcess.VAR_COOPERATION_MODE.on(inputs).setTransient(content.mode());
        return inputs;
    }

    /** Stores what the decision table found; an eligible monetary item's share is rounded down to the fen. */
    @Transactional
    public Grant assessed(GrantId id, boolean eligible, String ineligibleReason, int centralSharePercent) {
        Grant grant = grant(id);
        Money share = null;
        if (eligible && grant.monetary()) {
            share = new Money(grant.requestedAmount().yuan().multiply(BigDecimal.valueOf(centralSharePercent))
                    .divide(BigDecimal.valueOf(100), 2, RoundingMode.DOWN));
        }
        grants.assessed(id, eligible, eligible ? null : ineligibleReason, centralSharePercent, share);
        return grant(id);
    }

    /** Declines an item the decision table found ineligible, with the table's reason. */
    @Transactional
    public void declineIneligible(GrantId id) {
        Grant grant = grant(id);
        declineByPlatform(grant, grant.ineligibleReason());
    }

    /**
     * Reserves the item's central share in its programme, or what the budget still holds of it. An item the
     * budget can hold nothing of is declined as {@value #BUDGET_EXHAUSTED}. Returns what is reserved
     * (zero for support that is granted rather than paid), empty when declined.
     */
    @Transactional
    public Optional<Money> reserve(GrantId id) {
        Grant grant = grant(id);
        if (!grant.monetary()) {
            return Optional.of(Money.ZERO);
        }
        Money held = ledger.reserveUpTo(grant.programmeId(), grant.shareAmount(), cause(grant, PLATFORM,
                "central share of " + grant.centralSharePercent() + "% of " + grant.requestedAmount() + " yuan"));
        if (held.yuan().signum() == 0) {
            declineByPlatform(grant, BUDGET_EXHAUSTED);
            return Optional.empty();
        }
        return Optional.of(held);
    }

    /** What the item's programme holds for it now: its reservation, less what was awarded or released of it. */
    @Transactional(readOnly = true)
    public Money reserved(GrantId id) {
        Grant grant = grant(id);
        return grant.programmeId() == null ? Money.ZERO : ledger.held(grant.programmeId(), id);
    }

    /**
     * Records the grant officer's decision. Monetary items: {@code award} commits the central share,
     * {@code partial} a smaller positive amount; the unawarded rest of the reservation goes back. Pilot-zone
     * status and land quotas: a validity period and conditions instead of an amount. Partial awards and declines
     * need a reason. Refused, changing nothing, when a value is bad or the budget cannot hold the award.
     */
    @Transactional
    public Grant decide(GrantId id, String decisionKey, String awardedAmount, String reason, String validFrom,
                        String validTo, String conditions, String decidedBy) {
        Grant grant = grant(id);
        GrantDecision decision = GrantDecision.fromKey(decisionKey);
        List<Violation> violations = new ArrayList<>();
        if (decision != GrantDecision.AWARD && isBlank(reason)) {
            violations.add(new Violation(GrantProcess.VAR_REASON.name(), "a " + decision.key() + " needs a reason"));
        }
        Money amount = null;
        LocalDate from = null;
        LocalDate to = null;
        if (decision != GrantDecision.DECLINE && grant.monetary()) {
            amount = awardedAmount(grant, decision, awardedAmount, violations);
        } else if (decision != GrantDecision.DECLINE) {
            from = date(GrantProcess.VAR_VALID_FROM.name(), validFrom, violations);
            to = date(GrantProcess.VAR_VALID_TO.name(), validTo, violations);
            if (from != null && to != null && to.isBefore(from)) {
                violations.add(new Violation(GrantProcess.VAR_VALID_TO.name(), "ends before the validity starts (" + from + ")"));
            }
            if (!isBlank(awardedAmount)) {
                violations.add(new Violation(GrantProcess.VAR_AWARDED_AMOUNT.name(),
                        grant.supportType().key() + " is granted, not paid: give no amount"));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        Instant now = clock.instant();
        String why = blankToNull(reason);
        if (decision == GrantDecision.DECLINE) {
            if (grant.monetary()) {
                ledger.releaseAll(grant.programmeId(), cause(grant, decidedBy, "declined: " + why));
            }
            record(grant, GrantStatus.DECLINED, null, null, null, null, why, decidedBy, now);
            events.publishEvent(new GrantDeclined(grant.agreementId().value(), id, grant.supportType(),
                    grant.agency().value(), why, decidedBy, now));
            return grant(id);
        }
        if (grant.monetary()) {
            ledger.award(grant.programmeId(), amount, cause(grant, decidedBy, why), GrantProcess.VAR_AWARDED_AMOUNT.name());
        }
        GrantStatus status = decision == GrantDecision.AWARD ? GrantStatus.AWARDED : GrantStatus.PARTLY_AWARDED;
        record(grant, status, amount, from, to, blankToNull(conditions), why, decidedBy, now);
        events.publishEvent(new GrantAwarded(grant.agreementId().value(), id, grant.supportType(), grant.agency().value(),
                decision.key(), grant.requestedAmount(), amount, from, to, blankToNull(conditions), why, decidedBy, now));
        return grant(id);
    }

    /** The programme agency's grant officer revokes a granted pilot-zone status or land quota, with a reason. */
    @Transactional
    public Grant revoke(GrantId id, String reason, Caller caller) {
        Grant grant = grantForOfficer(id, caller);
        List<Violation> violations = new ArrayList<>();
        if (grant.monetary()) {
            violations.add(new Violation("grant", "money is taken back by a reclaim, not revoked"));
        } else if (grant.status() != GrantStatus.AWARDED && grant.status() != GrantStatus.PARTLY_AWARDED) {
            violations.add(new Violation("grant", "only a granted item can be revoked; this one is " + grant.status().key()));
        }
        if (isBlank(reason) || reason.length() > 4000) {
            violations.add(new Violation("reason", "say in up to 4000 characters why the grant is revoked"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        Instant now = clock.instant();
        if (!grants.revoked(id, reason, caller.userId(), now)) {
            throw new IllegalStateException("Grant " + id + " changed while it was being revoked");
        }
        events.publishEvent(new GrantRevoked(grant.agreementId().value(), id, grant.supportType(), grant.agency().value(),
                reason, caller.userId(), now));
        return grant(id);
    }

    /**
     * The programme agency's grant officer takes disbursed money back into the programme, with a reason, e.g. for
     * a milestone found untrue; at most what the grant has disbursed and not yet reclaimed.
     */
    @Transactional
    public Grant reclaim(GrantId id, String amount, String reason, ProjectId project, String milestone, Caller caller) {
        Grant grant = grantForOfficer(id, caller);
        List<Violation> violations = new ArrayList<>();
        Money money = positiveAmount("amount", amount, violations);
        if (!grant.monetary()) {
            violations.add(new Violation("grant", "a " + grant.supportType().key() + " grant pays no money"));
        }
        if (isBlank(reason) || reason.length() > 4000) {
            violations.add(new Violation("reason", "say in up to 4000 characters why the money is taken back"));
        }
        if (milestone != null && milestone.length() > 200) {
            violations.add(new Violation("milestone", "at most 200 characters"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        ledger.reclaim(grant.programmeId(), money, new BudgetLedger.Cause(grant.agreementId().value(), id,
                project == null ? null : project.value(), milestone, caller.userId(), reason));
        return grant(id);
    }

    /**
     * Pays {@code amount} for a verified milestone out of the agreement's undisbursed awards, oldest item first.
     * Throws {@link IllegalStateException} (so the verification rolls back) when they cannot cover it.
     */
    @Transactional
    public void disburse(AgreementId id, ProjectId project, String milestone, Money amount, String verifiedBy) {
        if (amount.yuan().signum() < 0) {
            throw new IllegalArgumentException("A milestone's grant amount cannot be negative: " + amount);
        }
        if (amount.yuan().signum() == 0) {
            return;
        }
        List<Grant> paying = grants.ofAgreement(id).stream()
                .filter(grant -> grant.monetary() && grant.awardedAmount() != null)
                .sorted(Comparator.comparingInt(Grant::itemIndex)).toList();
        BigDecimal coverable = paying.stream().map(grant -> ledger.undisbursed(grant.programmeId(), grant.id()).yuan())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        if (amount.yuan().compareTo(coverable) > 0) {
            throw new IllegalStateException("Cannot disburse " + amount + " yuan for milestone '" + milestone
                    + "' of agreement " + id + ": its awards have only " + new Money(coverable) + " yuan not yet disbursed");
        }
        BigDecimal left = amount.yuan();
        for (Grant grant : paying) {
            BigDecimal part = left.min(ledger.undisbursed(grant.programmeId(), grant.id()).yuan());
            if (part.signum() > 0) {
                ledger.disburse(grant.programmeId(), new Money(part), new BudgetLedger.Cause(id.value(), grant.id(),
                        project == null ? null : project.value(), milestone, verifiedBy, "milestone verified"));
                left = left.subtract(part);
            }
        }
    }

    /** The agreement's items and decisions, for whoever sees the agreement. */
    @Transactional(readOnly = true)
    public List<Grant> of(AgreementId id, Caller caller) {
        agreements.checkVisible(id, caller);
        return grants.ofAgreement(id);
    }

    /** The agreement's items and decisions, for the platform's own steps and other modules (no caller to check). */
    @Transactional(readOnly = true)
    public List<Grant> of(AgreementId id) {
        return grants.ofAgreement(id);
    }

    /** What the agreement's awards have not yet paid out, e.g. the grant part a joint project can still plan with. */
    @Transactional(readOnly = true)
    public Money undisbursed(AgreementId id) {
        return new Money(grants.ofAgreement(id).stream().filter(grant -> grant.monetary() && grant.awardedAmount() != null)
                .map(grant -> ledger.undisbursed(grant.programmeId(), grant.id()).yuan())
                .reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    @Transactional(readOnly = true)
    public Grant grant(GrantId id) {
        return grants.find(id).orElseThrow(() -> new NotFoundException("No grant " + id));
    }

    @Transactional(readOnly = true)
    public Balances balances(long programmeId, Caller caller) {
        programmes.visible(programmeId, caller);
        return ledger.balances(programmeId);
    }

    @Transactional(readOnly = true)
    public List<LedgerEntry> ledger(long programmeId, int limit, int offset, Caller caller) {
        programmes.visible(programmeId, caller);
        return ledger.entries(programmeId, limit, offset);
    }

    /** The central government's coordination agency, which funds what the approving agency has no programme for. */
    private GovernmentCode centralAgency() {
        return organizations.governments().stream()
                .filter(government -> government.level() == Level.CENTRAL && government.kind() == GovernmentKind.GOVERNMENT)
                .map(government -> organizations.coordinationAgencyOf(government.code())).flatMap(Optional::stream)
                .map(Government::code).findFirst()
                .orElseThrow(() -> new IllegalStateException("The registry has no central coordination agency"));
    }

    private Grant grantForOfficer(GrantId id, Caller caller) {
        return grants.find(id).filter(grant -> caller.hasGroup(grant.grantOfficerGroup()))
                .orElseThrow(() -> new NotFoundException("No grant " + id + " is decided by you"));
    }

    private Plate poorestPlate(List<GovernmentCode> participants) {
        return participants.stream().map(organizations::get).map(Government::plate).flatMap(Optional::stream)
                .max(Comparator.comparingInt(RICHEST_FIRST::indexOf))
                .orElseThrow(() -> new IllegalStateException("The participants " + participants + " belong to no plate"));
    }

    private void declineByPlatform(Grant grant, String reason) {
        Instant now = clock.instant();
        record(grant, GrantStatus.DECLINED, null, null, null, null, reason, PLATFORM, now);
        events.publishEvent(new GrantDeclined(grant.agreementId().value(), grant.id(), grant.supportType(),
                grant.agency().value(), reason, PLATFORM, now));
    }

    private void record(Grant grant, GrantStatus status, Money awarded, LocalDate from, LocalDate to, String conditions,
                        String reason, String decidedBy, Instant at) {
        if (!grants.decided(grant.id(), status, awarded, from, to, conditions, reason, decidedBy, at)) {
            throw new IllegalStateException("Grant " + grant.id() + " is already decided (" + grant(grant.id()).status().key() + ")");
        }
    }

    private Money awardedAmount(Grant grant, GrantDecision decision, String text, List<Violation> violations) {
        String field = GrantProcess.VAR_AWARDED_AMOUNT.name();
        if (decision == GrantDecision.AWARD && isBlank(text)) {
            return grant.shareAmount();
        }
        Money amount = positiveAmount(field, text, violations);
        if (amount == null) {
            return null;
        }
        if (decision == GrantDecision.AWARD && amount.compareTo(grant.shareAmount()) != 0) {
            violations.add(new Violation(field, "an award is the whole central share of " + grant.shareAmount()
                    + " yuan; award less as a partial award"));
        } else if (decision == GrantDecision.PARTIAL && amount.compareTo(grant.shareAmount()) >= 0) {
            violations.add(new Violation(field, "a partial award is less than the central share of "
                    + grant.shareAmount() + " yuan"));
        }
        return amount;
    }

    private static BudgetLedger.Cause cause(Grant grant, String actor, String reason) {
        return new BudgetLedger.Cause(grant.agreementId().value(), grant.id(), null, null, actor, reason);
    }

    private static long fen(Money money) {
        return money.yuan().movePointRight(2).longValueExact();
    }
}
