package org.regionalcoop.workbench;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.regionalcoop.agreements.Agreement;
import org.regionalcoop.agreements.Agreements;
import org.regionalcoop.kernel.CurrencyCode;
import org.regionalcoop.organizations.GovernmentCode;
import org.regionalcoop.security.Caller;
import org.regionalcoop.settlement.CounterpartSupport;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Recording agreed counterpart support, which the next settlement after its period nets: the form, a check
 * of the answers, then the record, through the settlement module with its own rules and access checks; once, however
 * often the check page is sent (Submissions).
 */
@Controller
class SupportPages {

    private final Settlements settlements;
    private final Agreements agreements;
    private final Amounts amounts;
    private final Dates dates;
    private final Rules rules;
    private final Confirmation confirmation;
    private final MessageSource messages;
    private final Submissions submissions;

    SupportPages(Settlements settlements, Agreements agreements, Amounts amounts, Dates dates, Rules rules, Confirmation confirmation,
                 MessageSource messages, Submissions submissions) {
        this.submissions = submissions;
        this.settlements = settlements;
        this.agreements = agreements;
        this.amounts = amounts;
        this.dates = dates;
        this.rules = rules;
        this.confirmation = confirmation;
        this.messages = messages;
    }

    @GetMapping("/agreements/{id}/counterpart-support/new")
    String form(@PathVariable String id, Model model) {
        Agreement agreement = agreements.get(AgreementPages.parse(id), Caller.current());
        SupportForm form = new SupportForm();
        form.setSubmission(submissions.ticket());
        return page(agreement, form, new LinkedHashMap<>(), model);
    }

    @PostMapping("/agreements/{id}/counterpart-support/new")
    String record(@PathVariable String id, @ModelAttribute("support") SupportForm form,
                  @RequestParam(defaultValue = "check") String action, Model model, HttpServletResponse response,
                  RedirectAttributes redirect, HttpSession session) {
        submissions.refuseIfSent(session, form.getSubmission());
        Caller caller = Caller.current();
        Agreement agreement = agreements.get(AgreementPages.parse(id), caller);
        Map<String, String> errors = new LinkedHashMap<>();
        if (!Settlements.maySupport(agreement.current().content(), caller)) {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            return page(agreement, form, errors, model);
        }
        CurrencyCode currency = agreement.current().content().settlementCurrency();
        String amount = null;
        if (!ProposalForm.blank(form.getAmount())) {
            amount = amounts.parse(form.getAmount()).orElse(null);
            if (amount == null) {
                errors.put("amount", text("error.amount", text("counterpart.field.amount"), amounts.unit(currency),
                        amounts.example(currency)));
            }
        }
        CounterpartSupport support = new CounterpartSupport(blankToNull(form.getSupporter()), blankToNull(form.getRecipient()),
                amount, date(form.getPeriodStart(), "periodStart", errors), date(form.getPeriodEnd(), "periodEnd", errors),
                blankToNull(form.getDescription()));
        // Every rule at once: a field the page could not read is given to the module as missing, and keeps the
        // page's own message (Rules keeps the first message a field gets).
        rules.name(settlements.checkSupport(agreement.id(), support, caller), "counterpart", field -> field, errors,
                amounts.unit(currency));
        if (!errors.isEmpty() || "edit".equals(action)) {
            if (!errors.isEmpty()) {
                response.setStatus(HttpStatus.BAD_REQUEST.value());
            }
            return page(agreement, form, errors, model);
        }
        if (!"record".equals(action)) {
            model.addAttribute("agreement", agreement);
            model.addAttribute("support", form);
            model.addAttribute("recorded", support);
            return "support-check";
        }
        submissions.once(session, form.getSubmission(), agreement.id(),
                () -> settlements.recordSupport(agreement.id(), support, caller));
        return confirmation.of("counterpart-support", agreement.id(), caller, redirect);
    }

    private String page(Agreement agreement, SupportForm form, Map<String, String> errors, Model model) {
        model.addAttribute("agreement", agreement);
        model.addAttribute("support", form);
        model.addAttribute("errors", errors);
        model.addAttribute("participants", agreement.current().content().participants().stream().map(GovernmentCode::value).toList());
        model.addAttribute("maySupport", Settlements.maySupport(agreement.current().content(), Caller.current()));
        return "support";
    }

    private LocalDate date(String typed, String field, Map<String, String> errors) {
        if (ProposalForm.blank(typed)) {
            return null;
        }
        return dates.parse(typed).orElseGet(() -> {
            errors.put(field, text("error.date", text("counterpart.field." + field)));
            return null;
        });
    }

    private static String blankToNull(String text) {
        return ProposalForm.blank(text) ? null : text.strip();
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }
}
