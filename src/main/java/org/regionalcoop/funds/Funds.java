package org.regionalcoop.funds;

import org.regionalcoop.agreements.Agreement;
import org.regionalcoop.agreements.AgreementContent;
import org.regionalcoop.agreements.AgreementStatus;
import org.regionalcoop.agreements.Agreements;
import org.regionalcoop.agreements.GoverningBody;
import org.regionalcoop.agreements.PooledFund;
import org.regionalcoop.funds.internal.FundLedger;
import org.regionalcoop.kernel.AgreementId;
import org.regionalcoop.kernel.CurrencyCode;
import org.regionalcoop.kernel.DisplayZone;
import org.regionalcoop.kernel.FinalSettlementCutOff;
import org.regionalcoop.kernel.ForbiddenException;
import org.regionalcoop.kernel.InvalidRequestException;
import org.regionalcoop.kernel.Money;
import org.regionalcoop.kernel.NotFoundException;
import org.regionalcoop.kernel.OriginalAmount;
import org.regionalcoop.kernel.PaidIn;
import org.regionalcoop.kernel.Violation;
import org.regionalcoop.organizations.GovernmentCode;
import org.regionalcoop.security.Caller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The pooled funds module's API: members pay their agreed contributions into their agreement's fund, projects ask it
 * for money (held while the allocating body decides), the body allocates or declines, and anyone who sees the
 * agreement reads the fund's statement.
 */
@Service
public class Funds {

    private final FundLedger ledger;
    private final Agreements agreements;
    private final FinalSettlementCutOff finalCutOff;
    private final Clock clock;
    private final DisplayZone zone;

    Funds(FundLedger ledger, Agreements agreements, FinalSettlementCutOff finalCutOff, Clock clock, DisplayZone zone) {
        this.ledger = ledger;
        this.agreements = agreements;
        this.finalCutOff = finalCutOff;
        this.clock = clock;
        this.zone = zone;
    }

    /**
     * A member's finance officer reports a payment into the fund, as its finance system does over Kafka; anything
     * wrong is named and nothing is recorded.
     */
    @Transactional
    public FundStatement reportPayment(AgreementId id, GovernmentCode participant, Money amount, Instant paidAt,
                                       Caller caller) {
        return reportPayment(id, participant, amount, PaidIn.SETTLEMENT_CURRENCY, paidAt, caller);
    }

    /**
     * A payment reported in {@code paidIn}'s currency: the fund counts its conversion at the agreed rate (half up, to
     * the settlement currency's minor unit) and the ledger keeps what was paid beside it.
     */
    @Transactional
    public FundStatement reportPayment(AgreementId id, GovernmentCode participant, Money amount, PaidIn paidIn,
                                       Instant paidAt, Caller caller) {
        List<Violation> violations = checkPayment(id, participant, amount, paidIn, paidAt, caller);
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        AgreementId payee = payee(agreements.get(id, caller), participant, paidAt).agreement().id();
        CurrencyCode settlement = agreements.get(id, caller).current().content().settlementCurrency();
        if (paidIn.isIn(settlement)) {
            ledger.payIn(payee.value(), participant, amount, paidAt, caller.userId());
        } else {
            ledger.payIn(payee.value(), participant, paidIn.counted(amount, settlement),
                    paidIn.original(amount, settlement), paidAt, caller.userId());
        }
        return statement(payee, caller);
    }

    /**
     * What reporting the payment would refuse: the agreement must be in force (or closed, as {@link #payee} takes the
     * payment) and have a fund the participant agreed to pay into, the amount above zero, the payment not in the
     * future. Only the paying member's finance officers report its payments.
     */
    @Transactional(readOnly = true)
    public List<Violation> checkPayment(AgreementId id, GovernmentCode participant, Money amount, Instant paidAt,
                                        Caller caller) {
        return checkPayment(id, participant, amount, PaidIn.SETTLEMENT_CURRENCY, paidAt, caller);
    }

