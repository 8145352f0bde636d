package org.regionalcoop.audit;

import java.util.Map;
import java.util.Optional;

/**
 * The reasons the platform words itself, each under the key the workbench translates it by
 * ({@code audit.reason.<key>}). The words travel on the events as they are, so the audit log recognises them here;
 * a reason nobody taught it stays words (a page shows them as written).
 */
final class PlatformReasons {

    /** The grant eligibility table's reasons ({@code bpmn/grant_eligibility.dmn}) and the budget's. */
    static final Map<String, String> GRANT_DECLINES = Map.of(
            "no grant programme covers this support this year", "grant-no-programme",
            "monetary support needs a positive requested amount", "grant-no-amount",
            "above the ceiling of 5000000000.00 yuan for one fiscal transfer", "grant-above-ceiling",
            "the eastern plate receives no new regional tax preferences", "grant-no-tax-preference-east",
            "budget exhausted", "grant-budget-exhausted");

    static final String RENEWAL_FAILED = "renewal-failed";
    static final String SETTLEMENT_SILENCE = "settlement-silence";
    static final String MILESTONE_RELEASES = "milestone-releases";
    static final String LATE_PAYMENT_TO_RENEWAL = "late-payment-to-renewal";
    static final String LATE_PAYMENT_SETTLED_AGAIN = "late-payment-settled-again";
    static final String LATE_PAYMENT_AFTER_CUT_OFF = "late-payment-after-cut-off";

    private PlatformReasons() {
    }

    static Optional<String> grantDecline(String reason) {
        return Optional.ofNullable(reason).map(GRANT_DECLINES::get);
    }
}
