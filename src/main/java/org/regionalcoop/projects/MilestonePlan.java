package org.regionalcoop.projects;

import org.regionalcoop.kernel.Money;

import java.time.LocalDate;

/** A milestone as registered: reached by its due date, it releases this much of the grant once verified. */
public record MilestonePlan(String name, LocalDate dueDate, Money grantAmount) {
}
