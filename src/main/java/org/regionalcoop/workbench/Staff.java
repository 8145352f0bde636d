package org.regionalcoop.workbench;

import org.regionalcoop.organizations.GovernmentCode;
import org.regionalcoop.organizations.GovernmentKind;
import org.regionalcoop.organizations.Organizations;
import org.regionalcoop.security.Caller;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import java.util.List;

/** Who is signed in, for the header of every workbench page: their name and their governments. */
@ControllerAdvice(basePackageClasses = Staff.class)
class Staff {

    private final GovernmentNames governments;
    private final Organizations organizations;

    Staff(GovernmentNames governments, Organizations organizations) {
        this.governments = governments;
        this.organizations = organizations;
    }

    /**
     * @param console  whether the administrators' and agencies' pages are offered: the board and those beside it
     * @param proposes whether proposing an agreement is offered: to coordinators, who alone may propose (a leader who
     *                 only signs once filled in the whole form to be told so when sending it)
     */
    record SignedIn(String user, List<String> governments, boolean console, boolean proposes) {
    }

    @ModelAttribute("me")
    SignedIn me() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated() || authentication instanceof AnonymousAuthenticationToken) {
            return null;
        }
        Caller caller = Caller.current();
        return new SignedIn(caller.userId(), caller.governments().stream().sorted().map(governments::name).toList(),
                caller.isAdministrator() || caller.governments().stream().anyMatch(this::isAgency),
                caller.groups().stream().anyMatch(group -> group.endsWith(ProposalPages.COORDINATORS)));
    }

    private boolean isAgency(String code) {
        return organizations.find(new GovernmentCode(code))
                .filter(government -> government.kind() == GovernmentKind.COORDINATION_AGENCY).isPresent();
    }
}
