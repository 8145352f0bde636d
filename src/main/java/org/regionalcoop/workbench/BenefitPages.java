package org.regionalcoop.workbench;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.regionalcoop.agreements.Agreement;
import org.regionalcoop.agreements.Agreements;
import org.regionalcoop.kernel.CurrencyCode;
import org.regionalcoop.kernel.Money;
import org.regionalcoop.kernel.PaidIn;
import org.regionalcoop.organizations.GovernmentCode;
import org.regionalcoop.security.Caller;
import org.regionalcoop.settlement.Settlements;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A participant's staff record their own government's benefit report for a period (e.g. the tax base of the joint
 * projects), which settlement divides by the agreement's benefit shares: the page shows the reports so far and takes
 * the amount received (in another currency than the agreement's with the rate the parties agreed), through the
 * settlement module with its own rules and access checks.
 */
@Controller
class BenefitPages {

    private final Settlements settlements;
    private final Agreements agreements;
    private final Amounts amounts;
    private final Dates dates;
    private final Rules rules;
    private final Confirmation confirmation;
    private final MessageSource messages;
    private final OtherCurrency otherCurrency;
    private final Submissions submissions;

    /**
     * A report as typed: whose, the amount as received, its period, what it is, and the currency and rate if not the
     * agreement's; with the ticket the page gave it, so that it is recorded once (Submissions).
     */
    record BenefitForm(String participant, String amount, String periodStart, String periodEnd, String description,
                       String currency, String rate, String rateDate, String submission) {
    }

    BenefitPages(Settlements settlements, Agreements agreements, Amounts amounts, Dates dates, Rules rules,
                 Confirmation confirmation, MessageSource messages, OtherCurrency otherCurrency, Submissions submissions) {
        this.submissions = submissions;
        this.settlements = settlements;
        this.agreements = agreements;
        this.amounts = amounts;
        this.dates = dates;
        this.rules = rules;
        this.confirmation = confirmation;
        this.messages = messages;
        this.otherCurrency = otherCurrency;
    }

    @GetMapping("/agreements/{id}/benefit-reports/new")
    String form(@PathVariable String id, Model model) {
        Agreement agreement = agreements.get(AgreementPages.parse(id), Caller.current());
        List<GovernmentCode> reporters = Settlements.benefitReporters(agreement.current().content(), Caller.current());
        String participant = reporters.size() == 1 ? reporters.get(0).value() : "";
        return page(agreement, new BenefitForm(participant, "", "", "", "", "", "", "",
                submissions.ticket()), new LinkedHashMap<>(), model);
    }

    @PostMapping("/agreements/{id}/benefit-reports/new")
    String record(@PathVariable String id, @ModelAttribute("entered") BenefitForm form, Model model,
                  HttpServletResponse response, RedirectAttributes redirect, HttpSession session) {
        submissions.refuseIfSent(session, form.submission());
        Caller caller = Caller.current();
        Agreement agreement = agreements.get(AgreementPages.parse(id), caller);
        List<String> reporters = Settlements.benefitReporters(agreement.current().content(), caller).stream()
                .map(GovernmentCode::value).toList();
        Map<String, String> errors = new LinkedHashMap<>();
        // The form offers only the caller's own governments; any other is a report the caller may not make.
        if (reporters.isEmpty() || !ProposalForm.blank(form.participant()) && !reporters.contains(form.participant().strip())) {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            return page(agreement, form, errors, model);
        }
        CurrencyCode settlement = agreement.current().content().settlementCurrency();
        PaidIn receivedIn = otherCurrency.read(form.currency(), form.rate(), form.rateDate(), settlement, errors);
        CurrencyCode currency = receivedIn.currencyOr(settlement);
        GovernmentCode participant = ProposalForm.blank(form.participant()) ? null
                : new GovernmentCode(form.participant().strip());
        Money amount = amounts.read(form.amount(), currency, "benefit.field.amount", "amount", errors);
        LocalDate periodStart = date(form.periodStart(), "periodStart", errors);
        LocalDate periodEnd = date(form.periodEnd(), "periodEnd", errors);
        String description = ProposalForm.blank(form.description()) ? null : form.description().strip();
        // Every rule at once: a field the page could not read is given to the module as missing, and keeps the
        // page's own message (Rules keeps the first message a field gets).
        rules.name(settlements.checkBenefit(agreement.id(), participant, amount, receivedIn, periodStart, periodEnd,
                description, caller), "benefit", field -> field, errors, amounts.unit(currency),
                amounts.unit(settlement));
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(agreement, form, errors, model);
        }
        submissions.once(session, form.submission(), agreement.id(), () -> settlements.recordBenefit(agreement.id(),
                participant, amount, receivedIn, periodStart, periodEnd, description, caller));
        return confirmation.of("benefit-report", agreement.id(), caller, redirect);
    }

    private String page(Agreement agreement, BenefitForm form, Map<String, String> errors, Model model) {
        Caller caller = Caller.current();
        List<String> reporters = Settlements.benefitReporters(agreement.current().content(), caller).stream()
                .map(GovernmentCode::value).toList();
        model.addAttribute("agreement", agreement);
        model.addAttribute("entered", form);
        model.addAttribute("errors", errors);
        model.addAttribute("reporters", reporters);
        model.addAttribute("mayReport", !reporters.isEmpty());
        model.addAttribute("reports", settlements.benefitReports(agreement.id(), caller));
        model.addAttribute("benefitShares", agreement.current().content().benefitShares());
        otherCurrency.addTo(model, agreement.current().content().settlementCurrency(), form.currency(), errors);
        return "benefit";
    }

    private LocalDate date(String typed, String field, Map<String, String> errors) {
        if (ProposalForm.blank(typed)) {
            return null;
        }
        return dates.parse(typed).orElseGet(() -> {
            errors.put(field, text("error.date", text("benefit.field." + field)));
            return null;
        });
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }
}
