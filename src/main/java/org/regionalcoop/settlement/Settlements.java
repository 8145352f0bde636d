package org.regionalcoop.settlement;

import org.regionalcoop.kernel.AnswerPath;

import org.regionalcoop.kernel.DisplayZone;
import org.regionalcoop.settlement.internal.BenefitReported;
import org.regionalcoop.settlement.internal.Fen;
import org.regionalcoop.settlement.internal.Position;
import org.regionalcoop.settlement.internal.SettlementCalculation;
import org.regionalcoop.settlement.internal.SettlementFinalized;
import org.regionalcoop.settlement.internal.NothingToSettle;
import org.regionalcoop.settlement.internal.SettlementProposed;
import org.regionalcoop.settlement.internal.SettlementRepository;
import org.regionalcoop.settlement.internal.TransferConfirmed;
import org.regionalcoop.settlement.internal.TransferInstructed;

import org.regionalcoop.agreements.AgreementContent;
import org.regionalcoop.kernel.AgreementId;
import org.regionalcoop.agreements.Agreements;
import org.regionalcoop.agreements.CooperationMode;
import org.regionalcoop.agreements.CostShare;
import org.regionalcoop.agreements.GoverningBody;
import org.regionalcoop.kernel.CurrencyCode;
import org.regionalcoop.kernel.Money;
import org.regionalcoop.kernel.OriginalAmount;
import org.regionalcoop.kernel.PaidIn;
import org.regionalcoop.organizations.Government;
import org.regionalcoop.organizations.GovernmentCode;
import org.regionalcoop.organizations.Level;
import org.regionalcoop.organizations.Organizations;
import org.regionalcoop.organizations.Role;
import org.regionalcoop.organizations.RoleAssignment;
import org.regionalcoop.security.Caller;
import org.regionalcoop.kernel.ForbiddenException;
import org.regionalcoop.kernel.InvalidRequestException;
import org.regionalcoop.kernel.Keyed;
import org.regionalcoop.kernel.NotFoundException;
import org.regionalcoop.kernel.TextRules;
import org.regionalcoop.kernel.Violation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The settlement module's API: calculate an agreement's settlement up to a period end, take the
 * participants' answers and the arbitrator's decision, finalize it and track its transfers; and read
 * settlements for the agreement's participants, the approving agency and administrators.
 */
@Service
public class Settlements {

    static final String SILENCE = "silence";

    /** What proposing a settlement gave: nothing to settle when every position is already zero. */
    public record Proposal(SettlementId id, boolean anythingToSettle, String arbitratorGroup) {
    }

    private final SettlementRepository repository;
    private final Agreements agreements;
    private final Organizations organizations;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final DisplayZone zone;

    Settlements(SettlementRepository repository, Agreements agreements, Organizations organizations,
                ApplicationEventPublisher events, Clock clock, DisplayZone zone) {
        this.repository = repository;
        this.agreements = agreements;
        this.organizations = organizations;
        this.events = events;
        this.clock = clock;
        this.zone = zone;
    }

    /**
     * Calculates the settlement of everything up to the period end, less what finalized settlements already
     * transferred, and proposes it. A settlement of the agreement still open gives way to this one.
     */
    @Transactional
    public Proposal propose(AgreementId agreementId, SettlementKind kind, Instant periodEnd, String processInstanceId) {
        AgreementContent content = agreements.current(agreementId).current().content();
        SettlementCalculation.Result result = SettlementCalculation.settle(repository.facts(agreementId.value(), periodEnd,
                zone.day(periodEnd), percentages(content.costShares()), benefitWeights(content), fundShares(content)),
                content.settlementCurrency());
        repository.supersedeOpen(agreementId.value());
        SettlementId id = SettlementId.random();
        Instant now = clock.instant();
        boolean anything = !result.transfers().isEmpty();
        String arbitrators = arbitratorGroup(content);
        repository.insert(new SettlementRepository.Row(id, agreementId.value(), kind, periodEnd,
                anything ? SettlementStatus.PROPOSED : SettlementStatus.NOTHING_TO_SETTLE, processInstanceId, arbitrators,
                now, null, null, null, null, null, null));
        // Named as the settlement's arbitrator, the agency follows the agreement from now on, objection or not.
        agreements.involve(agreementId, List.of(arbitrators));
        repository.replacePositions(id, result.positions());
        List<TransferLine> transfers = repository.replaceTransfers(id, result.transfers());
        if (anything) {
            events.publishEvent(new SettlementProposed(agreementId.value(), id.value(), kind, periodEnd,
                    result.positions().stream().map(Settlement.ParticipantPosition::of).toList(), transfers, now,
                    content.settlementCurrency().code()));
        } else {
            // An empty period is settled too: the participants' finance systems learn that it closed with nothing owed.
            events.publishEvent(new NothingToSettle(agreementId.value(), id.value(), kind, periodEnd,
                    content.participants().stream().map(GovernmentCode::value).toList(), now));
        }
       return new Proposal(id, anything, arbitrators);
    }

