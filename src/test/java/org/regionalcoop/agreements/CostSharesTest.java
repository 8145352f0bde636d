package org.regionalcoop.agreements;

import org.regionalcoop.agreements.internal.CostShares;

import org.junit.jupiter.api.Test;
import org.regionalcoop.organizations.GovernmentCode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class CostSharesTest {

    @Test
    void theRemainingSharesScaleUpInProportion() {
        List<CostShare> yrd = List.of(CostShare.of("SH", "40"), CostShare.of("JS", "25"), CostShare.of("ZJ", "20"), CostShare.of("AH", "15"));

        assertThat(CostShares.without(yrd, Set.of(code("AH")))).extracting(s -> s.percent().toPlainString())
                .containsExactly("47.0588", "29.4118", "23.5294");
        assertThat(CostShares.without(yrd, Set.of(code("ZJ"), code("AH")))).extracting(s -> s.percent().toPlainString())
                .containsExactly("61.5385", "38.4615");
        assertThat(CostShares.without(List.of(CostShare.of("SH", "50"), CostShare.of("JS", "30"), CostShare.of("ZJ", "20")), Set.of(code("ZJ"))))
                .extracting(s -> s.percent().toPlainString()).containsExactly("62.5", "37.5");
    }

    @Test
    void whateverTheSharesAndWhoeverLeavesTheRestAddUpToExactlyOneHundred() {
        Random random = new Random(20261129);
        for (int run = 0; run < 2000; run++) {
            int participants = 3 + random.nextInt(8);
            List<CostShare> shares = randomShares(random, participants);
            Set<GovernmentCode> leaving = Set.of(shares.get(random.nextInt(participants)).participant());

            List<CostShare> remaining = CostShares.without(shares, leaving);

            BigDecimal total = remaining.stream().map(CostShare::percent).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(total).as("run %d: %s without %s", run, shares, leaving).isEqualByComparingTo("100");
            assertThat(remaining).hasSize(participants - 1).allSatisfy(s -> assertThat(s.percent().scale()).isLessThanOrEqualTo(4));
            assertThat(CostShares.without(shares, leaving)).as("deterministic").isEqualTo(remaining);
        }
    }

    private static List<CostShare> randomShares(Random random, int participants) {
        List<CostShare> shares = new ArrayList<>();
        BigDecimal left = new BigDecimal("100");
        for (int i = 0; i < participants - 1; i++) {
            BigDecimal share = BigDecimal.valueOf(1 + random.nextInt(Math.max(1, left.intValue() / 2)), 0)
                    .add(BigDecimal.valueOf(random.nextInt(10000), 4));
            if (share.compareTo(left) >= 0) {
                share = left.divide(BigDecimal.valueOf(2));
            }
            shares.add(new CostShare(code("G" + i), share));
            left = left.subtract(share);
        }
        shares.add(new CostShare(code("G" + (participants - 1)), left));
        return shares;
    }

    private static GovernmentCode code(String code) {
        return new GovernmentCode(code);
    }
}
