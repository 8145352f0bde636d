package org.regionalcoop.settlement;

import org.regionalcoop.settlement.internal.Flow;
import org.regionalcoop.settlement.internal.Position;
import org.regionalcoop.settlement.internal.SettlementCalculation;
import org.regionalcoop.settlement.internal.SettlementFacts;

import org.regionalcoop.kernel.Amount;
import org.regionalcoop.kernel.CurrencyCode;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Example;
import net.jqwik.api.Tuple;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** The settlement rules on random agreements: 2 to 12 participants, random shares, costs, benefits, support. */
class SettlementCalculationTest {

    private static final CurrencyCode JPY = CurrencyCode.of("JPY");
    private static final CurrencyCode KWD = CurrencyCode.of("KWD");

    @Property(tries = 500)
    void netPositionsSumToExactlyZero(@ForAll("facts") SettlementFacts facts) {
        SettlementCalculation.Result result = SettlementCalculation.settle(facts);

        assertThat(result.positions().stream().mapToLong(Position::net).sum()).isZero();
        assertThat(result.positions().stream().mapToLong(Position::cost).sum()).as("costs alone").isZero();
        assertThat(result.positions().stream().mapToLong(Position::benefit).sum()).as("benefits alone").isZero();
        assertThat(result.positions().stream().mapToLong(Position::penalties).sum()).as("penalties alone").isZero();
    }

    @Property(tries = 500)
    void atMostNMinusOnePositiveTransfers(@ForAll("facts") SettlementFacts facts) {
        SettlementCalculation.Result result = SettlementCalculation.settle(facts);

        assertThat(result.transfers()).allSatisfy(transfer -> assertThat(transfer.fen()).isPositive());
        assertThat(result.transfers().size()).isLessThanOrEqualTo(result.positions().size() - 1);
    }

    @Property(tries = 500)
    void applyingTheTransfersBringsEveryoneToItsFairPosition(@ForAll("facts") SettlementFacts facts) {
        SettlementCalculation.Result result = SettlementCalculation.settle(facts);
        Map<String, Long> after = new TreeMap<>();
        result.positions().forEach(position -> after.put(position.participant(), position.net()));
        for (Flow transfer : result.transfers()) {
            after.merge(transfer.payer(), transfer.fen(), Long::sum);
            after.merge(transfer.payee(), -transfer.fen(), Long::sum);
        }
        assertThat(after.values()).allSatisfy(net -> assertThat(net).isZero());

        // Settled cumulatively: the next settlement over the same facts finds nothing left to transfer.
        List<Flow> settled = new ArrayList<>(facts.settled());
        settled.addAll(result.transfers());
        SettlementCalculation.Result next = SettlementCalculation.settle(new SettlementFacts(facts.costShares(),
                facts.projectShares(), facts.contributions(), facts.benefits(), facts.penalties(), facts.support(),
                facts.adjustments(), settled, facts.benefitShares()));
        assertThat(next.transfers()).isEmpty();
        assertThat(next.positions()).allSatisfy(position -> assertThat(position.net()).isZero());
    }

    @Property(tries = 300)
    void theSameInputGivesTheSameOutputInAnyOrder(@ForAll("facts") SettlementFacts facts, @ForAll long seed) {
        SettlementCalculation.Result first = SettlementCalculation.settle(facts);

        assertThat(SettlementCalculation.settle(facts)).isEqualTo(first);
        assertThat(SettlementCalculation.settle(reordered(facts, new Random(seed)))).isEqualTo(first);
    }