    /** The participants whose finance officers answer: everyone with a position. */
    @Transactional(readOnly = true)
    public List<String> participants(SettlementId id) {
        return repository.positions(id).stream().map(Position::participant).toList();
    }

    @Transactional(readOnly = true)
    public List<String> transferIds(SettlementId id) {
        return repository.transfers(id).stream().map(transfer -> transfer.id().toString()).toList();
    }

    /** A finance officer, or the participant's finance system, confirms or objects with a reason. */
    @Transactional
    public void answer(SettlementId id, String participant, String answer, String reason, String answeredBy, AnswerPath path) {
        SettlementRepository.Row settlement = row(id);
        List<Violation> violations = new ArrayList<>();
        SettlementAnswer given = Keyed.findKey(SettlementAnswer.class, answer).orElse(null);
        if (given == null) {
            violations.add(new Violation("answer", "must be confirm or object, not '" + answer + "'"));
        } else if (given == SettlementAnswer.OBJECT && blank(reason)) {
            violations.add(new Violation("reason", "an objection needs a reason"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        Instant now = clock.instant();
        repository.insertAnswer(id, new Settlement.Answer(participant, given, false, blankToNull(reason), answeredBy, now));
        if (given == SettlementAnswer.CONFIRM) {
            events.publishEvent(new SettlementConfirmed(settlement.agreementId(), id.value(), participant, false,
                    answeredBy, now, path));
        } else {
            if (settlement.status() == SettlementStatus.PROPOSED) {
                repository.moveTo(id, SettlementStatus.ARBITRATION);
            }
            events.publishEvent(new SettlementObjected(settlement.agreementId(), id.value(), participant, reason,
                    answeredBy, now, path));
        }
    }

    /** The window closed: every participant that did not answer confirmed by its silence. */
    @Transactional
    public void confirmSilence(SettlementId id) {
        SettlementRepository.Row settlement = row(id);
        List<String> answered = repository.answers(id).stream().map(Settlement.Answer::participant).toList();
        Instant now = clock.instant();
        for (String participant : participants(id)) {
            if (!answered.contains(participant)) {
                repository.insertAnswer(id, new Settlement.Answer(participant, SettlementAnswer.CONFIRM, true, null, SILENCE,
                        now));
                events.publishEvent(new SettlementConfirmed(settlement.agreementId(), id.value(), participant, true,
                        SILENCE, now, AnswerPath.SILENCE));
            }
        }
    }

    @Transactional(readOnly = true)
    public boolean objected(SettlementId id) {
        return repository.answers(id).stream().anyMatch(answer -> answer.answer() == SettlementAnswer.OBJECT);
    }

    /**
     * The arbitrator upholds the settlement, or adjusts it: the payer owes the payee the amount more, and
     * the positions are netted again, still summing to zero. Refused whole when any field is wrong.
     */
    @Transactional
    public void arbitrate(SettlementId id, String decision, String payer, String payee, String amount, String reason,
                   String arbitratedBy) {
        SettlementRepository.Row settlement = row(id);
        List<String> participants = participants(id);
        List<Violation> violations = new ArrayList<>();
        if (blank(reason)) {
            violations.add(new Violation("reason", "the arbitrator gives a reason"));
        }
        Money adjustment = null;
        if ("adjust".equals(decision)) {
            if (!participants.contains(payer)) {
                violations.add(new Violation("payer", "must be one of " + participants + ", not '" + payer + "'"));
            }
            if (!participants.contains(payee)) {
                violations.add(new Violation("payee", "must be one of " + participants + ", not '" + payee + "'"));
            } else if (payee.equals(payer)) {
                violations.add(new Violation("payee", "must differ from the payer"));
            }
            adjustment = positiveAmount(amount, "amount", violations);
            if (adjustment != null) {
                currencyOf(settlement.agreementId()).problemWith(adjustment)
                        .ifPresent(problem -> violations.add(new Violation("amount", problem)));
            }
        } else if (!"uphold".equals(decision)) {
            violations.add(new Violation("decision", "must be uphold or adjust, not '" + decision + "'"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        Instant now = clock.instant();
        List<TransferLine> transfers;
        if (adjustment != null) {
            repository.insertAdjustment(id, new Settlement.Adjustment(payer, payee, adjustment, reason));
            long fen = Fen.of(adjustment);
            List<Position> adjusted = repository.positions(id).stream().map(position -> new Position(
                    position.participant(), position.costPaid(), position.costShare(), position.benefitReceived(),
                    position.benefitFair(), position.penalties(), position.support(),
                    position.adjustments() + (position.participant().equals(payee) ? fen : 0)
                            - (position.participant().equals(payer) ? fen : 0),
                    position.settled())).toList();
            repository.replacePositions(id, adjusted);
            transfers = repository.replaceTransfers(id, SettlementCalculation.net(adjusted));
        } else {
            transfers = lines(repository.transfers(id));
        }
        ArbitrationOutcome outcome = adjustment != null ? ArbitrationOutcome.ADJUSTED : ArbitrationOutcome.UPHELD;
        repository.recordArbitration(id, outcome, reason, arbitratedBy, now);
        events.publishEvent(new SettlementArbitrated(settlement.agreementId(), id.value(), outcome,
                adjustment != null ? payer : null, adjustment != null ? payee : null,
                adjustment != null ? adjustment.toString() : null, reason, transfers, arbitratedBy, now));
    }

    /**
     * Makes the settlement final and instructs its transfers; returns their ids, or nothing when a newer
     * settlement of the agreement superseded this one meanwhile.
     */
    @Transactional
    public Optional<List<String>> finalizeSettlement(SettlementId id) {
        SettlementRepository.Row settlement = row(id);
        if (!settlement.status().open()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        repository.finalized(id, now);
        List<TransferLine> transfers = lines(repository.transfers(id));
        String currency = currencyOf(settlement.agreementId()).code();
        events.publishEvent(new SettlementFinalized(settlement.agreementId(), id.value(), settlement.kind(),
                settlement.periodEnd(), repository.positions(id).stream().map(Settlement.ParticipantPosition::of).toList(),
                transfers, now, currency));
        for (TransferLine transfer : transfers) {
            events.publishEvent(new TransferInstructed(settlement.agreementId(), id.value(), transfer.transferId(),
                    transfer.payer(), transfer.payee(), transfer.amount(), now, currency));
        }
        return Optional.of(transfers.stream().map(transfer -> transfer.transferId().toString()).toList());
    }

    /** Transfers still unconfirmed when the reminder is due are marked reminded, for the read API and Tasklist. */
    @Transactional
    public List<UUID> remindLateTransfers(SettlementId id) {
        return repository.remindUnconfirmed(id, clock.instant());
    }

    @Transactional
    public void complete(SettlementId id) {
        repository.completed(id, clock.instant());
    }

    /**
     * Checks a treasury's report of a received transfer: the transfer exists, was instructed, goes to the
     * reporting participant and for exactly this amount. Returns the transfer if it still awaits confirmation.
     */
    @Transactional(readOnly = true)
    public Optional<SettlementRepository.TransferRow> receivable(UUID transferId, String participant, Money amount) {
        SettlementRepository.TransferRow transfer = repository.transfer(transferId)
                .orElseThrow(() -> new IllegalArgumentException("No transfer " + transferId));
        if (!transfer.payee().equals(participant)) {
            throw new IllegalArgumentException("Transfer " + transferId + " goes to " + transfer.payee() + ", not "
                    + participant);
        }
        if (transfer.fen() != Fen.of(amount)) {
            throw new IllegalArgumentException("Transfer " + transferId + " is of " + Fen.money(transfer.fen())
                    + ", not " + amount);
        }
        if (!transfer.status().settled()) {
            throw new IllegalArgumentException("Transfer " + transferId + " was never instructed");
        }
        return transfer.confirmedAt() == null ? Optional.of(transfer) : Optional.empty();
    }

    /** Records the payee's confirmation and announces it; false when it was confirmed before. */
    @Transactional
    public boolean confirmTransfer(SettlementRepository.TransferRow transfer, String confirmedBy) {
        Instant now = clock.instant();
        if (!repository.confirmTransfer(transfer.id(), confirmedBy, now)) {
            return false;
        }
        events.publishEvent(new TransferConfirmed(transfer.agreementId(), transfer.settlementId().value(), transfer.id(),
                transfer.payer(), transfer.payee(), Fen.money(transfer.fen()), confirmedBy, now));
        return true;
    }

    /** Shared benefits a participant's finance system reported. */
    @Transactional
    public void reportBenefit(BenefitReported report, String source) {
        AgreementContent content = agreements.find(new AgreementId(report.agreementId()))
                .orElseThrow(() -> new IllegalArgumentException("No agreement " + report.agreementId()))
                .current().content();
        if (!content.participants().contains(new GovernmentCode(report.participant()))) {
            throw new IllegalArgumentException(report.participant() + " takes no part in agreement " + report.agreementId());
        }
        if (report.amount().isNegative() || report.periodEnd().isBefore(report.periodStart())) {
            throw new IllegalArgumentException("A benefit report needs an amount of at least zero and a period that "
                    + "does not end before it starts");
        }
        content.settlementCurrency().problemWith(report.amount()).ifPresent(problem -> {
            throw new IllegalArgumentException("The benefit's amount " + report.amount() + ": " + problem);
        });
        if (report.original() != null) {
            report.original().problemWith(report.amount(), content.settlementCurrency()).ifPresent(problem -> {
                throw new IllegalArgumentException(problem);
            });
        }
        Instant now = clock.instant();
        repository.addBenefit(report.agreementId(), report.participant(), Fen.of(report.amount()), report.original(),
                report.periodStart(), report.periodEnd(), report.description(), source, now);
        events.publishEvent(new BenefitRecorded(report.agreementId(), new BenefitReport(
                new GovernmentCode(report.participant()), report.amount(), report.original(), report.periodStart(),
                report.periodEnd(), report.description(), source, now), AnswerPath.EVENT));
    }

    /**
     * A member of staff of a participant records its own government's benefit report for a period, as its finance
     * system would send it; an amount received in another currency than the agreement's ({@code paidIn}) counts for
     * its conversion at the rate the parties agreed (half up, to the settlement currency's minor unit), and what was
     * received is kept beside it. Every bad field is named at once and nothing is stored.
     */
    @Transactional
    public BenefitReport recordBenefit(AgreementId agreementId, GovernmentCode participant, Money amount, PaidIn paidIn,
                                       LocalDate periodStart, LocalDate periodEnd, String description, Caller caller) {
        List<Violation> violations = checkBenefit(agreementId, participant, amount, paidIn, periodStart, periodEnd,
                description, caller);
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        CurrencyCode settlement = agreements.get(agreementId, caller).current().content().settlementCurrency();
        Money counted = paidIn.counted(amount, settlement);
        OriginalAmount original = paidIn.original(amount, settlement);
        String text = blank(description) ? null : description.strip();
        Instant now = clock.instant();
        repository.addBenefit(agreementId.value(), participant.value(), Fen.of(counted), original, periodStart, periodEnd,
                text, caller.userId(), now);
        BenefitReport report = new BenefitReport(participant, counted, original, periodStart, periodEnd, text,
                caller.userId(), now);
        events.publishEvent(new BenefitRecorded(agreementId.value(), report, AnswerPath.TASK));
        return report;
    }

    /**
     * What recording the benefit report would refuse, without recording it: the participant must be one of the
     * agreement's, the amount at least zero and no finer than the currency it was received in, the period given, not
     * ending before it starts and begun by today, the description storable; one received in another currency needs the
     * rate agreed and its day ({@link PaidIn#problems}). Only the participant's own coordinators and finance officers
     * record its reports (403 for anyone else who sees the agreement).
     */
    @Transactional(readOnly = true)
    public List<Violation> checkBenefit(AgreementId agreementId, GovernmentCode participant, Money amount, PaidIn paidIn,
                                        LocalDate periodStart, LocalDate periodEnd, String description, Caller caller) {
        AgreementContent content = agreements.get(agreementId, caller).current().content();
        List<GovernmentCode> reporters = benefitReporters(content, caller);
        if (reporters.isEmpty() || participant != null && content.participants().contains(participant)
                && !reporters.contains(participant)) {
            throw new ForbiddenException("Only a participant's own coordinators and finance officers record its benefit "
                    + "reports");
        }
        List<Violation> violations = new ArrayList<>();
        if (participant == null || !content.participants().contains(participant)) {
            violations.add(new Violation("participant", "must be your own government among the participants: "
                    + reporters.stream().map(GovernmentCode::value).toList()));
        }
        CurrencyCode settlement = content.settlementCurrency();
        if (amount == null) {
            violations.add(new Violation("amount", "is required"));
        } else if (amount.isNegative()) {
            violations.add(new Violation("amount", "must be at least zero"));
        } else {
            paidIn.currencyOr(settlement).problemWith(amount)
                    .ifPresent(problem -> violations.add(new Violation("amount", problem)));
        }
        LocalDate today = zone.today(clock);
        if (periodStart == null) {
            violations.add(new Violation("periodStart", "is required"));
        } else if (periodStart.isAfter(today)) {
            violations.add(new Violation("periodStart", "must not be in the future: a benefit is reported once received"));
        }
        if (periodEnd == null) {
            violations.add(new Violation("periodEnd", "is required"));
        } else if (periodStart != null && periodEnd.isBefore(periodStart)) {
            violations.add(new Violation("periodEnd", "must not be before periodStart"));
        }
        TextRules.problem(description, TextRules.DESCRIPTION)
                .ifPresent(problem -> violations.add(new Violation("description", problem)));
        violations.addAll(paidIn.problems(violations.stream().anyMatch(v -> "amount".equals(v.field())) ? null : amount,
                settlement, today));
        return violations;
    }

    /** The participants whose benefit reports the caller may record: those it coordinates or keeps the finances of. */
    public static List<GovernmentCode> benefitReporters(AgreementContent content, Caller caller) {
        return content.participants().stream()
                .filter(participant -> caller.hasGroup(new RoleAssignment(participant, Role.COORDINATOR).candidateGroup())
                        || caller.hasGroup(new RoleAssignment(participant, Role.FINANCE_OFFICER).candidateGroup()))
                .toList();
    }

    /** The benefit reports of the agreement, oldest first, for whoever sees it. */
    @Transactional(readOnly = true)
    public List<BenefitReport> benefitReports(AgreementId agreementId, Caller caller) {
        agreements.get(agreementId, caller);
        return repository.benefits(agreementId.value());
    }

    /**
     * Records agreed counterpart support from one participant to another for a period: only the
     * secretariat's coordinators do, and every bad field is named with nothing stored.
     */
    @Transactional
    public void recordSupport(AgreementId agreementId, CounterpartSupport support, Caller caller) {
        List<Violation> violations = checkSupport(agreementId, support, caller);
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        repository.addSupport(agreementId.value(), support.supporter(), support.recipient(), Fen.of(Money.of(support.amount())),
                support.periodStart(), support.periodEnd(), support.description(), caller.userId(), clock.instant());
    }

    /** What recording the counterpart support would refuse, without recording it: everything wrong, or nothing. */
    @Transactional(readOnly = true)
    public List<Violation> checkSupport(AgreementId agreementId, CounterpartSupport support, Caller caller) {
        AgreementContent content = agreements.get(agreementId, caller).current().content();
        if (!maySupport(content, caller)) {
            throw new ForbiddenException("Only the secretariat's coordinators record counterpart support");
        }
        List<String> participants = content.participants().stream().map(GovernmentCode::value).toList();
        List<Violation> violations = new ArrayList<>();
        if (support.supporter() == null || !participants.contains(support.supporter())) {
            violations.add(new Violation("supporter", "must be one of the participants " + participants));
        }
        if (support.recipient() == null || !participants.contains(support.recipient())) {
            violations.add(new Violation("recipient", "must be one of the participants " + participants));
        } else if (support.recipient().equals(support.supporter())) {
            violations.add(new Violation("recipient", "must differ from the supporter"));
        }
        Money amount = positiveAmount(support.amount(), "amount", violations);
        if (amount != null) {
            content.settlementCurrency().problemWith(amount)
                    .ifPresent(problem -> violations.add(new Violation("amount", problem)));
        }
        if (support.periodStart() == null) {
            violations.add(new Violation("periodStart", "is required"));
        }
        if (support.periodEnd() == null) {
            violations.add(new Violation("periodEnd", "is required"));
        } else if (support.periodStart() != null && support.periodEnd().isBefore(support.periodStart())) {
            violations.add(new Violation("periodEnd", "must not be before periodStart"));
        }
        if (support.description() != null && support.description().length() > TextRules.DESCRIPTION) {
            violations.add(new Violation("description", TextRules.tooLong(TextRules.DESCRIPTION)));
        }
        return violations;
    }

    /** Whether the caller coordinates for the agreement's secretariat, who records counterpart support. */
    public static boolean maySupport(AgreementContent content, Caller caller) {
        return caller.hasGroup(new RoleAssignment(content.secretariat(), Role.COORDINATOR).candidateGroup());
    }

    /** The settlement, for whoever sees its agreement; others get 404. */
    public Settlement get(SettlementId id, Caller caller) {
        SettlementRepository.Row settlement = repository.find(id)
                .filter(row -> visible(row, caller))
                .orElseThrow(() -> new NotFoundException("No settlement " + id + " is visible to you"));
        return view(settlement);
    }

    /** The agreement's settlements, oldest first, for the same callers. */
    public List<Settlement> ofAgreement(AgreementId agreementId, Caller caller) {
        List<SettlementRepository.Row> settlements = repository.ofAgreement(agreementId.value());
        agreements.checkVisible(agreementId, caller);
        return settlements.stream().map(this::view).toList();
    }

    /** The agreement's settlements, for the platform's own steps (no caller to check). */
    @Transactional(readOnly = true)
    public List<Settlement> ofAgreement(AgreementId agreementId) {
        return repository.ofAgreement(agreementId.value()).stream().map(this::view).toList();
    }

    /** The agreements module's one rule: who sees the agreement sees its settlements. */
    private boolean visible(SettlementRepository.Row settlement, Caller caller) {
        return agreements.isVisible(new AgreementId(settlement.agreementId()), caller);
    }

    private Settlement view(SettlementRepository.Row row) {
        Settlement.Arbitration arbitration = row.arbitration() == null ? null : new Settlement.Arbitration(
                row.arbitration(), row.arbitrationReason(), row.arbitratedBy(), row.arbitratedAt(),
                repository.adjustments(row.id()));
        return new Settlement(row.id(), row.agreementId(), row.kind(), row.periodEnd(), row.status(),
                row.arbitratorGroup(), row.proposedAt(),
                repository.positions(row.id()).stream().map(Settlement.ParticipantPosition::of).toList(),
                repository.transfers(row.id()), repository.answers(row.id()), arbitration, row.finalizedAt(),
                row.completedAt(), currencyOf(row.agreementId()));
    }

    /** The currency every amount of the agreement's settlements is in. */
    private CurrencyCode currencyOf(UUID agreementId) {
        return agreements.current(new AgreementId(agreementId)).current().content().settlementCurrency();
    }

    private SettlementRepository.Row row(SettlementId id) {
        return repository.find(id).orElseThrow(() -> new NotFoundException("No settlement " + id));
    }

    /**
     * Who arbitrates an objection. The body the agreement names as its arbiter, through the leaders of the member
     * chairing it now; else, in horizontal cooperation, where no superior has a say, the parties' joint decision,
     * which the secretariat's leaders record; else the approving agency's arbitrators: the coordination agency of
     * the participants' lowest common superior, or of the province or centre above it, as approval routes.
     */
    private String arbitratorGroup(AgreementContent content) {
        Optional<GoverningBody> arbiter = content.arbitratingBody();
        if (arbiter.isPresent()) {
            GovernmentCode chair = arbiter.get().chairOn(zone.today(clock));
            return new RoleAssignment(chair, Role.LEADER).candidateGroup();
        }
        if (content.mode() == CooperationMode.HORIZONTAL) {
            return new RoleAssignment(content.secretariat(), Role.LEADER).candidateGroup();
        }
        Government level = organizations.lowestCommonSuperior(content.participants());
        while (level.level() != Level.PROVINCIAL && level.level() != Level.CENTRAL) {
            level = organizations.get(level.parent().orElseThrow());
        }
        GovernmentCode superior = level.code();
        Government agency = organizations.coordinationAgencyOf(superior).orElseThrow(() -> new IllegalStateException(
                "No coordination agency is registered for " + superior + "; add one to the reference data"));
        return new RoleAssignment(agency.code(), Role.ARBITRATOR).candidateGroup();
    }

    /** The members' agreed contributions to the agreement's fund, by which they bear what was paid into it. */
    private static Map<String, BigDecimal> fundShares(AgreementContent content) {
        Map<String, BigDecimal> shares = new LinkedHashMap<>();
        if (content.fund() != null) {
            content.fund().contributions().forEach(c -> shares.put(c.participant().value(), c.amount().yuan()));
        }
        return shares;
    }

    /**
     * What settlement divides the reported benefits by: each participant's figure when the agreement names a basis
     * (population, GDP; the registry's as it stands now, divided in proportion), else its benefit or cost shares. A
     * participant whose figure the registry no longer states stops the calculation, which becomes an incident:
     * dividing by the others' figures alone would hand it nothing.
     */
    private Map<String, BigDecimal> benefitWeights(AgreementContent content) {
        if (content.benefitBasis() == null) {
            return percentages(content.benefitKey());
        }
        Map<String, BigDecimal> weights = new LinkedHashMap<>();
        for (GovernmentCode participant : content.participants()) {
            weights.put(participant.value(), organizations.find(participant).flatMap(content.benefitBasis()::of)
                    .orElseThrow(() -> new IllegalStateException("The registry states no " + content.benefitBasis().key()
                            + " for " + participant + ", by which the agreement divides its benefits")));
        }
        return weights;
    }

    private static Map<String, BigDecimal> percentages(List<CostShare> shares) {
        Map<String, BigDecimal> percentages = new LinkedHashMap<>();
        shares.forEach(share -> percentages.put(share.participant().value(), share.percent()));
        return percentages;
    }

    private static List<TransferLine> lines(List<Settlement.Transfer> transfers) {
        return transfers.stream().map(transfer -> new TransferLine(transfer.id(), transfer.payer(), transfer.payee(),
                transfer.amount())).toList();
    }

    private static Money positiveAmount(String amount, String field, List<Violation> violations) {
        if (blank(amount)) {
            violations.add(new Violation(field, "is required"));
            return null;
        }
        try {
            Money money = Money.of(amount);
            if (money.yuan().signum() <= 0) {
                violations.add(new Violation(field, "must be more than zero"));
                return null;
            }
            return money;
        } catch (IllegalArgumentException e) {
            violations.add(new Violation(field, e.getMessage()));
            return null;
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String blankToNull(String text) {
        return blank(text) ? null : text;
    }
}
