package org.regionalcoop.workbench;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.regionalcoop.agreements.Agreement;
import org.regionalcoop.agreements.AgreementContent;
import org.regionalcoop.agreements.AgreementType;
import org.regionalcoop.agreements.Agreements;
import org.regionalcoop.agreements.CooperationField;
import org.regionalcoop.agreements.CooperationMode;
import org.regionalcoop.agreements.CostShare;
import org.regionalcoop.agreements.GoverningBody;
import org.regionalcoop.agreements.RevisionRefusal;
import org.regionalcoop.kernel.CurrencyCode;
import org.regionalcoop.kernel.Money;
import org.regionalcoop.agreements.SupportRequest;
import org.regionalcoop.agreements.SupportType;
import org.regionalcoop.agreements.Term;
import org.regionalcoop.approval.Approvals;
import org.regionalcoop.organizations.Government;
import org.regionalcoop.organizations.GovernmentCode;
import org.regionalcoop.organizations.GovernmentKind;
import org.regionalcoop.organizations.Organizations;
import org.regionalcoop.security.Caller;
import org.regionalcoop.tasks.ContentDiff;
import org.regionalcoop.kernel.TextRules;
import org.regionalcoop.kernel.Violation;
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

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Proposing an agreement, and publishing a revised version of one: the form (a revision's filled with the
 * current version, shown above it, and asking why it changes), then a check of the answers (the authority
 * that will review a proposal, what a revision changes), then the change itself. The server checks it with
 * the agreements module's own rules and names every bad field.
 */
@Controller
class ProposalPages {

    /** The page's button that offers one more governing body without sending the proposal (no script needed). */
    static final String ADD_BODY = "add-body";
    /** The group suffix of the role that proposes: a government's (or agency's) coordinators. */
    static final String COORDINATORS = ".coordinator";

    private final Agreements agreements;
    private final Approvals approvals;
    private final GovernmentNames governments;
    private final Amounts amounts;
    private final Dates dates;
    private final AgreementFacts facts;
    private final Rules rules;
    private final Confirmation confirmation;
    private final ObjectMapper json;
    private final MessageSource messages;
    private final ProposalMechanisms mechanisms;
    private final Submissions submissions;
    private final Organizations organizations;

    ProposalPages(Agreements agreements, Approvals approvals, GovernmentNames governments, Amounts amounts, Dates dates,
                  AgreementFacts facts, Rules rules, Confirmation confirmation, ObjectMapper json, MessageSource messages,
                  ProposalMechanisms mechanisms, Submissions submissions, Organizations organizations) {
        this.organizations = organizations;
        this.mechanisms = mechanisms;
        this.submissions = submissions;
        this.agreements = agreements;
        this.approvals = approvals;
        this.governments = governments;
        this.amounts = amounts;
        this.dates = dates;
        this.facts = facts;
        this.rules = rules;
        this.confirmation = confirmation;
        this.json = json;
        this.messages = messages;
    }

    @GetMapping("/agreements/new")
    String form(Model model, HttpServletResponse response) {
        ProposalForm form = new ProposalForm();
        form.setSubmission(submissions.ticket());
        Optional<GovernmentCode> initiator = initiator(Caller.current());
        Map<String, String> errors = new LinkedHashMap<>();
        initiator.ifPresentOrElse(code -> {
            if (mustTakePart(code)) {
                form.getParticipants().add(code.value());
                form.setSecretariat(code.value());
            }
        }, () -> {
            // Said before the form is filled in, not after.
            errors.put("participants", text("proposal.not-coordinator"));
            response.setStatus(HttpStatus.FORBIDDEN.value());
        });
        return page(form, errors, model);
    }

