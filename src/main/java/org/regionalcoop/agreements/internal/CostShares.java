package org.regionalcoop.agreements.internal;

import org.regionalcoop.agreements.CostShare;

import org.regionalcoop.organizations.GovernmentCode;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** Cost shares when participants leave: the rest scaled up to exactly 100 %, deterministically. */
public final class CostShares {

    private static final BigDecimal HUNDRED = new BigDecimal("100");
    private static final int SCALE = 4;
    private static final BigDecimal UNIT = BigDecimal.ONE.movePointLeft(SCALE);

    private CostShares() {
    }

    /**
     * Scales the remaining shares in proportion to sum to exactly 100 with four decimals. Rounding down
     * leaves a few ten-thousandths, which go one each to the largest remainders (ties in listed order),
     * so the same shares always give the same result.
     */
    /**
     * Benefit shares without the leaving participants, spread as {@link #without} spreads cost shares; none (benefits
     * then follow the cost shares) when the remaining participants had no benefit share at all.
     */
    public static List<CostShare> benefitSharesWithout(List<CostShare> shares, Set<GovernmentCode> leaving) {
        boolean anyRemains = shares.stream().anyMatch(share -> !leaving.contains(share.participant())
                && share.percent().signum() > 0);
        return anyRemains ? without(shares, leaving) : List.of();
    }

    public static List<CostShare> without(List<CostShare> shares, Set<GovernmentCode> leaving) {
        List<CostShare> remaining = shares.stream().filter(share -> !leaving.contains(share.participant())).toList();
        BigDecimal total = remaining.stream().map(CostShare::percent).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (remaining.isEmpty() || total.signum() == 0) {
            throw new IllegalArgumentException("No cost shares remain to carry the agreement");
        }
        List<BigDecimal> scaled = new ArrayList<>();
        List<BigDecimal> remainders = new ArrayList<>();
        BigDecimal assigned = BigDecimal.ZERO;
        for (CostShare share : remaining) {
            BigDecimal exact = share.percent().multiply(HUNDRED).divide(total, SCALE + 10, RoundingMode.DOWN);
            BigDecimal floor = exact.setScale(SCALE, RoundingMode.DOWN);
            scaled.add(floor);
            remainders.add(exact.subtract(floor));
            assigned = assigned.add(floor);
        }
        int units = HUNDRED.subtract(assigned).divide(UNIT, 0, RoundingMode.UNNECESSARY).intValueExact();
        List<Integer> byRemainder = new ArrayList<>();
        for (int i = 0; i < remaining.size(); i++) {
            byRemainder.add(i);
        }
        byRemainder.sort(Comparator.comparing((Integer i) -> remainders.get(i)).reversed().thenComparing(i -> i));
        for (int k = 0; k < units; k++) {
            int i = byRemainder.get(k % byRemainder.size());
            scaled.set(i, scaled.get(i).add(UNIT));
        }
        List<CostShare> result = new ArrayList<>();
        for (int i = 0; i < remaining.size(); i++) {
            result.add(new CostShare(remaining.get(i).participant(), plain(scaled.get(i))));
        }
        return result;
    }

    /** Without trailing zeros, and never in exponent form ({@code 10}, not {@code 1E+1}). */
    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
