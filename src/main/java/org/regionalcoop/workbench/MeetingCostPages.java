package org.regionalcoop.workbench;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.regionalcoop.agreements.Agreement;
import org.regionalcoop.agreements.Agreements;
import org.regionalcoop.agreements.GoverningBody;
import org.regionalcoop.bodies.BodyMeetings;
import org.regionalcoop.bodies.Meeting;
import org.regionalcoop.bodies.MeetingId;
import org.regionalcoop.kernel.AgreementId;
import org.regionalcoop.kernel.CurrencyCode;
import org.regionalcoop.kernel.InvalidRequestException;
import org.regionalcoop.kernel.Money;
import org.regionalcoop.kernel.NotFoundException;
import org.regionalcoop.kernel.PaidIn;
import org.regionalcoop.kernel.Violation;
import org.regionalcoop.security.Caller;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The host records what a meeting of a governing body cost it: the page shows the meeting (body, number, date,
 * venue, the costs already recorded) and whether settlement shares the costs or the host bears them, then takes
 * an amount and what it was for (in another currency than the agreement's with the rate the parties agreed), through
 * the bodies module with its own rules and access checks.
 */
@Controller
class MeetingCostPages {

    private final BodyMeetings meetings;
    private final Agreements agreements;
    private final Amounts amounts;
    private final Confirmation confirmation;
    private final MessageSource messages;
    private final OtherCurrency otherCurrency;
    private final Submissions submissions;

    /**
     * A cost as the host types it: the amount as paid, what it paid for, and the currency and rate if not the
     * agreement's; with the ticket the page gave it, so that it is recorded once (Submissions).
     */
    record CostForm(String amount, String description, String currency, String rate, String rateDate,
                    String submission) {
    }

    MeetingCostPages(BodyMeetings meetings, Agreements agreements, Amounts amounts, Confirmation confirmation,
                     MessageSource messages, OtherCurrency otherCurrency, Submissions submissions) {
        this.submissions = submissions;
        this.otherCurrency = otherCurrency;
        this.meetings = meetings;
        this.agreements = agreements;
        this.amounts = amounts;
        this.confirmation = confirmation;
        this.messages = messages;
    }

    @GetMapping("/meetings/{id}/costs")
    String form(@PathVariable String id, Model model) {
        return page(meeting(id), new CostForm("", "", "", "", "", submissions.ticket()), new LinkedHashMap<>(), model);
    }

    @PostMapping("/meetings/{id}/costs")
    String record(@PathVariable String id, @ModelAttribute("entered") CostForm cost, Model model,
                  HttpServletResponse response, RedirectAttributes redirect, HttpSession session) {
        submissions.refuseIfSent(session, cost.submission());
        Caller caller = Caller.current();
        Meeting meeting = meeting(id);
        Map<String, String> errors = new LinkedHashMap<>();
        if (!BodyMeetings.mayRecordCosts(meeting, caller)) {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            return page(meeting, cost, errors, model);
        }
        CurrencyCode settlement = agreements.get(new AgreementId(meeting.agreementId()), caller).current().content()
                .settlementCurrency();
        PaidIn paidIn = otherCurrency.read(cost.currency(), cost.rate(), cost.rateDate(), settlement, errors);
        CurrencyCode paidCurrency = paidIn.currencyOr(settlement);
        Money money = amounts.read(cost.amount(), paidCurrency, "meeting-cost.field.amount", "amount", errors);
        if (errors.isEmpty()) {
            try {
                submissions.once(session, cost.submission(), new AgreementId(meeting.agreementId()),
                        () -> meetings.recordCost(meeting.id(), money, paidIn, cost.description(), caller));
            } catch (InvalidRequestException refused) {
                for (Violation violation : refused.violations()) {
                    errors.putIfAbsent(violation.field(), text("meeting-cost.rule." + violation.field(),
                            amounts.unit(paidCurrency), amounts.unit(settlement)));
                }
            }
        }
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(meeting, cost, errors, model);
        }
        return confirmation.of("meeting-cost", new AgreementId(meeting.agreementId()), caller, redirect);
    }

    /** The meeting, if the caller may see its agreement; an address that names none is a page not found. */
    private Meeting meeting(String id) {
        try {
            return meetings.get(MeetingId.of(id), Caller.current());
        } catch (IllegalArgumentException notAnId) {
            throw new NotFoundException("No meeting " + id);
        }
    }

    private String page(Meeting meeting, CostForm cost, Map<String, String> errors, Model model) {
        Caller caller = Caller.current();
        Agreement agreement = agreements.get(new AgreementId(meeting.agreementId()), caller);
        GoverningBody body = agreement.current().content().body(meeting.body()).orElse(null);
        model.addAttribute("agreement", agreement);
        model.addAttribute("meeting", meeting);
        model.addAttribute("body", body);
        model.addAttribute("entered", cost);
        model.addAttribute("errors", errors);
        otherCurrency.addTo(model, agreement.current().content().settlementCurrency(), cost.currency(), errors);
        model.addAttribute("mayRecord", BodyMeetings.mayRecordCosts(meeting, caller));
        return "meeting-costs";
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }
}
