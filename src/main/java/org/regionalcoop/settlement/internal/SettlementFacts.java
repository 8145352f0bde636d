package org.regionalcoop.settlement.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Everything a settlement nets, up to its period end, in hundredths of the settlement currency (fen for yuan).
 *
 * @param costShares    the agreement's cost shares in percent
 * @param projectShares each known project's own cost shares
 * @param settled       transfers of settlements already finalized
 * @param benefitShares the agreement's benefit-sharing key in percent: its own benefit shares, else its cost shares
 * @param fundPayments  what members paid into the agreement's pooled fund
 * @param fundShares    the key by which the members bear the fund: their agreed contributions (any positive weights)
 */
public record SettlementFacts(Map<String, BigDecimal> costShares, Map<String, Map<String, BigDecimal>> projectShares,
                       List<Contribution> contributions, List<Benefit> benefits, List<Penalty> penalties,
                       List<Flow> support, List<Flow> adjustments, List<Flow> settled,
                       Map<String, BigDecimal> benefitShares, List<FundPayment> fundPayments,
                       Map<String, BigDecimal> fundShares) {

    /** Facts of an agreement without a pooled fund. */
    public SettlementFacts(Map<String, BigDecimal> costShares, Map<String, Map<String, BigDecimal>> projectShares,
                           List<Contribution> contributions, List<Benefit> benefits, List<Penalty> penalties,
                           List<Flow> support, List<Flow> adjustments, List<Flow> settled,
                           Map<String, BigDecimal> benefitShares) {
        this(costShares, projectShares, contributions, benefits, penalties, support, adjustments, settled, benefitShares,
                List.of(), Map.of());
    }

    /** Facts of an agreement whose benefits are shared as its costs are. */
    public SettlementFacts(Map<String, BigDecimal> costShares, Map<String, Map<String, BigDecimal>> projectShares,
                           List<Contribution> contributions, List<Benefit> benefits, List<Penalty> penalties,
                           List<Flow> support, List<Flow> adjustments, List<Flow> settled) {
        this(costShares, projectShares, contributions, benefits, penalties, support, adjustments, settled, costShares);
    }

    /**
     * These facts counted in units {@code step} times as large as hundredths: for a currency without a minor unit,
     * whole yen. Every fact was accepted only in whole minor units of the settlement currency, so none is rounded.
     */
    SettlementFacts inUnitsOf(long step) {
        if (step == 1) {
            return this;
        }
        return new SettlementFacts(costShares, projectShares,
                contributions.stream().map(c -> new Contribution(c.project(), c.participant(), whole(c.fen(), step))).toList(),
                benefits.stream().map(b -> new Benefit(b.participant(), whole(b.fen(), step))).toList(),
                penalties.stream().map(p -> new Penalty(p.project(), p.defaulter(), whole(p.fen(), step))).toList(),
                support.stream().map(flow -> flow.inUnitsOf(step)).toList(),
                adjustments.stream().map(flow -> flow.inUnitsOf(step)).toList(),
                settled.stream().map(flow -> flow.inUnitsOf(step)).toList(),
                benefitShares,
                fundPayments.stream().map(f -> new FundPayment(f.participant(), whole(f.fen(), step))).toList(),
                fundShares);
    }

    static long whole(long hundredths, long step) {
        if (hundredths % step != 0) {
            throw new IllegalArgumentException(hundredths + " hundredths are not a whole minor unit of the settlement "
                    + "currency");
        }
        return hundredths / step;
    }

    /** What a participant paid into a project. */
    public record Contribution(String project, String participant, long fen) {
    }

    /** What a member paid into the agreement's fund. */
    public record FundPayment(String participant, long fen) {
    }

    /** Shared benefits a participant reported it received. */
    public record Benefit(String participant, long fen) {
    }

    /** A penalty the defaulter owes the project's other participants. */
    public record Penalty(String project, String defaulter, long fen) {
    }
}
