package org.regionalcoop.settlement.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Everything a settlement nets, up to its period end, in fen.
 *
 * @param costShares    the agreement's cost shares in percent; also the benefit-sharing key
 * @param projectShares each known project's own cost shares
 * @param settled       transfers of settlements already finalized
 */
public record SettlementFacts(Map<String, BigDecimal> costShares, Map<String, Map<String, BigDecimal>> projectShares,
                       List<Contribution> contributions, List<Benefit> benefits, List<Penalty> penalties,
                       List<Flow> support, List<Flow> adjustments, List<Flow> settled) {

    /** What a participant paid into a project. */
    public record Contribution(String project, String participant, long fen) {
    }

    /** Shared benefits a participant reported it received. */
    public record Benefit(String participant, long fen) {
    }

    /** A penalty the defaulter owes the project's other participants. */
    public record Penalty(String project, String defaulter, long fen) {
    }
}
