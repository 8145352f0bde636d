package org.regionalcoop.settlement;

import java.time.LocalDate;

/**
 * Agreed counterpart support: the supporter pays the recipient this much for the period; it is settled
 * in the first settlement whose period end falls after the period.
 *
 * @param amount yuan as a decimal string, more than zero, at most two decimals
 */
public record CounterpartSupport(String supporter, String recipient, String amount, LocalDate periodStart,
                                 LocalDate periodEnd, String description) {
}
