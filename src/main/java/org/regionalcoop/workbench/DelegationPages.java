package org.regionalcoop.workbench;

import jakarta.servlet.http.HttpServletResponse;
import org.regionalcoop.agreements.Agreements;
import org.regionalcoop.kernel.AgreementId;
import org.regionalcoop.kernel.InvalidRequestException;
import org.regionalcoop.security.Caller;
import org.regionalcoop.tasks.StaffTask;
import org.regionalcoop.tasks.StaffTasks;
import org.regionalcoop.tasks.TaskContexts;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Handing a task to a colleague of one's own government, who works it and hands it back; its owner then
 * completes it. The tasks module decides who is a colleague and whether the task may be handed on.
 */
@Controller
class DelegationPages {

    private final StaffTasks tasks;
    private final TaskContexts contexts;
    private final Agreements agreements;
    private final Confirmation confirmation;
    private final MessageSource messages;

    DelegationPages(StaffTasks tasks, TaskContexts contexts, Agreements agreements, Confirmation confirmation,
                    MessageSource messages) {
        this.tasks = tasks;
        this.contexts = contexts;
        this.agreements = agreements;
        this.confirmation = confirmation;
        this.messages = messages;
    }

    @GetMapping("/tasks/{id}/delegate")
    String form(@PathVariable String id, Model model) {
        return page(id, null, new LinkedHashMap<>(), model);
    }

    @PostMapping("/tasks/{id}/delegate")
    String delegate(@PathVariable String id, @RequestParam(defaultValue = "") String to, Model model,
                    HttpServletResponse response, RedirectAttributes redirect) {
        Caller caller = Caller.current();
        StaffTask task = contexts.get(id, caller).task();
        try {
            tasks.delegate(id, to, caller);
        } catch (InvalidRequestException refused) {
            Map<String, String> errors = new LinkedHashMap<>();
            errors.put("to", text("delegation.rule.to"));
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(id, to, errors, model);
        }
        redirect.addFlashAttribute("delegate", to);
        return confirmation.of("delegation", agreementOf(task), caller, redirect);
    }

    /** The delegate hands the task back to its owner, who completes it. */
    @PostMapping("/tasks/{id}/resolve")
    String handBack(@PathVariable String id, RedirectAttributes redirect) {
        Caller caller = Caller.current();
        StaffTask task = contexts.get(id, caller).task();
        tasks.resolve(id, caller);
        redirect.addFlashAttribute("delegate", task.owner());
        return confirmation.of("resolution", agreementOf(task), caller, redirect);
    }

    private String page(String id, String chosen, Map<String, String> errors, Model model) {
        Caller caller = Caller.current();
        StaffTask task = contexts.get(id, caller).task();
        model.addAttribute("task", task);
        model.addAttribute("agreement", agreementOf(task) == null ? null : agreements.current(agreementOf(task)));
        model.addAttribute("colleagues", tasks.colleagues(caller));
        model.addAttribute("chosen", chosen);
        model.addAttribute("errors", errors);
        return "delegate";
    }

    private static AgreementId agreementOf(StaffTask task) {
        return task.agreementId() == null ? null : AgreementId.of(task.agreementId());
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }
}
