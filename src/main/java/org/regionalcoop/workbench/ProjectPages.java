package org.regionalcoop.workbench;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.regionalcoop.agreements.Agreement;
import org.regionalcoop.agreements.Agreements;
import org.regionalcoop.agreements.CooperationField;
import org.regionalcoop.agreements.CostShare;
import org.regionalcoop.funds.Funds;
import org.regionalcoop.kernel.AgreementId;
import org.regionalcoop.kernel.CurrencyCode;
import org.regionalcoop.kernel.Money;
import org.regionalcoop.kernel.NotFoundException;
import org.regionalcoop.organizations.Government;
import org.regionalcoop.organizations.GovernmentCode;
import org.regionalcoop.organizations.GovernmentKind;
import org.regionalcoop.projects.MilestonePlan;
import org.regionalcoop.projects.ProjectDetail;
import org.regionalcoop.projects.ProjectId;
import org.regionalcoop.projects.ProjectRegistration;
import org.regionalcoop.projects.ProjectSummary;
import org.regionalcoop.projects.Projects;
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

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Registering a joint project of an agreement in force, and reporting a contribution paid to one: each a
 * form, a check of the answers, then the change, through the projects module with its own rules and
 * access checks (the same as its API's), every bad field named.
 */
@Controller
class ProjectPages {

    private final Projects projects;
    private final Agreements agreements;
    private final GovernmentNames governments;
    private final Amounts amounts;
    private final Dates dates;
    private final Rules rules;
    private final Confirmation confirmation;
    private final MessageSource messages;
    private final OtherCurrency otherCurrency;
    private final PaymentEntries entries;
    private final Submissions submissions;
    private final Funds funds;

    ProjectPages(Projects projects, Funds funds, Agreements agreements, GovernmentNames governments, Amounts amounts, Dates dates, Rules rules,
                 Confirmation confirmation, MessageSource messages, OtherCurrency otherCurrency, PaymentEntries entries,
                 Submissions submissions) {
        this.funds = funds;
        this.otherCurrency = otherCurrency;
        this.entries = entries;
        this.submissions = submissions;
        this.projects = projects;
        this.agreements = agreements;
        this.governments = governments;
        this.amounts = amounts;
        this.dates = dates;
        this.rules = rules;
        this.confirmation = confirmation;
        this.messages = messages;
    }

    @GetMapping("/agreements/{id}/projects/new")
    String registration(@PathVariable String id, Model model) {
        Agreement agreement = agreements.get(AgreementPages.parse(id), Caller.current());
        ProjectForm form = new ProjectForm();
        form.setSubmission(submissions.ticket());
        agreement.current().content().costShares()
                .forEach(share -> form.getShares().put(share.participant().value(), share.percent().toPlainString()));
        return registrationPage(agreement, form, new LinkedHashMap<>(), model);
    }

    @PostMapping("/agreements/{id}/projects/new")
    String register(@PathVariable String id, @ModelAttribute("project") ProjectForm form,
                    @RequestParam(defaultValue = "check") String action, Model model, HttpServletResponse response,
                    RedirectAttributes redirect, HttpSession session) {
        submissions.refuseIfSent(session, form.getSubmission());
        Caller caller = Caller.current();
        Agreement agreement = agreements.get(AgreementPages.parse(id), caller);
        Map<String, String> errors = new LinkedHashMap<>();
        if (!Projects.mayRegister(agreement, caller)) {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            return registrationPage(agreement, form, errors, model);
        }
        ProjectRegistration registration = read(agreement, form, errors);
        // The module's rules too while some fields are still unreadable (it takes an unreadable value as a missing
        // one), so every bad field is named at once; a field already named keeps the first message.
        CurrencyCode currency = agreement.current().content().settlementCurrency();
        rules.name(projects.check(agreement.id(), registration, caller), "project", field -> field, errors,
                amounts.unit(currency), amounts.format(available(agreement), currency));
        if (!errors.isEmpty() || "edit".equals(action)) {
            if (!errors.isEmpty()) {
                response.setStatus(HttpStatus.BAD_REQUEST.value());
            }
            return registrationPage(agreement, form, errors, model);
        }
        if (!"register".equals(action)) {
            model.addAttribute("agreement", agreement);
            model.addAttribute("project", form);
            model.addAttribute("registration", registration);
            model.addAttribute("leadBody", registration.leadBody() == null ? null
                    : agreement.current().content().body(registration.leadBody()).map(MeetingCostFacts::nameOf).orElse(null));
            return "project-check";
        }
        ProjectSummary project = submissions.once(session, form.getSubmission(),
                () -> projects.register(agreement.id(), registration, caller), registered -> agreement.id());
        redirect.addFlashAttribute("project", project);
        return confirmation.of("project-registration", agreement.id(), caller, redirect);
    }

    @GetMapping("/projects/{id}/payments/new")
    String paymentForm(@PathVariable String id, Model model) {
        ProjectDetail project = project(id);
        PaymentForm form = new PaymentForm();
        form.setSubmission(submissions.ticket());
        List<String> payers = payers(project, Caller.current());
        form.setParticipant(payers.isEmpty() ? null : payers.get(0));
        return paymentPage(project, form, new LinkedHashMap<>(), model);
    }

    @PostMapping("/projects/{id}/payments/new")
    String reportPayment(@PathVariable String id, @ModelAttribute("payment") PaymentForm form,
                         @RequestParam(defaultValue = "check") String action, Model model, HttpServletResponse response,
                         RedirectAttributes redirect, HttpSession session) {
        submissions.refuseIfSent(session, form.getSubmission());
        Caller caller = Caller.current();
        ProjectDetail project = project(id);
        Map<String, String> errors = new LinkedHashMap<>();
        if (payers(project, caller).isEmpty()) {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            return paymentPage(project, form, errors, model);
        }
        CurrencyCode settlement = currencyOf(project);
        PaymentEntries.Entry entry = entries.read(form, settlement, errors);
        GovernmentCode participant = entry.participant();
        if (participant != null && entry.paidAt() != null
                && projects.withdrawnBefore(project.project().id(), participant, entry.paidAt())) {
            // The day's own rule asks only for a day not in the future; this refusal says why the day is wrong.
            errors.put("paidOn", text("payment.rule.withdrawn"));
        }
        // Every rule at once: a field the page could not read is given to the module as missing, and keeps the page's
        // own message (Rules keeps the first message a field gets). Without a payer chosen the other fields are checked
        // as the caller's first payer's, whose payments the caller may report.
        GovernmentCode checkedFor = participant != null ? participant
                : new GovernmentCode(payers(project, caller).get(0));
        rules.name(projects.checkPayment(project.project().id(), checkedFor, entry.amount(), entry.paidIn(),
                        entry.paidAt(), caller), "payment", field -> "paidAt".equals(field) ? "paidOn" : field, errors,
                amounts.unit(entry.paidCurrency()), amounts.unit(settlement));
        if (!errors.isEmpty() || "edit".equals(action)) {
            if (!errors.isEmpty()) {
                response.setStatus(HttpStatus.BAD_REQUEST.value());
            }
            return paymentPage(project, form, errors, model);
        }
        if (!"report".equals(action)) {
            model.addAttribute("detail", project);
            entries.toCheckPage(model, form, entry);
            return "payment-check";
        }
        submissions.once(session, form.getSubmission(), new AgreementId(project.project().agreementId()),
                () -> projects.reportPayment(project.project().id(), participant, entry.amount(), entry.paidIn(),
                        entry.paidAt(), caller));
        redirect.addFlashAttribute("project", project.project());
        return confirmation.of("contribution", new AgreementId(project.project().agreementId()), caller, redirect);
    }

    private String registrationPage(Agreement agreement, ProjectForm form, Map<String, String> errors, Model model) {
        model.addAttribute("agreement", agreement);
        model.addAttribute("project", form);
        model.addAttribute("errors", errors);
        model.addAttribute("participants", agreement.current().content().participants().stream().map(GovernmentCode::value).toList());
        model.addAttribute("areas", governments.all().stream().filter(government -> government.kind() == GovernmentKind.GOVERNMENT)
                .map(Government::code).map(GovernmentCode::value).toList());
        model.addAttribute("cooperationFields", CooperationField.values());
        model.addAttribute("mayRegister", Projects.mayRegister(agreement, Caller.current()));
        model.addAttribute("bodies", agreement.current().content().bodies().stream()
                .map(body -> new LeadBody(body.key(), MeetingCostFacts.nameOf(body), body.kind().name())).toList());
        model.addAttribute("hasFund", agreement.current().content().fund() != null);
        model.addAttribute("available", amounts.format(available(agreement), agreement.current().content().settlementCurrency()));
        return "project";
    }

    /** A body of the agreement that may lead a project, as the page names it: its name and what kind of body it is. */
    record LeadBody(String key, String name, String kind) {
    }

    /** What the agreement's fund has available for projects; zero when it has no fund. */
    private Money available(Agreement agreement) {
        return agreement.current().content().fund() == null ? Money.ZERO
                : funds.statement(agreement.id(), Caller.current()).available();
    }

    /** The currency the project's amounts are in: its agreement's settlement currency. */
    private CurrencyCode currencyOf(ProjectDetail project) {
        return agreements.get(new AgreementId(project.project().agreementId()), Caller.current()).current().content()
                .settlementCurrency();
    }

    private String paymentPage(ProjectDetail project, PaymentForm form, Map<String, String> errors, Model model) {
        CurrencyCode settlement = currencyOf(project);
        model.addAttribute("detail", project);
        model.addAttribute("currency", settlement);
        otherCurrency.addTo(model, settlement, form.getCurrency(), errors);
        model.addAttribute("payment", form);
        model.addAttribute("errors", errors);
        model.addAttribute("payers", payers(project, Caller.current()));
        return "payment";
    }

    /** The participants owing the project a contribution whose finance officer the caller is. */
    private static List<String> payers(ProjectDetail project, Caller caller) {
        return project.contributions().stream().filter(contribution -> contribution.amount().yuan().signum() > 0)
                .map(contribution -> contribution.participant().value())
                .filter(participant -> caller.hasGroup(participant + ".finance_officer")).toList();
    }

    private ProjectDetail project(String id) {
        try {
            return projects.get(new ProjectId(UUID.fromString(id)), Caller.current());
        } catch (IllegalArgumentException notAnId) {
            throw new NotFoundException("No project " + id);
        }
    }

    private ProjectRegistration read(Agreement agreement, ProjectForm form, Map<String, String> errors) {
        CurrencyCode currency = agreement.current().content().settlementCurrency();
        List<CostShare> shares = new ArrayList<>();
        for (GovernmentCode participant : agreement.current().content().participants()) {
            amounts.percent(form.getShares().get(participant.value())).ifPresentOrElse(
                    percent -> shares.add(new CostShare(participant, percent)),
                    () -> errors.putIfAbsent("costShares", text("proposal.error.share", governments.name(participant))));
        }
        List<MilestonePlan> milestones = new ArrayList<>();
        for (ProjectForm.MilestoneRow row : form.getMilestones()) {
            if (row.isEmpty()) {
                continue;
            }
            milestones.add(new MilestonePlan(ProposalForm.blank(row.getName()) ? null : row.getName().strip(),
                    date(row.getDueDate(), "project.milestone.due", "milestones", errors),
                    amounts.read(row.getGrantAmount(), currency, "project.milestone.grant", "milestones", errors)));
        }
        return new ProjectRegistration(ProposalForm.blank(form.getName()) ? null : form.getName().strip(),
                ProposalForm.blank(form.getLead()) ? null : new GovernmentCode(form.getLead()),
                ProposalPages.choice(CooperationField.class, form.getField()),
                ProposalForm.blank(form.getLocation()) ? null : new GovernmentCode(form.getLocation()),
                amounts.read(form.getBudget(), currency, "project.field.budget", "budget", errors),
                amounts.read(form.getGrantPart(), currency, "project.field.grantPart", "grantPart", errors), shares, milestones,
                ProposalForm.blank(form.getLeadBody()) ? null : form.getLeadBody().strip(),
                amounts.read(form.getFundPart(), currency, "project.field.fundPart", "fundPart", errors));
    }

    private LocalDate date(String typed, String label, String field, Map<String, String> errors) {
        if (ProposalForm.blank(typed)) {
            return null;
        }
        return dates.parse(typed).orElseGet(() -> {
            errors.putIfAbsent(field, text("error.date", text(label)));
            return null;
        });
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }
}