    @Property(tries = 500)
    void largestRemaindersSplitExactly(@ForAll("shares") Map<String, BigDecimal> shares,
                                       @ForAll("amounts") long fen) {
        SortedMap<String, Long> parts = SettlementCalculation.split(fen, new TreeMap<>(shares));

        assertThat(parts.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(fen);
        BigDecimal total = shares.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        parts.forEach((code, part) -> {
            BigDecimal exact = BigDecimal.valueOf(fen).multiply(shares.get(code)).divide(total, 10, RoundingMode.HALF_EVEN);
            assertThat(BigDecimal.valueOf(part).subtract(exact).abs()).as("within a fen of the exact part")
                    .isLessThan(BigDecimal.ONE);
        });
    }

    @Example
    void leftoverFenGoToTheLargestRemaindersAndTiesToTheLowerCode() {
        SortedMap<String, BigDecimal> thirds = new TreeMap<>(Map.of("ZJ", BigDecimal.ONE, "AH", BigDecimal.ONE,
                "SH", BigDecimal.ONE));

        assertThat(SettlementCalculation.split(100, thirds)).containsExactly(Map.entry("AH", 34L),
                Map.entry("SH", 33L), Map.entry("ZJ", 33L));
        assertThat(SettlementCalculation.split(101, thirds)).containsExactly(Map.entry("AH", 34L),
                Map.entry("SH", 34L), Map.entry("ZJ", 33L));
        assertThat(SettlementCalculation.split(10, new TreeMap<>(Map.of("AH", new BigDecimal("0.6"),
                "SH", new BigDecimal("0.4"))))).containsExactly(Map.entry("AH", 6L), Map.entry("SH", 4L));
    }

    @Example
    void theLargestDebtorPaysTheLargestCreditor() {
        List<Position> positions = List.of(position("AH", -500), position("JS", 300), position("SH", -100),
                position("ZJ", 300));

        assertThat(SettlementCalculation.net(positions)).containsExactly(new Flow("AH", "JS", 300),
                new Flow("AH", "ZJ", 200), new Flow("SH", "ZJ", 100));
    }

    private static Position position(String code, long net) {
        return new Position(code, Math.max(net, 0), Math.max(-net, 0), 0, 0, 0, 0, 0, 0);
    }

    @Provide
    Arbitrary<Map<String, BigDecimal>> shares() {
        return codes().flatMap(codes -> weights(codes.size()).map(weights -> {
            Map<String, BigDecimal> shares = new LinkedHashMap<>();
            for (int i = 0; i < codes.size(); i++) {
                shares.put(codes.get(i), weights.get(i));
            }
            return shares;
        })).filter(shares -> shares.values().stream().anyMatch(weight -> weight.signum() > 0));
    }

    @Provide
    Arbitrary<Long> amounts() {
        return Arbitraries.longs().between(0, 1_000_000_000_000L);
    }

    @Provide
    Arbitrary<SettlementFacts> facts() {
        return shares().flatMap(shares -> {
            List<String> codes = List.copyOf(shares.keySet());
            Arbitrary<String> participant = Arbitraries.of(codes);
            Arbitrary<String> project = Arbitraries.of("P1", "P2", "P3", "P4");
            Arbitrary<Long> fen = Arbitraries.longs().between(1, 50_000_000_000L);
            Arbitrary<Map<String, Map<String, BigDecimal>>> projectShares = Arbitraries.maps(project,
                    weights(codes.size()).map(weights -> {
                        Map<String, BigDecimal> own = new LinkedHashMap<>();
                        for (int i = 0; i < codes.size(); i++) {
                            if (weights.get(i).signum() > 0) {
                                own.put(codes.get(i), weights.get(i));
                            }
                        }
                        return own;
                    })).ofMaxSize(3);
            Arbitrary<List<SettlementFacts.Contribution>> contributions = Combinators.combine(project, participant, fen)
                    .as(SettlementFacts.Contribution::new).list().ofMaxSize(15);
            Arbitrary<List<SettlementFacts.Benefit>> benefits = Combinators.combine(participant, fen)
                    .as(SettlementFacts.Benefit::new).list().ofMaxSize(10);
            Arbitrary<List<SettlementFacts.Penalty>> penalties = Combinators.combine(project, participant, fen)
                    .as(SettlementFacts.Penalty::new).list().ofMaxSize(3);
            Arbitrary<List<Flow>> flows = Combinators.combine(participant, participant, fen).as(Tuple::of)
                    .filter(t -> !t.get1().equals(t.get2())).map(t -> new Flow(t.get1(), t.get2(), t.get3()))
                    .list().ofMaxSize(4);
            Arbitrary<Map<String, BigDecimal>> benefitShares = Arbitraries.oneOf(Arbitraries.just(shares),
                    weights(codes.size()).map(weights -> {
                        Map<String, BigDecimal> own = new LinkedHashMap<>();
                        for (int i = 0; i < codes.size(); i++) {
                            own.put(codes.get(i), weights.get(i));
                        }
                        return own;
                    }));
            return Combinators.combine(projectShares, contributions, benefits, penalties, flows, flows, flows, benefitShares)
                    .as((own, paid, received, owed, support, adjustments, settled, benefitKey) -> new SettlementFacts(shares,
                            own, paid, received, owed, support, adjustments, settled, benefitKey));
        });
    }

    @Property(tries = 500)
    void benefitsAreSharedByTheBenefitSharesExactlyAndCostsByTheCostShares(@ForAll("facts") SettlementFacts facts) {
        SettlementCalculation.Result result = SettlementCalculation.settle(facts);
        long reported = facts.benefits().stream().mapToLong(SettlementFacts.Benefit::fen).sum();
        SortedMap<String, BigDecimal> key = new TreeMap<>();
        result.positions().forEach(position -> key.put(position.participant(),
                facts.benefitShares().getOrDefault(position.participant(), BigDecimal.ZERO)));
        if (key.values().stream().allMatch(weight -> weight.signum() == 0)) {
            key.replaceAll((code, weight) -> BigDecimal.ONE);
        }
        SortedMap<String, Long> fair = SettlementCalculation.split(reported, key);

        assertThat(result.positions().stream().mapToLong(Position::benefitFair).sum()).as("to the fen").isEqualTo(reported);
        assertThat(result.positions()).allSatisfy(position -> assertThat(position.benefitFair())
                .as("%s's fair part of the benefits", position.participant())
                .isEqualTo(fair.getOrDefault(position.participant(), 0L)));
    }

    /**
     * Louisville and Jefferson County style: costs 60/40, tax revenue 70/30. Changsha reported 1,000,000.01 yuan,
     * Zhuzhou nothing: Zhuzhou's fair part is 30 % of 100,000,001 fen, 30,000,000.3 rounded down to 30,000,000 fen; the
     * one fen left over goes to the larger remainder, Changsha's 0.7. Zhuzhou paid 500,000.00 of 1,000,000.00 costs it
     * owed 40 % of (400,000.00), so Changsha owes it 100,000.00 + 300,000.00 = 400,000.00 yuan.
     */
    @Example
    void aTaxRevenueRatioDifferentFromTheCostSharesSettlesToTheFen() {
        Map<String, BigDecimal> costShares = Map.of("HN-CS", new BigDecimal("60"), "HN-ZZ", new BigDecimal("40"));
        Map<String, BigDecimal> taxRatio = Map.of("HN-CS", new BigDecimal("70"), "HN-ZZ", new BigDecimal("30"));
        SettlementFacts facts = new SettlementFacts(costShares, Map.of(),
                List.of(new SettlementFacts.Contribution("P1", "HN-CS", 50_000_000L),
                        new SettlementFacts.Contribution("P1", "HN-ZZ", 50_000_000L)),
                List.of(new SettlementFacts.Benefit("HN-CS", 100_000_001L)), List.of(), List.of(), List.of(), List.of(),
                taxRatio);

        SettlementCalculation.Result result = SettlementCalculation.settle(facts);

        assertThat(result.positions()).extracting(Position::participant, Position::benefitFair, Position::net)
                .containsExactly(tuple("HN-CS", 70_000_001L, -40_000_000L), tuple("HN-ZZ", 30_000_000L, 40_000_000L));
        assertThat(result.transfers()).containsExactly(new Flow("HN-CS", "HN-ZZ", 40_000_000L));
    }

    /**
     * Benefits divided by population or GDP (BenefitBasis): the participants' figures themselves are the weights,
     * residents up to China's 1.4 billion or GDP in billion yuan to four decimals. Every fair part is its exact
     * proportion rounded down or up by less than one minor unit, the parts add up to what was reported to the fen, and
     * the division does not depend on the order the figures come in (the leftover fen go to the largest remainders,
     * ties to the lower code).
     */
    @Property(tries = 500)
    void benefitsDividedByPopulationOrGdpAreProportionalToTheFenAndZeroSum(
            @ForAll("participantsWithFigures") Map<String, BigDecimal> figures,
            @ForAll("reportedFen") long reported, @ForAll boolean inYen) {
        String reporter = figures.keySet().iterator().next();
        long step = inYen ? 100 : 1;
        SettlementFacts facts = new SettlementFacts(equalShares(figures.keySet()), Map.of(), List.of(),
                List.of(new SettlementFacts.Benefit(reporter, reported * step)), List.of(), List.of(), List.of(),
                List.of(), figures);
        BigDecimal total = figures.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);

        SettlementCalculation.Result result = SettlementCalculation.settle(facts, inYen ? JPY : CurrencyCode.CNY);

        assertThat(result.positions().stream().mapToLong(Position::benefitFair).sum()).isEqualTo(reported * step);
        assertThat(result.positions().stream().mapToLong(Position::net).sum()).isZero();
        assertThat(result.positions()).allSatisfy(position -> {
            BigDecimal exact = BigDecimal.valueOf(reported).multiply(figures.get(position.participant()))
                    .divide(total, 12, RoundingMode.HALF_EVEN);
            assertThat(BigDecimal.valueOf(position.benefitFair() / step).subtract(exact).abs())
                    .as("%s's fair part against its exact proportion", position.participant())
                    .isLessThan(BigDecimal.ONE);
            assertThat(position.benefitFair() % step).as("whole yen").isZero();
        });
        List<String> backwards = new ArrayList<>(figures.keySet());
        Collections.reverse(backwards);
        Map<String, BigDecimal> reversed = new LinkedHashMap<>();
        backwards.forEach(code -> reversed.put(code, figures.get(code)));
        assertThat(SettlementCalculation.settle(new SettlementFacts(facts.costShares(), Map.of(), List.of(),
                facts.benefits(), List.of(), List.of(), List.of(), List.of(), reversed), inYen ? JPY : CurrencyCode.CNY))
                .as("the same whatever order the registry lists them in").isEqualTo(result);
    }

