package org.regionalcoop.agreements;

import java.time.LocalDate;

/** How many agreements were proposed, approved and ended in the week starting on the Monday {@code week}. */
public record WeeklyThroughput(LocalDate week, long proposed, long approved, long ended) {
}