    /**
     * What reporting the payment in {@code paidIn}'s currency would refuse: as for one in the settlement currency, and
     * the amount no finer than its currency and the way it was paid as {@link PaidIn#problems} checks it.
     */
    @Transactional(readOnly = true)
    public List<Violation> checkPayment(AgreementId id, GovernmentCode participant, Money amount, PaidIn paidIn,
                                        Instant paidAt, Caller caller) {
        List<Violation> violations = new ArrayList<>(checkPaymentIn(id, participant, amount, paidIn.currency(), paidAt, caller));
        CurrencyCode settlement = agreements.get(id, caller).current().content().settlementCurrency();
        violations.addAll(paidIn.problems(violations.isEmpty() ? amount : null, settlement,
                zone.today(clock)));
        return violations;
    }

    private List<Violation> checkPaymentIn(AgreementId id, GovernmentCode participant, Money amount,
                                           CurrencyCode paidIn, Instant paidAt, Caller caller) {
        Agreement agreement = agreements.get(id, caller);
        if (participant == null || !caller.hasGroup(participant.value() + ".finance_officer")) {
            throw new ForbiddenException("Only the paying member's finance officers report its payments");
        }
        List<Violation> violations = new ArrayList<>(payee(agreement, participant, paidAt).refused());
        if (amount == null || amount.yuan().signum() <= 0) {
            violations.add(new Violation("amount", "must be more than zero"));
        } else {
            (paidIn == null ? agreement.current().content().settlementCurrency() : paidIn).problemWith(amount)
                    .ifPresent(problem -> violations.add(new Violation("amount", problem)));
        }
        if (paidAt == null) {
            violations.add(new Violation("paidAt", "is required"));
        } else if (paidAt.isAfter(clock.instant())) {
            violations.add(new Violation("paidAt", "must not be in the future"));
        }
        return violations;
    }

    /**
     * Takes in a payment reported by the member's finance system; every payment is recorded, also one beyond the
     * agreed contribution. Refused (IllegalArgumentException) when it can never apply.
     */
    @Transactional
    public void recordPayment(AgreementId id, GovernmentCode participant, Money amount, Instant paidAt, String reportedBy) {
        recordPayment(id, participant, amount, null, paidAt, reportedBy);
    }

    /**
     * Takes in a payment as {@link #recordPayment(AgreementId, GovernmentCode, Money, Instant, String)} does; one paid in
     * another currency states it as {@code original}, of which {@code amount}, in the settlement currency, must be
     * exactly the conversion at the agreed rate.
     */
    @Transactional
    public void recordPayment(AgreementId id, GovernmentCode participant, Money amount, OriginalAmount original,
                              Instant paidAt, String reportedBy) {
        Agreement agreement = agreements.find(id).orElseThrow(() -> new IllegalArgumentException("No agreement " + id));
        Payee payee = payee(agreement, participant, paidAt);
        if (!payee.refused().isEmpty()) {
            throw new IllegalArgumentException(payee.refused().get(0).message());
        }
        if (amount.yuan().signum() <= 0) {
            throw new IllegalArgumentException("A payment must be positive, not " + amount);
        }
        CurrencyCode settlement = agreement.current().content().settlementCurrency();
        settlement.problemWith(amount).ifPresent(problem -> {
            throw new IllegalArgumentException("The payment's amount " + amount + ": " + problem);
        });
        if (original != null) {
            original.problemWith(amount, settlement).ifPresent(problem -> {
                throw new IllegalArgumentException(problem);
            });
        }
        ledger.payIn(payee.agreement().id().value(), participant, amount, original, paidAt, reportedBy);
    }

    /**
     * Holds {@code amount} of the fund for a project that asks for it, in the caller's transaction; refused naming
     * {@code field} when the agreement has no fund or it has less available.
     */
    @Transactional
    public void reserve(AgreementId id, UUID projectId, Money amount, String actor, String field) {
        if (agreements.current(id).current().content().fund() == null) {
            throw new InvalidRequestException(List.of(new Violation(field, "the agreement has no fund")));
        }
        ledger.reserve(id.value(), projectId, amount, actor, field);
    }

