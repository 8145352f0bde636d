package org.regionalcoop.projects.internal;

import org.regionalcoop.agreements.CostShare;
import org.regionalcoop.kernel.CurrencyCode;
import org.regionalcoop.kernel.Money;
import org.regionalcoop.organizations.GovernmentCode;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits the contributions (budget minus grant part) by cost shares in whole fen. Each participant first
 * gets its share rounded down; the fen left over go one each to the largest remainders, ties in the
 * listed order, so the parts always add up to the total and the same input gives the same split.
 */
public final class ContributionSplit {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private ContributionSplit() {
    }

    public static Map<GovernmentCode, Money> of(Money total, List<CostShare> shares) {
        return of(total, shares, CurrencyCode.CNY);
    }

    /** The split in whole minor units of the agreement's settlement currency: whole yen for yen, fen for yuan. */
    public static Map<GovernmentCode, Money> of(Money total, List<CostShare> shares, CurrencyCode currency) {
        int decimals = currency.minorUnits();
        long totalFen = total.yuan().movePointRight(decimals).longValueExact();
        List<Long> fen = new ArrayList<>();
        List<BigDecimal> remainders = new ArrayList<>();
        long assigned = 0;
        for (CostShare share : shares) {
            BigDecimal exact = BigDecimal.valueOf(totalFen).multiply(share.percent()).divide(HUNDRED, 10, RoundingMode.DOWN);
            long floor = exact.setScale(0, RoundingMode.DOWN).longValueExact();
            fen.add(floor);
            remainders.add(exact.subtract(BigDecimal.valueOf(floor)));
            assigned += floor;
        }
        List<Integer> byRemainder = new ArrayList<>();
        for (int i = 0; i < shares.size(); i++) {
            byRemainder.add(i);
        }
        byRemainder.sort(Comparator.comparing((Integer i) -> remainders.get(i)).reversed().thenComparing(i -> i));
        for (long k = 0; k < totalFen - assigned; k++) {
            int i = byRemainder.get((int) (k % byRemainder.size()));
            fen.set(i, fen.get(i) + 1);
        }
        Map<GovernmentCode, Money> split = new LinkedHashMap<>();
        for (int i = 0; i < shares.size(); i++) {
            split.put(shares.get(i).participant(), new Money(BigDecimal.valueOf(fen.get(i), decimals)));
        }
        return split;
    }
}
