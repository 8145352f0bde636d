package org.regionalcoop.workbench;

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

    Staff(GovernmentNames governments) {
        this.governments = governments;
    }

    record SignedIn(String user, List<String> governments) {
    }

    @ModelAttribute("me")
    SignedIn me() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated() || authentication instanceof AnonymousAuthenticationToken) {
            return null;
        }
        Caller caller = Caller.current();
        return new SignedIn(caller.userId(), caller.governments().stream().sorted().map(governments::name).toList());
    }
}
