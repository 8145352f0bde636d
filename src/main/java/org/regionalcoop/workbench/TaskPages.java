package org.regionalcoop.workbench;

import org.camunda.bpm.engine.ProcessEngineException;
import org.regionalcoop.agreements.Agreement;
import org.regionalcoop.funds.Funds;
import org.regionalcoop.kernel.AgreementId;
import org.regionalcoop.kernel.CurrencyCode;
import org.regionalcoop.agreements.Agreements;
import org.regionalcoop.grants.GrantId;
import org.regionalcoop.security.Caller;
import org.regionalcoop.settlement.SettlementId;
import org.regionalcoop.tasks.FormProblem;
import org.regionalcoop.tasks.StaffTasks;
import org.regionalcoop.tasks.TaskComments;
import org.regionalcoop.tasks.TaskConflictException;
import org.regionalcoop.tasks.TaskContexts;
import org.regionalcoop.tasks.TaskDetail;
import org.regionalcoop.tasks.TaskForm;
import org.regionalcoop.tasks.TaskForms;
import org.regionalcoop.kernel.FieldRefusedException;
import org.regionalcoop.kernel.InvalidRequestException;
import org.regionalcoop.kernel.Violation;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * One task: what it decides on beside the question, then its answer. The values meet the same rules as the
 * completion API's (the task's form), checked before the task is completed; a refused answer comes back
 * with each problem next to its field and summed up at the top.
 */
@Controller
class TaskPages {

    static final String SIGNATURE = "user_sign_agreement";
    static final String SIGNED_HASH = "signedContentHash";
    /** Fields that hold dates, typed as people write them and passed on as ISO days. */
    static final Set<String> DATES = Set.of("validFrom", "validTo", "heldOn");
    static final String REPEATED_CONSTRUCTION = "user_resolve_repeated_construction";
    /** The process variable naming the grant a decision is about. */
    static final String GRANT = "grantId";
    /** What a project asks of its agreement's pooled fund: its page shows what the fund holds. */
    static final String FUND_ASKED = "fundRequestedAmount";
    static final String PROJECT = "projectId";
    /** The process variable naming the settlement a decision is about. */
    static final String SETTLEMENT = "settlementId";
    /** The host's minutes of a meeting: its page links to recording the meeting's costs. */
    static final String MINUTES = "user_record_minutes";
    /** The process variable naming the meeting a host's task is about. */
    static final String MEETING = "meetingId";
    /** The body a meeting task is about, by the name the process holds (its English one). */
    static final String BODY_NAME = "bodyName";
    /** The session's last confirmation, for the language switch on its page. */
    private static final String CONFIRMED = "workbench.confirmed";

    private final StaffTasks tasks;
    private final TaskContexts contexts;
    private final TaskForms forms;
    private final TaskComments comments;
    private final Agreements agreements;
    private final AgreementFacts facts;
    private final ProgrammeBudget budget;
    private final Funds funds;
    private final SettlementFacts settlements;
    private final Amounts amounts;
    private final Dates dates;
    private final Confirmation confirmation;
    private final MessageSource messages;
    private final TaskFacts taskFacts;
    private final MeetingCostFacts meetingCosts;
    private final TaskChoices choices;
    private final ClosingProjectFacts closingProject;

    TaskPages(StaffTasks tasks, TaskContexts contexts, TaskForms forms, TaskComments comments, Agreements agreements,
              AgreementFacts facts, ProgrammeBudget budget, Funds funds, SettlementFacts settlements, Amounts amounts,
              Dates dates, Confirmation confirmation, MessageSource messages, TaskFacts taskFacts,
              MeetingCostFacts meetingCosts, TaskChoices choices,
              ClosingProjectFacts closingProject) {
        this.closingProject = closingProject;
        this.meetingCosts = meetingCosts;
        this.choices = choices;
        this.taskFacts = taskFacts;
        this.funds = funds;
        this.tasks = tasks;
        this.contexts = contexts;
        this.forms = forms;
        this.comments = comments;
        this.agreements = agreements;
        this.facts = facts;
        this.budget = budget;
        this.settlements = settlements;
        this.amounts = amounts;
        this.dates = dates;
        this.confirmation = confirmation;
        this.messages = messages;
    }

