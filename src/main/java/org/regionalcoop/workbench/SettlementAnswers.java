package org.regionalcoop.workbench;

import org.regionalcoop.settlement.Settlement;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whose answer a proposed settlement still waits for, for the pages that show it: among a dozen participants the
 * list of answers is long, and a reader asks first how many have confirmed and who has not.
 */
@Component("settlementAnswers")
public class SettlementAnswers {

    /** The participants that have not answered, in the order of the positions; none once the answers are closed. */
    public List<String> awaited(Settlement settlement) {
        if (!"proposed".equals(settlement.status().key())) {
            return List.of();
        }
        Set<String> answered = settlement.answers().stream().map(Settlement.Answer::participant).collect(Collectors.toSet());
        return settlement.positions().stream().map(Settlement.ParticipantPosition::participant)
                .filter(participant -> !answered.contains(participant)).toList();
    }
}