    @Provide
    Arbitrary<Map<String, BigDecimal>> participantsWithFigures() {
        Arbitrary<BigDecimal> population = Arbitraries.longs().between(1, 1_411_778_724L).map(BigDecimal::valueOf);
        Arbitrary<BigDecimal> gdp = Arbitraries.bigDecimals().between(new BigDecimal("0.0001"), new BigDecimal("130000"))
                .ofScale(4);
        return Arbitraries.of(population, gdp).flatMap(figure -> codes().flatMap(codes ->
                figure.list().ofSize(codes.size()).map(values -> {
                    Map<String, BigDecimal> figures = new LinkedHashMap<>();
                    for (int i = 0; i < codes.size(); i++) {
                        figures.put(codes.get(i), values.get(i));
                    }
                    return figures;
                })));
    }

    @Provide
    Arbitrary<Long> reportedFen() {
        return Arbitraries.longs().between(0, 100_000_000_000L);
    }

    private static Map<String, BigDecimal> equalShares(Set<String> codes) {
        Map<String, BigDecimal> shares = new LinkedHashMap<>();
        codes.forEach(code -> shares.put(code, BigDecimal.ONE));
        return shares;
    }

    /** 2 to 12 distinct government codes. */
    private static Arbitrary<List<String>> codes() {
        return Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(1).ofMaxLength(3)
                .map(code -> "G" + code).list().uniqueElements().ofMinSize(2).ofMaxSize(12);
    }

