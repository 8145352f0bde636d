package org.regionalcoop.agreements;

import java.util.List;
import java.util.Map;

/**
 * What a board shows of a search: one page of it, how many agreements it finds in all, how many of them (whatever
 * statuses and stages it asks for) are in each stage, and per week how many were proposed, approved and ended.
 */
public record AgreementOverview(AgreementResults results, Map<AgreementStage, Long> byStage,
                                List<WeeklyThroughput> throughput) {
}
