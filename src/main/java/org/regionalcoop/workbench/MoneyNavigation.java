package org.regionalcoop.workbench;

import org.regionalcoop.grants.GrantProgrammes;
import org.regionalcoop.security.Caller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Whether the header offers the grant programmes: to the agencies' grant officers and administrators only. */
@ControllerAdvice(basePackageClasses = MoneyNavigation.class)
class MoneyNavigation {

    private final GrantProgrammes programmes;
    private final Staff staff;

    MoneyNavigation(GrantProgrammes programmes, Staff staff) {
        this.programmes = programmes;
        this.staff = staff;
    }

    @ModelAttribute("seesProgrammes")
    boolean seesProgrammes() {
        return staff.me() != null && programmes.seesProgrammes(Caller.current());
    }
}