    /** Percent-like weights with up to four decimals, zero now and then. */
    private static Arbitrary<List<BigDecimal>> weights(int size) {
        return Arbitraries.frequencyOf(
                        Tuple.of(1, Arbitraries.just(BigDecimal.ZERO)),
                        Tuple.of(8, Arbitraries.bigDecimals().between(new BigDecimal("0.0001"), new BigDecimal("100"))
                                .ofScale(4)))
                .list().ofSize(size);
    }

    /**
     * In yen, which has no minor unit, the facts (kept in hundredths, as every amount is written) are whole yen, and so
     * is every part and every transfer the settlement finds: never a sen. Zero-sum holds in yen as in fen.
     */
    @Property(tries = 300)
    void inACurrencyWithoutAMinorUnitEveryPartAndTransferIsWholeAndZeroSum(@ForAll("facts") SettlementFacts facts) {
        SettlementCalculation.Result result = SettlementCalculation.settle(inHundredths(facts, 100), JPY);

        assertThat(result.positions()).allSatisfy(position -> {
            assertThat(position.costShare() % 100).as("%s's cost share in whole yen", position.participant()).isZero();
            assertThat(position.benefitFair() % 100).as("%s's fair benefit in whole yen", position.participant()).isZero();
            assertThat(position.penalties() % 100).as("%s's penalties in whole yen", position.participant()).isZero();
        });
        assertThat(result.transfers()).allSatisfy(transfer -> assertThat(transfer.fen() % 100).isZero());
        assertThat(result.positions().stream().mapToLong(Position::net).sum()).isZero();
        assertThat(result).as("the same as settling in yen directly, written in hundredths")
                .isEqualTo(inHundredths(SettlementCalculation.settle(facts), 100));
    }

