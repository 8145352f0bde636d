package org.regionalcoop.grants.internal;

import org.regionalcoop.kernel.Money;
import org.regionalcoop.kernel.InvalidRequestException;
import org.regionalcoop.kernel.Violation;

import java.util.List;

/** A movement the programme's remaining budget cannot hold; nothing was written. */
public class BudgetExceededException extends InvalidRequestException {

    private final Money remaining;

    BudgetExceededException(String field, Money requested, Money remaining) {
        super(List.of(new Violation(field, requested + " yuan is above the remaining budget of " + remaining + " yuan")));
        this.remaining = remaining;
    }

    /** What the programme could still have committed. */
    public Money remaining() {
        return remaining;
    }
}
