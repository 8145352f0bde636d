package org.regionalcoop.workbench;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.annotation.Value;
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

    /**
     * The version the Camunda webapps key their stored texts by ({@code window.bust}): the engine's, which the webapps
     * are released with.
     */
    private static final String WEBAPPS_VERSION = ProcessEngine.class.getPackage().getImplementationVersion();

    private final ObjectProvider<ClientRegistrationRepository> identityProviders;
    private final String webapps;

    LoginPage(ObjectProvider<ClientRegistrationRepository> identityProviders,
              @Value("${camunda.bpm.webapp.application-path:/camunda}") String webapps) {
        this.identityProviders = identityProviders;
        this.webapps = webapps;
    }

    @GetMapping("/login")
    String login(Model model) {
        List<ClientRegistration> providers = new ArrayList<>();
        if (identityProviders.getIfAvailable() instanceof Iterable<?> registrations) {
            registrations.forEach(registration -> providers.add((ClientRegistration) registration));
        }
        model.addAttribute("providers", providers);
        model.addAttribute("webapps", webapps);
        model.addAttribute("webappsVersion", WEBAPPS_VERSION);
        return "login";
    }
}
