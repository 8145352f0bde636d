package org.regionalcoop.settlement.internal;

import org.regionalcoop.kernel.CurrencyCode;
import org.regionalcoop.kernel.Money;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The settlement rules, exact to the fen (to the minor unit of the settlement currency: whole yen for yen, below). Costs are shared by the cost shares (a project's own, else the agreement's),
 * payments into the agreement's pooled fund by the members' agreed contributions,
 * benefits by the agreement's benefit-sharing key, which may differ (e.g. a tax-revenue ratio). Fair parts are split by the largest-remainder method: everyone
 * gets the fen its exact part rounds down to, and the fen left over go one each to the largest remainders,
 * ties to the lower government code. Net positions are then netted greedily: the largest debtor pays the
 * largest creditor as much as one of them needs, ties to the lower code, until nobody owes; every step
 * settles at least one participant, the last two, so there are at most n - 1 transfers.
 */
public final class SettlementCalculation {

    private SettlementCalculation() {
    }

    public record Result(List<Position> positions, List<Flow> transfers) {

        /** The result counted in units {@code step} times as large, e.g. whole yen written in hundredths. */
        Result times(long step) {
            return new Result(positions.stream().map(position -> position.times(step)).toList(),
                    transfers.stream().map(flow -> flow.times(step)).toList());
        }
    }

    /**
     * Settles in the minor unit of the agreement's settlement currency, so that every share and every transfer is a
     * whole minor unit of it (whole yen, never sen): the facts, kept in hundredths as every amount is written, are
     * counted in that unit, split and netted there, and the result written in hundredths again.
     */
    public static Result settle(SettlementFacts facts, CurrencyCode currency) {
        if (!currency.fitsMoney()) {
            throw new IllegalArgumentException("amounts in " + currency + " are not kept to two decimals");
        }
        long step = BigInteger.TEN.pow(Money.DECIMALS - currency.minorUnits()).longValueExact();
        return settle(facts.inUnitsOf(step)).times(step);
    }

    public static Result settle(SettlementFacts facts) {
        SortedSet<String> participants = participants(facts);
        Map<String, long[]> components = new TreeMap<>();
        participants.forEach(code -> components.put(code, new long[Component.values().length]));

        SortedMap<String, Long> paidIntoProject = new TreeMap<>();
        for (SettlementFacts.Contribution contribution : facts.contributions()) {
            add(components, contribution.participant(), Component.COST_PAID, contribution.fen());
            paidIntoProject.merge(contribution.project(), contribution.fen(), Long::sum);
        }
        paidIntoProject.forEach((project, paid) -> split(paid, weights(sharesOf(facts, project), participants))
                .forEach((code, fen) -> add(components, code, Component.COST_SHARE, fen)));

        // The fund is the members' common money, spent or not: each bears its part of what all paid in by the agreed
        // contributions, so whoever paid in beyond its part is owed by whoever paid in short of it.
        long paidIntoFund = 0;
        for (SettlementFacts.FundPayment payment : facts.fundPayments()) {
            add(components, payment.participant(), Component.COST_PAID, payment.fen());
            paidIntoFund += payment.fen();
        }
        split(paidIntoFund, weights(facts.fundShares(), participants))
                .forEach((code, fen) -> add(components, code, Component.COST_SHARE, fen));

        long benefits = 0;
        for (SettlementFacts.Benefit benefit : facts.benefits()) {
            add(components, benefit.participant(), Component.BENEFIT_RECEIVED, benefit.fen());
            benefits += benefit.fen();
        }
        split(benefits, weights(facts.benefitShares(), participants))
                .forEach((code, fen) -> add(components, code, Component.BENEFIT_FAIR, fen));

        for (SettlementFacts.Penalty penalty : facts.penalties()) {
            add(components, penalty.defaulter(), Component.PENALTIES, -penalty.fen());
            SortedSet<String> others = new TreeSet<>(participants);
            others.remove(penalty.defaulter());
            split(penalty.fen(), weights(sharesOf(facts, penalty.project()), others))
                    .forEach((code, fen) -> add(components, code, Component.PENALTIES, fen));
        }
        flows(components, facts.support(), Component.SUPPORT, -1);
        flows(components, facts.adjustments(), Component.ADJUSTMENTS, -1);
        flows(components, facts.settled(), Component.SETTLED, 1);

        List<Position> positions = components.entrySet().stream().map(entry -> position(entry.getKey(), entry.getValue()))
                .toList();
        return new Result(positions, net(positions));
    }

