package org.regionalcoop.workbench;

import jakarta.servlet.http.HttpServletResponse;
import org.regionalcoop.agreements.Agreement;
import org.regionalcoop.agreements.AgreementContent;
import org.regionalcoop.agreements.AgreementType;
import org.regionalcoop.agreements.Agreements;
import org.regionalcoop.agreements.CooperationField;
import org.regionalcoop.agreements.CooperationMode;
import org.regionalcoop.agreements.CostShare;
import org.regionalcoop.kernel.Money;
import org.regionalcoop.agreements.SupportRequest;
import org.regionalcoop.agreements.SupportType;
import org.regionalcoop.agreements.Term;
import org.regionalcoop.approval.Approvals;
import org.regionalcoop.organizations.Government;
import org.regionalcoop.organizations.GovernmentCode;
import org.regionalcoop.organizations.GovernmentKind;
import org.regionalcoop.security.Caller;
import org.regionalcoop.tasks.StaffTasks;
import org.regionalcoop.kernel.Violation;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Proposing an agreement: the form, then a check of the answers with the authority that will review it,
 * then the proposal. The server checks it with the same rules as the API's and names every bad field.
 */
@Controller
class ProposalPages {

    private final Agreements agreements;
    private final Approvals approvals;
    private final StaffTasks tasks;
    private final GovernmentNames governments;
    private final Amounts amounts;
    private final MessageSource messages;

    ProposalPages(Agreements agreements, Approvals approvals, StaffTasks tasks, GovernmentNames governments,
                  Amounts amounts, MessageSource messages) {
        this.agreements = agreements;
        this.approvals = approvals;
        this.tasks = tasks;
        this.governments = governments;
        this.amounts = amounts;
        this.messages = messages;
    }

    @GetMapping("/agreements/new")
    String form(Model model) {
        ProposalForm form = new ProposalForm();
        initiator(Caller.current()).ifPresent(initiator -> {
            form.getParticipants().add(initiator.value());
            form.setSecretariat(initiator.value());
        });
        return page(form, new LinkedHashMap<>(), model);
    }

    @PostMapping("/agreements/new")
    String submit(@ModelAttribute("proposal") ProposalForm form, @RequestParam(defaultValue = "check") String action,
                  Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Caller caller = Caller.current();
        Optional<GovernmentCode> initiator = initiator(caller);
        Map<String, String> errors = new LinkedHashMap<>();
        if (initiator.isEmpty()) {
            errors.put("participants", text("proposal.not-coordinator"));
            response.setStatus(HttpStatus.FORBIDDEN.value());
            return page(form, errors, model);
        }
        AgreementContent content = read(form, errors);
        if (errors.isEmpty()) {
            for (Violation violation : agreements.check(initiator.get(), content, caller)) {
                String field = fieldOf(violation.field());
                errors.putIfAbsent(field, text("proposal.problem", text("proposal.field." + field), violation.message()));
            }
        }
        if (!errors.isEmpty() || "edit".equals(action)) {
            if (!errors.isEmpty()) {
                response.setStatus(HttpStatus.BAD_REQUEST.value());
            }
            return page(form, errors, model);
        }
        if (!"propose".equals(action)) {
            model.addAttribute("proposal", form);
            model.addAttribute("proposed", content);
            model.addAttribute("reviewers", approvals.routeFor(initiator.get(), content));
            return "proposal-check";
        }
        Agreement proposed = agreements.propose(initiator.get(), content, caller);
        redirect.addFlashAttribute("step", "proposal");
        redirect.addFlashAttribute("agreement", proposed);
        redirect.addFlashAttribute("mayOpen", true);
        redirect.addFlashAttribute("next", tasks.mine(caller,
                new StaffTasks.Filter(proposed.id().toString(), null, null, null), 0, MyWork.PAGE_SIZE).tasks());
        return "redirect:/done";
    }

    private String page(ProposalForm form, Map<String, String> errors, Model model) {
        model.addAttribute("proposal", form);
        model.addAttribute("errors", errors);
        model.addAttribute("registry", governments.all().stream()
                .filter(government -> government.kind() == GovernmentKind.GOVERNMENT).map(Government::code)
                .map(GovernmentCode::value).toList());
        model.addAttribute("types", AgreementType.values());
        model.addAttribute("modes", CooperationMode.values());
        model.addAttribute("cooperationFields", CooperationField.values());
        model.addAttribute("supportTypes", SupportType.values());
        model.addAttribute("notCoordinator", initiator(Caller.current()).isEmpty());
        return "proposal";
    }

