package org.regionalcoop.workbench;

import org.regionalcoop.kernel.CurrencyCode;
import org.regionalcoop.kernel.DisplayZone;
import org.regionalcoop.kernel.Money;
import org.regionalcoop.kernel.PaidIn;
import org.regionalcoop.organizations.GovernmentCode;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * A payment form read the same way for a project's contribution and for a payment into an agreement's fund: the
 * currency paid and the agreed rate, the amount, the day and the payer, each bad one named in the errors; and what the
 * check page shows of it.
 */
@Component
class PaymentEntries {

    /**
     * What the form said; a field that could not be read is null and named in the errors.
     *
     * @param paidAt the start of the day paid on, on the payer's calendar: a payment made today is never in the future
     */
    record Entry(CurrencyCode settlement, PaidIn paidIn, @Nullable Money amount, @Nullable LocalDate paidOn,
                 @Nullable Instant paidAt, @Nullable GovernmentCode participant) {

        CurrencyCode paidCurrency() {
            return paidIn.currencyOr(settlement);
        }
    }

    private final Amounts amounts;
    private final Dates dates;
    private final OtherCurrency otherCurrency;
    private final MessageSource messages;
    private final DisplayZone zone;

    PaymentEntries(Amounts amounts, Dates dates, OtherCurrency otherCurrency, MessageSource messages, DisplayZone zone) {
        this.zone = zone;
        this.amounts = amounts;
        this.dates = dates;
        this.otherCurrency = otherCurrency;
        this.messages = messages;
    }

    Entry read(PaymentForm form, CurrencyCode settlement, Map<String, String> errors) {
        PaidIn paidIn = otherCurrency.read(form.getCurrency(), form.getRate(), form.getRateDate(), settlement, errors);
        Money amount = amounts.read(form.getAmount(), paidIn.currencyOr(settlement), "payment.field.amount", "amount", errors);
        LocalDate paidOn = ProposalForm.blank(form.getPaidOn()) ? null : dates.parse(form.getPaidOn()).orElseGet(() -> {
            errors.putIfAbsent("paidOn", text("error.date", text("payment.field.paidOn")));
            return null;
        });
        GovernmentCode participant = null;
        if (ProposalForm.blank(form.getParticipant())) {
            errors.put("participant", text("error.choose", text("payment.field.participant")));
        } else {
            participant = new GovernmentCode(form.getParticipant());
        }
        return new Entry(settlement, paidIn, amount, paidOn, paidOn == null ? null : zone.startOf(paidOn), participant);
    }

    /** The figures the check page shows: the amount as paid, and what it counts for in the settlement currency. */
    void toCheckPage(Model model, PaymentForm form, Entry entry) {
        model.addAttribute("currency", entry.settlement());
        model.addAttribute("payment", form);
        model.addAttribute("amount", entry.amount());
        model.addAttribute("paidIn", entry.paidCurrency());
        model.addAttribute("original", entry.paidIn().original(entry.amount(), entry.settlement()));
        model.addAttribute("counted", entry.paidIn().counted(entry.amount(), entry.settlement()));
        model.addAttribute("paidOn", entry.paidOn());
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }
}