    /**
     * Splits fen by weight: the exact parts rounded down, the fen left over one each to the largest
     * remainders, ties to the lower code. Weights must not all be zero unless there is nothing to split.
     */
    public static SortedMap<String, Long> split(long fen, SortedMap<String, BigDecimal> weights) {
        SortedMap<String, Long> parts = new TreeMap<>();
        if (fen == 0) {
            return parts;
        }
        if (fen < 0) {
            throw new IllegalArgumentException("only amounts of at least zero are split: " + fen);
        }
        BigDecimal total = weights.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (total.signum() <= 0) {
            throw new IllegalArgumentException("nobody has a share to split " + fen + " fen by");
        }
        // Scaled to integers so every exact part compares as numerator over one common denominator.
        int scale = Math.max(0, weights.values().stream().mapToInt(BigDecimal::scale).max().orElse(0));
        BigInteger denominator = total.movePointRight(scale).toBigIntegerExact();
        Map<String, BigInteger> remainders = new TreeMap<>();
        long assigned = 0;
        for (Map.Entry<String, BigDecimal> weight : weights.entrySet()) {
            BigInteger[] division = BigInteger.valueOf(fen).multiply(weight.getValue().movePointRight(scale).toBigIntegerExact())
                    .divideAndRemainder(denominator);
            parts.put(weight.getKey(), division[0].longValueExact());
            remainders.put(weight.getKey(), division[1]);
            assigned += division[0].longValueExact();
        }
        List<String> byRemainder = new ArrayList<>(remainders.keySet());
        byRemainder.sort(Comparator.comparing(remainders::get, Comparator.reverseOrder()));
        for (int i = 0; i < fen - assigned; i++) {
            parts.merge(byRemainder.get(i), 1L, Long::sum);
        }
        return parts;
    }

    /** Greedy netting: largest debtor pays largest creditor, ties to the lower code. */
    public static List<Flow> net(List<Position> positions) {
        SortedMap<String, Long> balances = new TreeMap<>();
        positions.forEach(position -> balances.put(position.participant(), position.net()));
        if (balances.values().stream().mapToLong(Long::longValue).sum() != 0) {
            throw new IllegalStateException("net positions do not sum to zero: " + balances);
        }
        List<Flow> transfers = new ArrayList<>();
        while (true) {
            String debtor = extreme(balances, -1);
            String creditor = extreme(balances, 1);
            if (debtor == null || creditor == null) {
                return transfers;
            }
            long amount = Math.min(-balances.get(debtor), balances.get(creditor));
            transfers.add(new Flow(debtor, creditor, amount));
            balances.merge(debtor, amount, Long::sum);
            balances.merge(creditor, -amount, Long::sum);
        }
    }

    /** The participant furthest on this side of zero, the lower code first on ties; null when nobody is. */
    private static String extreme(SortedMap<String, Long> balances, int sign) {
        String found = null;
        long furthest = 0;
        for (Map.Entry<String, Long> balance : balances.entrySet()) {
            long distance = sign * balance.getValue();
            if (distance > furthest) {
                furthest = distance;
                found = balance.getKey();
            }
        }
        return found;
    }

    private enum Component { COST_PAID, COST_SHARE, BENEFIT_RECEIVED, BENEFIT_FAIR, PENALTIES, SUPPORT, ADJUSTMENTS, SETTLED }

    private static Position position(String code, long[] c) {
        return new Position(code, c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]);
    }

    private static void add(Map<String, long[]> components, String code, Component component, long fen) {
        components.get(code)[component.ordinal()] = Math.addExact(components.get(code)[component.ordinal()], fen);
    }

    /** A flow's payer gives ({@code payerSign} -1) or has given (+1) the amount to its payee. */
    private static void flows(Map<String, long[]> components, List<Flow> flows, Component component, int payerSign) {
        for (Flow flow : flows) {
            add(components, flow.payer(), component, payerSign * flow.fen());
            add(components, flow.payee(), component, -payerSign * flow.fen());
        }
    }

    private static Map<String, BigDecimal> sharesOf(SettlementFacts facts, String project) {
        Map<String, BigDecimal> shares = facts.projectShares().get(project);
        return shares == null || shares.isEmpty() ? facts.costShares() : shares;
    }

    /** The shares of these participants; equal parts when none of them has a share. */
    private static SortedMap<String, BigDecimal> weights(Map<String, BigDecimal> shares, SortedSet<String> among) {
        SortedMap<String, BigDecimal> weights = new TreeMap<>();
        among.forEach(code -> weights.put(code, shares.getOrDefault(code, BigDecimal.ZERO)));
        if (weights.values().stream().allMatch(weight -> weight.signum() == 0)) {
            among.forEach(code -> weights.put(code, BigDecimal.ONE));
        }
        return weights;
    }

    private static SortedSet<String> participants(SettlementFacts facts) {
        SortedSet<String> codes = new TreeSet<>(facts.costShares().keySet());
        codes.addAll(facts.benefitShares().keySet());
        facts.projectShares().values().forEach(shares -> codes.addAll(shares.keySet()));
        facts.contributions().forEach(c -> codes.add(c.participant()));
        codes.addAll(facts.fundShares().keySet());
        facts.fundPayments().forEach(payment -> codes.add(payment.participant()));
        facts.benefits().forEach(b -> codes.add(b.participant()));
        facts.penalties().forEach(p -> codes.add(p.defaulter()));
        for (List<Flow> flows : List.of(facts.support(), facts.adjustments(), facts.settled())) {
            flows.forEach(flow -> {
                codes.add(flow.payer());
                codes.add(flow.payee());
            });
        }
        return codes;
    }
}