    @GetMapping("/tasks/{id}")
    String show(@PathVariable String id, Model model) {
        return page(id, Caller.current(), Map.of(), new LinkedHashMap<>(), model);
    }

    @PostMapping("/tasks/{id}")
    String answer(@PathVariable String id, @RequestParam MultiValueMap<String, String> posted,
                  @RequestParam(defaultValue = "false") boolean confirmed, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        Caller caller = Caller.current();
        TaskForm form = forms.of(id, caller);
        TaskDetail detail = contexts.get(id, caller);
        Map<String, String> entered = new HashMap<>();
        Map<String, Object> values = new HashMap<>();
        Map<String, String> errors = new LinkedHashMap<>();
        CurrencyCode currency = currencyOf(detail);
        for (TaskForm.Field field : form.inputs()) {
            String typed = posted.getFirst(field.key());
            entered.put(field.key(), typed);
            if (typed == null || typed.isBlank()) {
                continue;
            }
            if (field.amount()) {
                Optional<String> amount = amounts.parse(typed);
                amount.ifPresentOrElse(plain -> values.put(field.key(), plain),
                        () -> errors.put(field.key(), notAnAmount(field, currency)));
            } else if (DATES.contains(field.key())) {
                dates.parse(typed).ifPresentOrElse(day -> values.put(field.key(), day.toString()),
                        () -> errors.put(field.key(), text("error.date", label(field))));
            } else {
                values.put(field.key(), typed.strip());
            }
        }
        boolean signature = SIGNATURE.equals(detail.task().taskDefinitionKey());
        String hash = posted.getFirst(SIGNED_HASH);
        if (signature && hash != null && !hash.isBlank()) {
            values.put(SIGNED_HASH, hash.strip());
        }
        for (FormProblem problem : forms.check(id, values, caller)) {
            form.inputs().stream().filter(field -> field.key().equals(problem.field())).findFirst()
                    .ifPresent(field -> errors.putIfAbsent(field.key(), message(problem, field, currency)));
        }
        if (signature && detail.agreement() != null
                && values.get(SIGNED_HASH) != null && !detail.agreement().contentHash().equals(values.get(SIGNED_HASH))) {
            errors.put(SIGNED_HASH, text("error.signature.changed", detail.agreement().version()));
        }
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(id, caller, entered, errors, model);
        }
        if (signature && !confirmed) {
            model.addAttribute("detail", detail);
            model.addAttribute("agreement", agreements.current(AgreementId.of(detail.task().agreementId())));
            return "task-check";
        }
        try {
            tasks.complete(id, values, caller);
        } catch (TaskConflictException e) {
            // Claimed or delegated meanwhile: the page shows by whom; the exception's English stays with the API.
            errors.put("", text("error.conflict"));
        } catch (InvalidRequestException e) {
            refused(e.violations(), detail, form, errors);
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(id, caller, entered, errors, model);
        } catch (FieldRefusedException e) {
            refused(List.of(e.violation()), detail, form, errors);
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(id, caller, entered, errors, model);
        } catch (ProcessEngineException e) {
            // A task listener's refusal reaches here wrapped by the engine: named next to its field like the others.
            Optional<List<Violation>> rule = ruleRefusal(e);
            if (rule.isPresent()) {
                refused(rule.get(), detail, form, errors);
                response.setStatus(HttpStatus.BAD_REQUEST.value());
                return page(id, caller, entered, errors, model);
            }
            errors.put("", text("error.refused", refusal(e)));
        }
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return page(id, caller, entered, errors, model);
        }
        // The answer chosen (a review's "revise"): the confirmation says what it leads to, which the agreement's stage
        // does not yet show while the platform moves it on.
        form.inputs().stream().filter(field -> !field.values().isEmpty()).findFirst()
                .map(field -> values.get(field.key())).ifPresent(chosen -> redirect.addFlashAttribute("outcome", chosen));
        return confirmation.of(detail.task().taskDefinitionKey(),
                detail.task().agreementId() == null ? null : AgreementId.of(detail.task().agreementId()), caller, redirect);
    }

    @PostMapping("/tasks/{id}/claim")
    String claim(@PathVariable String id) {
        tasks.claim(id, Caller.current());
        return "redirect:/tasks/" + id;
    }

    @PostMapping("/tasks/{id}/unclaim")
    String unclaim(@PathVariable String id) {
        tasks.unclaim(id, Caller.current());
        return "redirect:/tasks/" + id;
    }

    @PostMapping("/tasks/{id}/comments")
    String comment(@PathVariable String id, @RequestParam(defaultValue = "") String message, Model model,
                   HttpServletResponse response) {
        Caller caller = Caller.current();
        try {
            comments.add(id, message, caller);
        } catch (InvalidRequestException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            Map<String, String> errors = new LinkedHashMap<>();
            errors.put("message", text("error.comment"));
            model.addAttribute("comment", message);
            return page(id, caller, Map.of(), errors, model);
        }
        return "redirect:/tasks/" + id + "#comments";
    }

    /**
     * The confirmation: what was done, where the agreement stands now, and the caller's next tasks on it. The language
     * switch shows it again in the other language from the session (it once led to My work, the confirmation gone);
     * any other second visit goes to My work, as before.
     */
    @GetMapping("/done")
    String confirmation(HttpServletRequest request, Model model) {
        Map<String, ?> shown = RequestContextUtils.getInputFlashMap(request);
        HttpSession session = request.getSession();
        if (shown != null && shown.containsKey("step")) {
            session.setAttribute(CONFIRMED, new HashMap<>(shown));
            return "done";
        }
        if (request.getParameter(Languages.PARAMETER) != null && session.getAttribute(CONFIRMED) instanceof Map<?, ?> last) {
            last.forEach((name, value) -> model.addAttribute((String) name, value));
            return "done";
        }
        return "redirect:/";
    }

    private String page(String id, Caller caller, Map<String, String> entered, Map<String, String> errors, Model model) {
        TaskDetail detail = contexts.get(id, caller);
        model.addAttribute("detail", detail);
        model.addAttribute("task", detail.task());
        TaskForm form = forms.of(id, caller);
        model.addAttribute("form", form);
        Map<String, Object> figures = taskFacts.figures(form.readOnly());
        if (figures.get(BODY_NAME) instanceof String body && detail.task().agreementId() != null
                && Languages.CHINESE.getLanguage().equals(LocaleContextHolder.getLocale().getLanguage())) {
            // The process holds the body's name; a Chinese reader gets the Chinese name the agreement gives it.
            agreements.current(AgreementId.of(detail.task().agreementId())).current().content().bodies().stream()
                    .filter(governing -> governing.name().equals(body) && governing.nameZh() != null).findFirst()
                    .ifPresent(governing -> figures.put(BODY_NAME, governing.nameZh()));
        }
        model.addAttribute("figures", figures);
        Map<String, Object> processFacts = forms.facts(id, caller);
        CurrencyCode currency = currencyOf(detail);
        model.addAttribute("currency", currency);
        Map<String, String> shownFacts = taskFacts.shown(processFacts, currency);
        model.addAttribute("facts", shownFacts);
        if (shownFacts.containsKey("projectId")) {
            // The form names the project too (projectName): shown once.
            figures.remove("projectName");
        }
        if (processFacts.get(GRANT) instanceof String grant) {
            model.addAttribute("budget", budget.of(GrantId.of(grant), caller).orElse(null));
        }
        if (processFacts.get(FUND_ASKED) != null && processFacts.get(PROJECT) instanceof String project) {
            // The fund that holds the money: a handed-over project's is its closed agreement's, which pays it out.
            AgreementId agreement = AgreementId.of(detail.task().agreementId());
            model.addAttribute("fund", funds.statement(funds.holding(agreement, UUID.fromString(project)), caller));
        }
        Optional<SettlementFacts.View> settlement = processFacts.get(SETTLEMENT) instanceof String settlementId
                ? settlements.of(SettlementId.of(settlementId), caller) : Optional.empty();
        model.addAttribute("choices", choices.of(detail.task().taskDefinitionKey(), processFacts, settlement));
        if (closingProject.addTo(model, detail.task().taskDefinitionKey(), detail.task().agreementId(), processFacts)) {
            // The project's own section names it: not again among the figures.
            shownFacts.remove(PROJECT);
        }
        if (processFacts.get(SETTLEMENT) != null) {
            model.addAttribute("settlement", settlement.orElse(null));
            settlement.ifPresent(shown -> model.addAttribute("sharedMeetingCosts", Map.of(shown.settlement().id(),
                    MeetingCostFacts.sharedBy(meetingCosts.of(AgreementId.of(detail.task().agreementId()), caller),
                            shown.settlement().periodEnd()))));
        }
        if (MINUTES.equals(detail.task().taskDefinitionKey()) && processFacts.get(MEETING) instanceof String meeting) {
            model.addAttribute("meetingCosts", "/meetings/" + meeting + "/costs");
        }
        model.addAttribute("entered", entered);
        model.addAttribute("errors", errors);
        model.addAttribute("comments", comments.of(id, caller));
        model.addAttribute("dateFields", DATES);
        if (detail.agreement() != null) {
            facts.addTo(model, AgreementId.of(detail.task().agreementId()), caller);
        }
        closingProject.addRunningTo(model, detail.task().taskDefinitionKey(), detail.task().agreementId());
        return "task";
    }

    private String message(FormProblem problem, TaskForm.Field field, CurrencyCode currency) {
        return switch (problem.rule()) {
            case REQUIRED -> text(field.values().isEmpty() ? "error.required" : "error.choose", label(field));
            case TOO_LONG -> text("error.too-long", label(field), field.maxLength());
            case FORMAT -> text(DATES.contains(field.key()) ? "error.date" : "error.format", label(field));
            case AMOUNT -> notAnAmount(field, currency);
            case NOT_ALLOWED -> text("error.choose", label(field));
        };
    }

    /**
     * The rules a module checks only as the task completes (a partial award below the central share, a reason for it),
     * each next to its field in the reader's language: the step's own words for the field
     * ({@code task.rule.<step>.<field>}), else a sentence that names the field; the module's English stays with the API.
     */
    private void refused(List<Violation> violations, TaskDetail detail, TaskForm form, Map<String, String> errors) {
        Locale locale = LocaleContextHolder.getLocale();
        for (Violation violation : violations) {
            Optional<TaskForm.Field> field = form.inputs().stream()
                    .filter(input -> input.key().equals(violation.field())).findFirst();
            String words = messages.getMessage("task.rule." + detail.task().taskDefinitionKey() + "." + violation.field(),
                    null, null, locale);
            if (words == null) {
                words = text("error.rule", field.map(this::label).orElse(violation.field()), violation.message());
            }
            errors.putIfAbsent(field.map(TaskForm.Field::key).orElse(""), words);
        }
    }

    /** The module's rule refusal the engine wrapped, if that is what failed. */
    private static Optional<List<Violation>> ruleRefusal(ProcessEngineException e) {
        for (Throwable reason = e; reason != null; reason = reason.getCause()) {
            if (reason instanceof InvalidRequestException invalid) {
                return Optional.of(invalid.violations());
            }
            if (reason instanceof FieldRefusedException field) {
                return Optional.of(List.of(field.violation()));
            }
        }
        return Optional.empty();
    }

    /** Why a step refused the answer, in the domain's words, which never quote a form's pattern. */
    private static String refusal(ProcessEngineException e) {
        for (Throwable reason = e; reason != null; reason = reason.getCause()) {
            if (reason instanceof IllegalArgumentException) {
                return reason.getMessage();
            }
        }
        throw e;
    }

    private String notAnAmount(TaskForm.Field field, CurrencyCode currency) {
        return text("error.amount", label(field), amounts.unit(currency), amounts.example(currency));
    }

    /**
     * The currency the task's amounts are in: its agreement's settlement currency; yuan for a task about no agreement
     * (a grant programme's, whose budgets are yuan).
     */
    private CurrencyCode currencyOf(TaskDetail detail) {
        return detail.task().agreementId() == null ? CurrencyCode.CNY
                : agreements.current(AgreementId.of(detail.task().agreementId())).current().content().settlementCurrency();
    }

    private String label(TaskForm.Field field) {
        return text("field." + field.key());
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }
}