    /**
     * What holding {@code amount} for a project would refuse, naming {@code field}: the agreement has no fund, or the
     * fund has less available; so that a page checking a registration shows it before the registration is confirmed.
     */
    @Transactional(readOnly = true)
    public List<Violation> checkReserve(AgreementId id, Money amount, String field) {
        if (agreements.current(id).current().content().fund() == null) {
            return List.of(new Violation(field, "the agreement has no fund"));
        }
        Money available = ledger.balances(id.value()).available();
        return amount.compareTo(available) > 0 ? List.of(new Violation(field, amount + " yuan is above the "
                + available + " yuan the agreement's fund has available")) : List.of();
    }

    /**
     * The allocating body of the project's agreement {@code id} allocates to the project what is held for it; returns
     * the amount. The money is paid out of the fund that holds it: the fund of the agreement the project asked, which
     * is a closed one when the project was handed over to its renewal while it waited (docs/decisions/fund-hold-at-hand-over.md).
     */
    @Transactional
    public Money allocate(AgreementId id, UUID projectId, String reason, String decidedBy) {
        return ledger.allocate(holding(id, projectId).value(), projectId,
                fund(deciding(id, projectId)).allocatingBody(), reason, decidedBy);
    }

    /**
     * Gives what is held for the project of agreement {@code id} back to the fund that holds it: the allocating body
     * declined it ({@code declined}), or the project ended before it started.
     */
    @Transactional
    public void release(AgreementId id, UUID projectId, boolean declined, String reason, String actor) {
        ledger.release(holding(id, projectId).value(), projectId, declined, reason, actor);
    }

    /** The agreement whose fund holds money for the project: where it asked for it, or {@code id} when it asked none. */
    @Transactional(readOnly = true)
    public AgreementId holding(AgreementId id, UUID projectId) {
        return ledger.fundAskedBy(projectId).map(AgreementId::new).orElse(id);
    }

    /**
     * The agreement whose allocating body decides on what is held for the project of agreement {@code id}: that
     * agreement when it has a fund; when it has none (a renewal whose revision dropped the fund), the agreement whose
     * fund holds the money, as the body its members named for that money is the one they agreed would allocate it
     * (docs/decisions/fund-hold-at-hand-over.md).
     */
    private AgreementId deciding(AgreementId id, UUID projectId) {
        return agreements.current(id).current().content().fund() != null ? id : holding(id, projectId);
    }

    /**
     * The coordinators of the member governments of the allocating body that decides on what is held for the project
     * of agreement {@code id} ({@link #deciding}).
     */
    @Transactional(readOnly = true)
    public List<String> allocatorGroups(AgreementId id, UUID projectId) {
        return allocatorGroups(deciding(id, projectId));
    }

    /** The coordinators of the allocating body's member governments, who decide its allocations. */
    @Transactional(readOnly = true)
    public List<String> allocatorGroups(AgreementId id) {
        AgreementContent content = agreements.current(id).current().content();
        String key = fund(id).allocatingBody();
        GoverningBody body = content.body(key).orElseThrow(() -> new IllegalStateException(
                "Agreement " + id + " has no body '" + key + "' to allocate its fund"));
        return body.members().stream().map(member -> member.value() + ".coordinator").toList();
    }

    /** The fund as its ledger adds up, for whoever sees the agreement; 404 when the agreement has no fund. */
    @Transactional(readOnly = true)
    public FundStatement statement(AgreementId id, Caller caller) {
        agreements.checkVisible(id, caller);
        return statement(id);
    }

    /** The fund as its ledger adds up, for the platform's own steps (no caller to check). */
    @Transactional(readOnly = true)
    public FundStatement statement(AgreementId id) {
        PooledFund fund = agreements.current(id).current().content().fund();
        if (fund == null) {
            throw new NotFoundException("Agreement " + id + " has no fund");
        }
        Map<String, Money> paid = ledger.paidInByMember(id.value());
        List<FundStatement.Member> members = fund.contributions().stream()
                .map(c -> new FundStatement.Member(c.participant(), c.amount(),
                        paid.getOrDefault(c.participant().value(), Money.ZERO)))
                .toList();
        FundLedger.Balances balances = ledger.balances(id.value());
        return new FundStatement(id.value(), fund.allocatingBody(), members, fund.total(), balances.paidIn(),
                balances.reserved(), balances.allocated(), balances.available(), ledger.entries(id.value()));
    }

