package org.regionalcoop.projects;

import org.regionalcoop.projects.internal.ContributionSplit;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.regionalcoop.agreements.CostShare;
import org.regionalcoop.kernel.Money;
import org.regionalcoop.organizations.GovernmentCode;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Contributions split by cost shares in whole fen: exact in sum, fair to the fen, always the same. */
class ContributionSplitTest {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    record Case(Money total, List<CostShare> shares) {
    }

    @Test
    void leftoverFenGoToTheLargestRemaindersTiesInListedOrder() {
        List<CostShare> thirds = List.of(CostShare.of("HN-CS", "33.3334"), CostShare.of("HN-ZZ", "33.3333"), CostShare.of("HN-XT", "33.3333"));

        assertThat(ContributionSplit.of(Money.of("100.00"), thirds)).containsExactly(
                Map.entry(new GovernmentCode("HN-CS"), Money.of("33.34")),
                Map.entry(new GovernmentCode("HN-ZZ"), Money.of("33.33")),
                Map.entry(new GovernmentCode("HN-XT"), Money.of("33.33")));
        assertThat(ContributionSplit.of(Money.of("0.02"), thirds).values())
                .containsExactly(Money.of("0.01"), Money.of("0.01"), Money.of("0.00"));
    }

    @Property
    void thePartsAddUpToTheTotalExactlyAndEachIsWithinOneFenOfItsShare(@ForAll("cases") Case split) {
        Map<GovernmentCode, Money> parts = ContributionSplit.of(split.total(), split.shares());

        assertThat(parts.values().stream().map(Money::yuan).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(split.total().yuan());
        for (CostShare share : split.shares()) {
            BigDecimal exact = split.total().yuan().multiply(share.percent()).divide(HUNDRED, 10, RoundingMode.DOWN);
            BigDecimal part = parts.get(share.participant()).yuan();
            assertThat(part.subtract(exact).abs()).as("%s of %s", share, split.total()).isLessThan(new BigDecimal("0.01"));
            assertThat(part.signum()).isNotNegative();
        }
        assertThat(ContributionSplit.of(split.total(), split.shares())).as("deterministic").isEqualTo(parts);
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<Money> totals = Arbitraries.longs().between(0, 10_000_000_000_00L)
                .map(fen -> new Money(BigDecimal.valueOf(fen, 2)));
        Arbitrary<List<CostShare>> shares = Arbitraries.integers().between(1, 8).flatMap(n ->
                Arbitraries.integers().between(0, 1_000_000).list().ofSize(n).map(ContributionSplitTest::toShares));
        return Combinators.combine(totals, shares).as(Case::new);
    }

    /** Weights scaled to percents with four decimals that add up to exactly 100. */
    private static List<CostShare> toShares(List<Integer> weights) {
        long sum = weights.stream().mapToLong(Integer::longValue).sum();
        List<CostShare> shares = new ArrayList<>();
        long assigned = 0;
        for (int i = 0; i < weights.size(); i++) {
            long units = i == weights.size() - 1 ? 1_000_000 - assigned
                    : sum == 0 ? 0 : weights.get(i) * 1_000_000L / sum;
            assigned += units;
            shares.add(new CostShare(new GovernmentCode("P" + i), BigDecimal.valueOf(units, 4)));
        }
        return shares;
    }
}