    /** The government the caller proposes for: the first they coordinate for. */
    private static Optional<GovernmentCode> initiator(Caller caller) {
        return caller.groups().stream().filter(group -> group.endsWith(".coordinator")).sorted()
                .map(group -> new GovernmentCode(group.substring(0, group.indexOf('.')))).findFirst();
    }

    private AgreementContent read(ProposalForm form, Map<String, String> errors) {
        List<GovernmentCode> participants = form.getParticipants().stream().map(GovernmentCode::new).toList();
        List<CostShare> shares = new ArrayList<>();
        for (GovernmentCode participant : participants) {
            String typed = form.getShares().get(participant.value());
            percent(typed).ifPresentOrElse(percent -> shares.add(new CostShare(participant, percent)),
                    () -> errors.putIfAbsent("shares", text("proposal.error.share", governments.name(participant))));
        }
        Money penalty = null;
        if (!ProposalForm.blank(form.getPenalty())) {
            penalty = amounts.parse(form.getPenalty()).map(Money::of).orElse(null);
            if (penalty == null) {
                errors.put("penalty", text("error.amount", text("proposal.field.penalty")));
            }
        }
        List<SupportRequest> support = new ArrayList<>();
        for (ProposalForm.SupportItem item : form.getSupport()) {
            if (item.isEmpty()) {
                continue;
            }
            SupportType type = choice(SupportType.class, item.getType());
            Money amount = null;
            if (!ProposalForm.blank(item.getAmount())) {
                amount = amounts.parse(item.getAmount()).map(Money::of).orElse(null);
                if (amount == null) {
                    errors.putIfAbsent("support", text("error.amount", text("proposal.field.support")));
                }
            }
            support.add(new SupportRequest(type, amount, ProposalForm.blank(item.getDescription()) ? null : item.getDescription().strip()));
        }
        return new AgreementContent(ProposalForm.blank(form.getTitle()) ? null : form.getTitle().strip(),
                form.getFields().stream().map(field -> choice(CooperationField.class, field)).toList(), participants,
                ProposalForm.blank(form.getSecretariat()) ? null : new GovernmentCode(form.getSecretariat()),
                choice(CooperationMode.class, form.getMode()), choice(AgreementType.class, form.getType()),
                term(form, errors), shares, blankToNull(form.getBenefitSharingRule()), blankToNull(form.getCompensationRule()),
                penalty, support);
    }

    private Term term(ProposalForm form, Map<String, String> errors) {
        try {
            LocalDate start = ProposalForm.blank(form.getTermStart()) ? null : LocalDate.parse(form.getTermStart().strip());
            LocalDate end = ProposalForm.blank(form.getTermEnd()) ? null : LocalDate.parse(form.getTermEnd().strip());
            return start == null && end == null ? null : new Term(start, end);
        } catch (DateTimeParseException e) {
            errors.put("term", text("error.date", text("proposal.field.term")));
            return null;
        }
    }

    /** A percent as typed, e.g. {@code 25}, {@code 33.3333}, {@code ２５%}. */
    private Optional<BigDecimal> percent(String typed) {
        if (ProposalForm.blank(typed)) {
            return Optional.empty();
        }
        return amounts.number(typed.replace("%", "").replace("％", ""));
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String value) {
        if (ProposalForm.blank(value)) {
            return null;
        }
        return Arrays.stream(type.getEnumConstants()).filter(constant -> constant.name().equals(value.toUpperCase(Locale.ROOT)))
                .findFirst().orElse(null);
    }

    private static String blankToNull(String text) {
        return ProposalForm.blank(text) ? null : text.strip();
    }

    /** The page's field a rule's problem belongs to, e.g. {@code content.costShares[1].percent} to {@code shares}. */
    private static String fieldOf(String path) {
        String field = path.startsWith("content.") ? path.substring("content.".length()) : path;
        int end = field.length();
        for (char stop : new char[]{'.', '['}) {
            if (field.indexOf(stop) >= 0) {
                end = Math.min(end, field.indexOf(stop));
            }
        }
        return switch (field.substring(0, end)) {
            case "costShares" -> "shares";
            case "supportRequests" -> "support";
            case "defectionPenalty" -> "penalty";
            case "initiator", "content" -> "participants";
            default -> field.substring(0, end);
        };
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }
}