    private PooledFund fund(AgreementId id) {
        PooledFund fund = agreements.current(id).current().content().fund();
        if (fund == null) {
            throw new IllegalStateException("Agreement " + id + " has no fund");
        }
        return fund;
    }

    /** The agreement whose fund takes a payment in, or why none does. */
    private record Payee(Agreement agreement, List<Violation> refused) {
    }

    /**
     * Whose fund takes in a payment reported for {@code agreement}: its own while it is in force. The fund of an
     * agreement in closure or closed takes the payments made up to its final settlement's cut-off, which were owed under it: they stay shared by
     * its agreed contributions, and the closed agreement settles once more for those its final settlement missed
     * (docs/decisions/fund-hold-at-hand-over.md). A payment made after the cut-off is owed under the renewal, as a
     * project's payment reported for the agreement it was handed over from is: its fund takes it when the renewal is
     * in force, has a fund the member agreed to pay into, and settles in the same currency. Refused otherwise, naming
     * why and, while the renewal is still pending, to report it again once it is in force.
     */
    private Payee payee(Agreement agreement, GovernmentCode participant, Instant paidAt) {
        if (agreement.status() != AgreementStatus.CLOSED && agreement.status() != AgreementStatus.IN_CLOSURE) {
            return new Payee(agreement, unappliable(agreement, participant));
        }
        Optional<Instant> cutOff = finalCutOff.of(agreement.id());
        if (paidAt == null || cutOff.filter(end -> !paidAt.isAfter(end)).isPresent()) {
            return new Payee(agreement, fundProblems(agreement, participant));
        }
        String closed = "agreement " + agreement.id() + " is " + agreement.status().key()
                + " and its fund takes only payments made up to its "
                + "final settlement's cut-off" + cutOff.map(end -> " " + end).orElse(", which is not calculated yet")
                + ", and this one was made at " + paidAt + ": ";
        Optional<Agreement> renewal = agreements.renewal(agreement.id());
        if (renewal.isEmpty()) {
            return new Payee(agreement, List.of(new Violation("agreement", closed + "it has no renewal whose fund "
                    + "could take it, and no settlement would count it")));
        }
        Agreement renewed = renewal.get();
        if (!renewed.status().inForce()) {
            return new Payee(agreement, List.of(new Violation("agreement", closed + "its renewal " + renewed.id()
                    + " is " + renewed.status().key() + (renewed.status().failed() ? ", and no fund takes it"
                    : "; report it for the renewal once it is in force"))));
        }
        List<Violation> problems = fundProblems(renewed, participant);
        CurrencyCode paid = agreement.current().content().settlementCurrency();
        CurrencyCode renewedIn = renewed.current().content().settlementCurrency();
        if (problems.isEmpty() && !paid.equals(renewedIn)) {
            problems = List.of(new Violation("agreement", "its renewal " + renewed.id() + " settles in "
                    + renewedIn.code() + ", not " + paid.code() + ": report the payment for agreement " + renewed.id()
                    + ", in " + renewedIn.code()));
        }
        return problems.isEmpty() ? new Payee(renewed, List.of()) : new Payee(agreement, problems.stream()
                .map(problem -> new Violation(problem.field(), closed + problem.message())).toList());
    }

    private static List<Violation> fundProblems(Agreement agreement, GovernmentCode participant) {
        List<Violation> violations = new ArrayList<>();
        PooledFund fund = agreement.current().content().fund();
        if (fund == null) {
            violations.add(new Violation("agreement", "agreement " + agreement.id() + " has no fund"));
        } else if (participant == null || fund.agreed(participant).isEmpty()) {
            violations.add(new Violation("participant", participant + " agreed to pay nothing into the fund of agreement "
                    + agreement.id()));
        }
        return violations;
    }

    private static List<Violation> unappliable(Agreement agreement, GovernmentCode participant) {
        List<Violation> violations = fundProblems(agreement, participant);
        if (!agreement.status().inForce()) {
            violations.add(new Violation("agreement", "members pay into the fund of an agreement in force, this one is "
                    + agreement.status().key()));
        }
        return violations;
    }
}