    @PostMapping("/agreements/new")
    String submit(@ModelAttribute("proposal") ProposalForm form, @RequestParam(defaultValue = "check") String action,
                  Model model, HttpServletResponse response, RedirectAttributes redirect, HttpSession session) {
        submissions.refuseIfSent(session, form.getSubmission());
        Caller caller = Caller.current();
        Optional<GovernmentCode> initiator = initiator(caller);
        Map<String, String> errors = new LinkedHashMap<>();
        if (initiator.isEmpty()) {
            errors.put("participants", text("proposal.not-coordinator"));
            response.setStatus(HttpStatus.FORBIDDEN.value());
            return page(form, errors, model);
        }
        if (ADD_BODY.equals(action)) {
            return page(form, errors, model);
        }
        AgreementContent content = read(form, errors);
        // The module's rules too while some fields are still unreadable, so every bad field is named at once; a
        // field already named keeps the first message.
        nameProblems(agreements.check(initiator.get(), content, caller), content, form, errors);
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
            model.addAttribute("formAction", "/agreements/new");
            return "proposal-check";
        }
        String ticket = form.getSubmission();
        // The ticket is the proposal's Idempotency-Key too: the session's guard does not outlive the session, the key
        // does (a form sent again after logging in anew, or to another instance, finds the agreement it made).
        Agreement proposed = submissions.once(session, ticket, () -> ticket == null || ticket.isBlank()
                ? agreements.propose(initiator.get(), content, caller)
                : agreements.propose(initiator.get(), content, caller, ticket).agreement(), Agreement::id);
        return confirmation.of("proposal", proposed.id(), caller, redirect);
    }

    @GetMapping("/agreements/{id}/revise")
    String revision(@PathVariable String id, Model model, HttpServletResponse response) {
        Caller caller = Caller.current();
        Agreement agreement = agreements.get(AgreementPages.parse(id), caller);
        Optional<RevisionRefusal> refusal = agreements.revisionRefusal(agreement);
        if (refusal.isPresent()) {
            return refused(agreement, refusal.get(), model, response);
        }
        ProposalForm form = ProposalForm.of(agreement.current().content());
        form.setSubmission(submissions.ticket());
        return revisionPage(agreement, form, new LinkedHashMap<>(), model);
    }

    @PostMapping("/agreements/{id}/revise")
    String revise(@PathVariable String id, @ModelAttribute("proposal") ProposalForm form,
                  @RequestParam(defaultValue = "check") String action, Model model, HttpServletResponse response,
                  RedirectAttributes redirect, HttpSession session) {
        submissions.refuseIfSent(session, form.getSubmission());
        Caller caller = Caller.current();
        Agreement agreement = agreements.get(AgreementPages.parse(id), caller);
        Optional<RevisionRefusal> refusal = agreements.revisionRefusal(agreement);
        if (refusal.isPresent()) {
            return refused(agreement, refusal.get(), model, response);
        }
        Map<String, String> errors = new LinkedHashMap<>();
        if (!mayRevise(agreement, caller)) {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            return revisionPage(agreement, form, errors, model);
        }
        if (ADD_BODY.equals(action)) {
            return revisionPage(agreement, form, errors, model);
        }
        AgreementContent content = read(form, errors);
        nameProblems(agreements.check(agreement.initiator(), content, caller), content, form, errors);
        if (ProposalForm.blank(form.getReason()) || form.getReason().strip().length() > TextRules.DESCRIPTION) {
            errors.put("reason", text("proposal.rule.reason", String.valueOf(TextRules.DESCRIPTION)));
        }
        if (!errors.isEmpty() || "edit".equals(action)) {
            if (!errors.isEmpty()) {
                response.setStatus(HttpStatus.BAD_REQUEST.value());
            }
            return revisionPage(agreement, form, errors, model);
        }
        if (!"revise".equals(action)) {
            model.addAttribute("proposal", form);
            model.addAttribute("proposed", content);
            model.addAttribute("agreement", agreement);
            model.addAttribute("changes", ContentDiff.between(json.valueToTree(agreement.current().content()),
                    json.valueToTree(content)));
            model.addAttribute("formAction", "/agreements/" + agreement.id() + "/revise");
            return "proposal-check";
        }
        submissions.once(session, form.getSubmission(), agreement.id(),
                () -> agreements.revise(agreement.id(), content, form.getReason().strip(), caller));
        return confirmation.of("revision", agreement.id(), caller, redirect);
    }

    /**
     * Why the agreement cannot be revised now and what to do instead, said before anything is typed (the page may be
     * opened by its address, from a bookmark or an old link) and again if it is sent after the stage changed.
     */
    private String refused(Agreement agreement, RevisionRefusal refusal, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.CONFLICT.value());
        model.addAttribute("agreement", agreement);
        model.addAttribute("refusal", refusal);
        model.addAttribute("notInitiator", !mayRevise(agreement, Caller.current()));
        return "revision-closed";
    }

    /** Only the initiator's coordinators revise, as the agreements module rules. */
    static boolean mayRevise(Agreement agreement, Caller caller) {
        return caller.hasGroup(agreement.initiator().value() + ".coordinator");
    }

    private String revisionPage(Agreement agreement, ProposalForm form, Map<String, String> errors, Model model) {
        Caller caller = Caller.current();
        facts.addTo(model, agreement.id(), caller);
        model.addAttribute("revising", true);
        model.addAttribute("notInitiator", !mayRevise(agreement, caller));
        model.addAttribute("formAction", "/agreements/" + agreement.id() + "/revise");
        return page(form, errors, model);
    }

    /** The module's rules, broken, in the reader's words; the shares' sum is named when they miss 100. */
    private void nameProblems(List<Violation> violations, AgreementContent content, ProposalForm form,
                              Map<String, String> errors) {
        BigDecimal sum = form.getParticipants().stream().map(code -> amounts.percent(form.getShares().get(code)))
                .flatMap(Optional::stream).reduce(BigDecimal.ZERO, BigDecimal::add);
        rules.name(mechanisms.name(violations, content, errors), "proposal", ProposalPages::fieldOf, errors,
                sum.stripTrailingZeros().toPlainString());
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
        model.addAttribute("currencies", CurrencyCode.OFFERED);
        model.addAttribute("notCoordinator", initiator(Caller.current()).isEmpty());
        form.offerBodyRow();
        mechanisms.addTo(model);
        if (!model.containsAttribute("formAction")) {
            model.addAttribute("formAction", "/agreements/new");
        }
        return "proposal";
    }

    /**
     * Whether every form of cooperation its coordinators may propose has the initiator among the participants, so
     * the form ticks it before it is asked: a government that stands above none of the registry's cannot initiate a
     * top-down agreement, which alone leaves its initiator out. A superior (a province, the central government)
     * often proposes top-down for the governments below it without taking part, and ticks itself if it does.
     */
    private boolean mustTakePart(GovernmentCode initiator) {
        return organizations.governments().stream()
                .noneMatch(government -> organizations.standsAbove(initiator, government.code()));
    }

    /** The government the caller proposes for: the first they coordinate for. */
    private static Optional<GovernmentCode> initiator(Caller caller) {
        return caller.groups().stream().filter(group -> group.endsWith(COORDINATORS)).sorted()
                .map(group -> new GovernmentCode(group.substring(0, group.indexOf('.')))).findFirst();
    }

    private AgreementContent read(ProposalForm form, Map<String, String> errors) {
        List<GovernmentCode> participants = form.getParticipants().stream().map(GovernmentCode::new).toList();
        List<CostShare> shares = new ArrayList<>();
        for (GovernmentCode participant : participants) {
            String typed = form.getShares().get(participant.value());
            amounts.percent(typed).ifPresentOrElse(percent -> shares.add(new CostShare(participant, percent)),
                    () -> errors.putIfAbsent("shares", text("proposal.error.share", governments.name(participant))));
        }
        CurrencyCode currency = CurrencyCode.OFFERED.stream()
                .filter(offered -> offered.code().equals(form.getCurrency())).findFirst().orElse(null);
        if (currency == null && !ProposalForm.blank(form.getCurrency())) {
            errors.put("currency", text("proposal.error.currency"));
        }
        CurrencyCode amountsIn = currency == null ? CurrencyCode.CNY : currency;
        Money penalty = null;
        if (!ProposalForm.blank(form.getPenalty())) {
            penalty = amounts.parse(form.getPenalty()).map(Money::of).orElse(null);
            if (penalty == null) {
                errors.put("penalty", text("error.amount", text("proposal.field.penalty"), amounts.unit(amountsIn),
                        amounts.example(amountsIn)));
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
                    errors.putIfAbsent("support", text("error.amount", text("proposal.field.support"),
                            amounts.unit(CurrencyCode.CNY), amounts.example(CurrencyCode.CNY)));
                }
            }
            support.add(new SupportRequest(type, amount, ProposalForm.blank(item.getDescription()) ? null : item.getDescription().strip()));
        }
        List<GoverningBody> bodies = mechanisms.bodies(form, errors);
        return new AgreementContent(ProposalForm.blank(form.getTitle()) ? null : form.getTitle().strip(),
                form.getFields().stream().map(field -> choice(CooperationField.class, field)).toList(), participants,
                ProposalForm.blank(form.getSecretariat()) ? null : new GovernmentCode(form.getSecretariat()),
                choice(CooperationMode.class, form.getMode()), choice(AgreementType.class, form.getType()),
                term(form, errors), shares, blankToNull(form.getBenefitSharingRule()), blankToNull(form.getCompensationRule()),
                penalty, support, mechanisms.benefitShares(form, participants, errors), bodies,
                mechanisms.fund(form, participants, amountsIn, errors), currency, ProposalMechanisms.benefitBasis(form));
    }

    private Term term(ProposalForm form, Map<String, String> errors) {
        LocalDate start = ProposalForm.blank(form.getTermStart()) ? null : dates.parse(form.getTermStart()).orElse(null);
        LocalDate end = ProposalForm.blank(form.getTermEnd()) ? null : dates.parse(form.getTermEnd()).orElse(null);
        if (start == null && !ProposalForm.blank(form.getTermStart()) || end == null && !ProposalForm.blank(form.getTermEnd())) {
            errors.put("term", text("error.date", text("proposal.field.term")));
            return null;
        }
        return start == null && end == null ? null : new Term(start, end);
    }

    static <E extends Enum<E>> E choice(Class<E> type, String value) {
        if (ProposalForm.blank(value)) {
            return null;
        }
        return Arrays.stream(type.getEnumConstants()).filter(constant -> constant.name().equals(value.toUpperCase(Locale.ROOT)))
                .findFirst().orElse(null);
    }

    private static String blankToNull(String text) {
        return ProposalForm.blank(text) ? null : text.strip();
    }

    /** The page's field a rule's problem belongs to, e.g. {@code costShares} (of {@code content.costShares[1].percent}) to {@code shares}. */
    private static String fieldOf(String root) {
        return switch (root) {
            case "costShares" -> "shares";
            case "supportRequests" -> "support";
            case "defectionPenalty" -> "penalty";
            case "settlementCurrency" -> "currency";
            case "initiator", "content" -> "participants";
            default -> root;
        };
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }
}
