package org.regionalcoop.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Single sign-on to the Camunda webapps: whoever signed in to the workbench (the login form or the identity
 * provider) is signed in to the Tasklist, Cockpit and Admin as the same user with the same candidate groups,
 * Camunda's container-based authentication fed from Spring Security. The webapp's session login is built
 * from the groups the sign-in gave, not from engine users: staff signed in through the identity provider
 * have none. Which webapps open is still the engine's application authorizations on those groups.
 */
class WebappSignOn extends ContainerBasedAuthenticationFilter {

    @Override
    public void init(FilterConfig filterConfig) {
        authenticationProvider = new SignedInStaff();
    }

    @Override
    protected UserAuthentication createAuthentication(ProcessEngine engine, String userId, List<String> groups,
                                                      List<String> tenants) {
        // As Camunda's own login does: the application authorizations are read without anyone's authentication.
        engine.getIdentityService().clearAuthentication();
        AuthorizationService authorizations = engine.getAuthorizationService();
        Set<String> apps = new HashSet<>(Set.of(AuthenticationUtil.APP_WELCOME));
        for (String app : AuthenticationUtil.APPS) {
            boolean authorized = !engine.getProcessEngineConfiguration().isAuthorizationEnabled()
                    || authorizations.isUserAuthorized(userId, groups, Permissions.ACCESS, Resources.APPLICATION, app);
            if (authorized) {
                apps.add(app);
            }
        }
        UserAuthentication authentication = new UserAuthentication(userId, engine.getName());
        authentication.setGroupIds(groups);
        authentication.setTenantIds(tenants);
        authentication.setAuthorizedApps(apps);
        return authentication;
    }

    /** The member of staff Spring Security has authenticated for this request, with the groups of their sign-in. */
    private static final class SignedInStaff implements AuthenticationProvider {

        @Override
        public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
            Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
            if (signedIn == null || !signedIn.isAuthenticated() || signedIn instanceof AnonymousAuthenticationToken) {
                return AuthenticationResult.unsuccessful();
            }
            Caller caller = Caller.current();
            AuthenticationResult result = AuthenticationResult.successful(caller.userId());
            result.setGroups(new ArrayList<>(caller.groups()));
            result.setTenants(new ArrayList<>());
            return result;
        }

        @Override
        public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
            // Spring Security sends the login page or the 401 before a request gets here unauthenticated.
        }
    }

    /**
     * Signing out of a webapp signs out of the workbench too: once Camunda's logout went through (its CSRF
     * check included), the whole session ends, Spring Security's login with it.
     */
    static final class SignOut implements jakarta.servlet.Filter {

        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                throws IOException, ServletException {
            chain.doFilter(request, response);
            HttpServletRequest http = (HttpServletRequest) request;
            int status = ((HttpServletResponse) response).getStatus();
            if ("POST".equals(http.getMethod()) && http.getRequestURI().endsWith("/logout") && status < 300) {
                HttpSession session = http.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
                SecurityContextHolder.clearContext();
            }
        }
    }
}
