package org.regionalcoop.workbench;

import org.regionalcoop.agreements.Agreements;
import org.regionalcoop.kernel.AgreementId;
import org.regionalcoop.security.Caller;
import org.regionalcoop.tasks.StaffTasks;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * After every change a page made: what was done, where the agreement stands now and the caller's next
 * tasks on it, on the confirmation page ({@code /done}).
 */
@Component
class Confirmation {

    private final Agreements agreements;
    private final AgreementFacts facts;
    private final StaffTasks tasks;

    Confirmation(Agreements agreements, AgreementFacts facts, StaffTasks tasks) {
        this.agreements = agreements;
        this.facts = facts;
        this.tasks = tasks;
    }

    /** Shows the confirmation of this step, e.g. {@code project-registration}; the agreement may be none. */
    String of(String step, AgreementId agreementId, Caller caller, RedirectAttributes redirect) {
        redirect.addFlashAttribute("step", step);
        if (agreementId != null) {
            redirect.addFlashAttribute("agreement", agreements.current(agreementId));
            redirect.addFlashAttribute("mayOpen", facts.mayOpen(agreementId, caller));
            redirect.addFlashAttribute("next", tasks.mine(caller,
                    new StaffTasks.Filter(agreementId.toString(), null, null, null), 0, MyWork.PAGE_SIZE).tasks());
        }
        return "redirect:/done";
    }
}
