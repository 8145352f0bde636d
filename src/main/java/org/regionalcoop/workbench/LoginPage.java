package org.regionalcoop.workbench;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.util.ArrayList;
import java.util.List;

/**
 * The sign-in page: the login form, checked against the same identities as the API, and a button per
 * identity provider when one is configured.
 */
@Controller
class LoginPage {

    private final ObjectProvider<ClientRegistrationRepository> identityProviders;

    LoginPage(ObjectProvider<ClientRegistrationRepository> identityProviders) {
        this.identityProviders = identityProviders;
    }

    @GetMapping("/login")
    String login(Model model) {
        List<ClientRegistration> providers = new ArrayList<>();
        if (identityProviders.getIfAvailable() instanceof Iterable<?> registrations) {
            registrations.forEach(registration -> providers.add((ClientRegistration) registration));
        }
        model.addAttribute("providers", providers);
        return "login";
    }
}
