package org.regionalcoop.workbench;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.regionalcoop.agreements.Agreement;
import org.regionalcoop.agreements.Agreements;
import org.regionalcoop.agreements.PooledFund;
import org.regionalcoop.funds.Funds;
import org.regionalcoop.kernel.CurrencyCode;
import org.regionalcoop.kernel.NotFoundException;
import org.regionalcoop.organizations.GovernmentCode;
import org.regionalcoop.security.Caller;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A member's finance officer reports what its treasury paid into the agreement's pooled fund: a form, a check of the
 * answers, then the payment, through the funds module with its own rules and access checks (the same as its API's),
 * every bad field named.
 */
@Controller
class FundPages {

    private final Funds funds;
    private final Agreements agreements;
    private final Amounts amounts;
    private final PaymentEntries entries;
    private final Rules rules;
    private final Confirmation confirmation;
    private final MessageSource messages;
    private final OtherCurrency otherCurrency;
    private final Submissions submissions;

    FundPages(Funds funds, Agreements agreements, Amounts amounts, PaymentEntries entries, Rules rules, Confirmation confirmation,
              MessageSource messages, OtherCurrency otherCurrency, Submissions submissions) {
        this.funds = funds;
        this.agreements = agreements;
        this.amounts = amounts;
        this.entries = entries;
        this.rules = rules;
        this.confirmation = confirmation;
        this.messages = messages;
        this.otherCurrency = otherCurrency;
        this.submissions = submissions;
    }

    @GetMapping("/agreements/{id}/fund/payments/new")
    String paymentForm(@PathVariable String id, Model model) {
        Agreement agreement = withFund(id);
        PaymentForm form = new PaymentForm();
        form.setSubmission(submissions.ticket());
        List<String> payers = payers(agreement, Caller.current());
        form.setParticipant(payers.isEmpty() ? null : payers.get(0));
        return paymentPage(agreement, form, new LinkedHashMap<>(), model);
    }

    @PostMapping("/agreements/{id}/fund/payments/new")
    String reportPayment(@PathVariable String id, @ModelAttribute("payment") PaymentForm form,
                         @RequestParam(defaultValue = "check") String action, Model model, HttpServletResponse response,
                         RedirectAttributes redirect, HttpSession session) {
        submissions.refuseIfSent(session, form.getSubmission());
        Caller caller = Caller.current();
        Agreement agreement = withFund(id);
        Map<String, String> errors = new LinkedHashMap<>();
        List<String> payers = payers(agreement, caller);
        if (payers.isEmpty()) {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            return paymentPage(agreement, form, errors, model);
        }
        CurrencyCode settlement = agreement.current().content().settlementCurrency();
        PaymentEntries.Entry entry = entries.read(form, settlement, errors);
        GovernmentCode participant = entry.participant();
        if (participant != null && !payers.contains(participant.value())) {
            errors.put("participant", text("fund-payment.rule.participant"));
            participant = null;
        }
        // Every rule at once: a field the page could not read is given to the module as missing and keeps the page's
        // own message (Rules keeps the first a field gets); without a payer chosen, as the caller's first payer's.
        GovernmentCode checkedFor = participant != null ? participant : new GovernmentCode(payers.get(0));
        rules.name(funds.checkPayment(agreement.id(), checkedFor, entry.amount(), entry.paidIn(), entry.paidAt(), caller),
                "fund-payment", field -> "paidAt".equals(field) ? "paidOn" : field, errors,
                amounts.unit(entry.paidCurrency()), amounts.unit(settlement));
        if (!errors.isEmpty() || "edit".equals(action)) {
            if (!errors.isEmpty()) {
                response.setStatus(HttpStatus.BAD_REQUEST.value());
            }
            return paymentPage(agreement, form, errors, model);
        }
        if (!"report".equals(action)) {
            model.addAttribute("agreement", agreement);
            entries.toCheckPage(model, form, entry);
            return "fund-payment-check";
        }
        GovernmentCode payer = participant;
        submissions.once(session, form.getSubmission(), agreement.id(),
                () -> funds.reportPayment(agreement.id(), payer, entry.amount(), entry.paidIn(), entry.paidAt(), caller));
        return confirmation.of("fund-payment", agreement.id(), caller, redirect);
    }

    /** The members agreeing to pay into the agreement's fund whose finance officer the caller is. */
    static List<String> payers(Agreement agreement, Caller caller) {
        PooledFund fund = agreement.current().content().fund();
        return fund == null ? List.of() : fund.contributions().stream()
                .map(contribution -> contribution.participant().value())
                .filter(participant -> caller.hasGroup(participant + ".finance_officer")).toList();
    }

    private String paymentPage(Agreement agreement, PaymentForm form, Map<String, String> errors, Model model) {
        CurrencyCode settlement = agreement.current().content().settlementCurrency();
        model.addAttribute("agreement", agreement);
        model.addAttribute("fund", funds.statement(agreement.id(), Caller.current()));
        model.addAttribute("currency", settlement);
        otherCurrency.addTo(model, settlement, form.getCurrency(), errors);
        model.addAttribute("payment", form);
        model.addAttribute("errors", errors);
        model.addAttribute("payers", payers(agreement, Caller.current()));
        return "fund-payment";
    }

    /** The agreement the address names, when it is one the caller sees and it has a fund; otherwise no such page. */
    private Agreement withFund(String id) {
        Agreement agreement = agreements.get(AgreementPages.parse(id), Caller.current());
        if (agreement.current().content().fund() == null) {
            throw new NotFoundException("Agreement " + id + " has no fund");
        }
        return agreement;
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }
}
