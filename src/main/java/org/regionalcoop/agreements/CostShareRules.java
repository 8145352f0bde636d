package org.regionalcoop.agreements;

import org.regionalcoop.organizations.GovernmentCode;
import org.regionalcoop.kernel.Violation;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The rules every split of costs between participants meets, an agreement's or a joint project's: each
 * share names a participant once, lies between 0 and 100 % written with at most four decimals, and together they
 * make exactly 100 %.
 */
public final class CostShareRules {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private CostShareRules() {
    }

    /**
     * Adds a violation for every broken rule, naming the share by its position under {@code field}.
     *
     * @return the participants that have a share
     */
    public static Set<GovernmentCode> check(String field, List<CostShare> shares, Collection<GovernmentCode> participants,
                                            List<Violation> violations) {
        BigDecimal total = BigDecimal.ZERO;
        Set<GovernmentCode> covered = new HashSet<>();
        for (int i = 0; i < shares.size(); i++) {
            CostShare share = shares.get(i);
            String element = field + "[" + i + "]";
            if (share == null) {
                violations.add(new Violation(element, "needs a participant and a percent"));
                continue;
            }
            if (share.participant() == null || share.percent() == null) {
                if (share.participant() == null) {
                    violations.add(new Violation(element + ".participant", "is required"));
                }
                if (share.percent() == null) {
                    violations.add(new Violation(element + ".percent", "is required"));
                }
                continue;
            }
            if (!participants.contains(share.participant())) {
                violations.add(new Violation(element + ".participant", share.participant() + " is not a participant of the agreement"));
            } else if (!covered.add(share.participant())) {
                violations.add(new Violation(element + ".participant", share.participant() + " has two shares"));
            }
            if (share.percent().signum() < 0 || share.percent().compareTo(HUNDRED) > 0) {
                violations.add(new Violation(element + ".percent", "must be between 0 and 100"));
            } else if (share.percent().scale() > 4 || share.percent().scale() < 0) {
                // As written, trailing zeros included: the document and the event schemas allow four places, and the
                // text is stored and sent on as written.
                violations.add(new Violation(element + ".percent", "has more than four decimals"));
            }
            total = total.add(share.percent());
        }
        if (total.compareTo(HUNDRED) != 0) {
            violations.add(new Violation(field, "shares add up to " + total.stripTrailingZeros().toPlainString()
                    + " %, not exactly 100 %"));
        }
        return covered;
    }
}
