package org.regionalcoop.consensus;

import org.regionalcoop.organizations.GovernmentCode;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** The answers of one round, counted. Silent participants have not answered (yet). */
public record Tally(List<GovernmentCode> consenting, List<GovernmentCode> declining,
                    List<GovernmentCode> amending, List<GovernmentCode> silent) {

    public Tally {
        consenting = List.copyOf(consenting);
        declining = List.copyOf(declining);
        amending = List.copyOf(amending);
        silent = List.copyOf(silent);
    }

    public int participants() {
        return consenting.size() + declining.size() + amending.size() + silent.size();
    }

    public boolean unanimous() {
        return consenting.size() == participants();
    }

    /** Consents as a share of all participants, to four decimals, for the qualified-majority rule. */
    public BigDecimal consentShare() {
        return participants() == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(consenting.size()).divide(BigDecimal.valueOf(participants()), 4, RoundingMode.DOWN);
    }
}