    /**
     * In a currency with three minor units (the Kuwaiti dinar's fils) the calculation runs in fils: its positions and
     * transfers, read as amounts in dinar, are exact to the fils and add up to zero dinar. The platform keeps amounts to
     * two decimals, so such a currency is refused as a settlement currency rather than rounded.
     */
    @Property(tries = 300)
    void inACurrencyWithThreeMinorUnitsEveryAmountIsExactToTheMinorUnit(@ForAll("facts") SettlementFacts facts) {
        SettlementCalculation.Result result = SettlementCalculation.settle(facts);

        Amount total = result.positions().stream().map(position -> Amount.ofMinor(position.net(), KWD))
                .reduce(Amount.ofMinor(0, KWD), Amount::plus);
        assertThat(total).isEqualTo(Amount.ofMinor(0, KWD));
        assertThat(result.transfers()).allSatisfy(transfer ->
                assertThat(Amount.ofMinor(transfer.fen(), KWD).value().scale()).isEqualTo(3));
        assertThatThrownBy(() -> SettlementCalculation.settle(facts, KWD))
                .hasMessage("amounts in KWD are not kept to two decimals");
    }

    @Example
    void aFactThatIsNotAWholeMinorUnitIsNotRounded() {
        SettlementFacts sen = new SettlementFacts(Map.of("A", BigDecimal.ONE, "B", BigDecimal.ONE), Map.of(),
                List.of(new SettlementFacts.Contribution("P1", "A", 150)), List.of(), List.of(), List.of(), List.of(),
                List.of());
        assertThatThrownBy(() -> SettlementCalculation.settle(sen, JPY)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a whole minor unit");
    }

    private static SettlementFacts inHundredths(SettlementFacts facts, long step) {
        return new SettlementFacts(facts.costShares(), facts.projectShares(),
                facts.contributions().stream().map(c -> new SettlementFacts.Contribution(c.project(), c.participant(),
                        c.fen() * step)).toList(),
                facts.benefits().stream().map(b -> new SettlementFacts.Benefit(b.participant(), b.fen() * step)).toList(),
                facts.penalties().stream().map(p -> new SettlementFacts.Penalty(p.project(), p.defaulter(), p.fen() * step))
                        .toList(),
                times(facts.support(), step), times(facts.adjustments(), step), times(facts.settled(), step),
                facts.benefitShares(), facts.fundPayments().stream().map(f -> new SettlementFacts.FundPayment(
                        f.participant(), f.fen() * step)).toList(), facts.fundShares());
    }

    private static SettlementCalculation.Result inHundredths(SettlementCalculation.Result result, long step) {
        return new SettlementCalculation.Result(result.positions().stream().map(p -> new Position(p.participant(),
                p.costPaid() * step, p.costShare() * step, p.benefitReceived() * step, p.benefitFair() * step,
                p.penalties() * step, p.support() * step, p.adjustments() * step, p.settled() * step)).toList(),
                times(result.transfers(), step));
    }

    private static List<Flow> times(List<Flow> flows, long step) {
        return flows.stream().map(flow -> new Flow(flow.payer(), flow.payee(), flow.fen() * step)).toList();
    }


    private static SettlementFacts reordered(SettlementFacts facts, Random random) {
        return new SettlementFacts(shuffledMap(facts.costShares(), random),
                shuffledMap(facts.projectShares().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                        entry -> shuffledMap(entry.getValue(), random))), random),
                shuffled(facts.contributions(), random), shuffled(facts.benefits(), random),
                shuffled(facts.penalties(), random), shuffled(facts.support(), random),
                shuffled(facts.adjustments(), random), shuffled(facts.settled(), random),
                shuffledMap(facts.benefitShares(), random));
    }

    private static <T> List<T> shuffled(List<T> list, Random random) {
        List<T> copy = new ArrayList<>(list);
        Collections.shuffle(copy, random);
        return copy;
    }

    private static <V> Map<String, V> shuffledMap(Map<String, V> map, Random random) {
        Map<String, V> copy = new LinkedHashMap<>();
        shuffled(List.copyOf(map.keySet()), random).forEach(key -> copy.put(key, map.get(key)));
        return copy;
    }
}
