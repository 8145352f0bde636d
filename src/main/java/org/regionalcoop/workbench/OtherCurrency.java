package org.regionalcoop.workbench;

import org.regionalcoop.kernel.CurrencyCode;
import org.regionalcoop.kernel.PaidIn;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import java.util.Map;
import java.util.stream.Stream;

/**
 * Money paid in another currency than the agreement's, as a form takes it (the payment of a contribution, a meeting's
 * cost): the currency, the rate the parties agreed and its day, beside an amount typed as paid
 * ({@code other-currency :: paid-in}).
 */
@Component
class OtherCurrency {

    private static final String CURRENCY = "currency";
    private static final String RATE = "rate";
    private static final String RATE_DATE = "rateDate";

    private final Amounts amounts;
    private final Dates dates;
    private final MessageSource messages;

    OtherCurrency(Amounts amounts, Dates dates, MessageSource messages) {
        this.amounts = amounts;
        this.dates = dates;
        this.messages = messages;
    }

    /**
     * The currency the money was paid in and the rate agreed for it, as typed: none for the settlement currency, where
     * a rate typed all the same is named rather than dropped (the currency was likely forgotten).
     */
    PaidIn read(String currencyTyped, String rate, String rateDate, CurrencyCode settlement, Map<String, String> errors) {
        CurrencyCode currency = settlement;
        if (!ProposalForm.blank(currencyTyped)) {
            try {
                currency = CurrencyCode.of(currencyTyped);
            } catch (IllegalArgumentException unknown) {
                errors.put(CURRENCY, text("payment.error.currency"));
                return PaidIn.SETTLEMENT_CURRENCY;
            }
        }
        if (currency.equals(settlement)) {
            if (!ProposalForm.blank(rate) || !ProposalForm.blank(rateDate)) {
                errors.put(RATE, text("payment.error.no-rate", amounts.unit(settlement)));
            }
            return PaidIn.SETTLEMENT_CURRENCY;
        }
        return new PaidIn(currency, ProposalForm.blank(rate) ? null : rate.strip(), ProposalForm.blank(rateDate) ? null
                : dates.parse(rateDate).orElseGet(() -> {
                    errors.putIfAbsent(RATE_DATE, text("error.date", text("payment.field.rateDate")));
                    return null;
                }));
    }

    /**
     * What the form's currency fields show: the settlement currency first, then the others offered; open from the start
     * when the agreement settles in another currency than yuan, and whenever another was chosen or is wrong.
     */
    void addTo(Model model, CurrencyCode settlement, String chosen, Map<String, String> errors) {
        model.addAttribute("currencies", Stream.concat(Stream.of(settlement),
                CurrencyCode.OFFERED.stream().filter(offered -> !offered.equals(settlement))).toList());
        model.addAttribute("otherCurrency", !CurrencyCode.CNY.equals(settlement)
                || !ProposalForm.blank(chosen) && !chosen.strip().equals(settlement.code())
                || errors.containsKey(CURRENCY) || errors.containsKey(RATE) || errors.containsKey(RATE_DATE));
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }
}
