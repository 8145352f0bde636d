package org.regionalcoop.security;

import org.junit.jupiter.api.Test;
import org.regionalcoop.PlatformTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Single sign-on to the Camunda webapps: signed in to the workbench, a member of staff is signed in to the webapps
 * as the same user with the same groups, without a second login; the engine's application authorizations decide
 * which webapps open; Camunda's CSRF token is still required; signing out of a webapp signs out of both.
 */
@PlatformTest
class WebappLoginTest {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Test
    void aStrangerIsSentToTheWorkbenchLoginAndBackToTheTasklist() throws Exception {
        Browser browser = new Browser();
        HttpResponse<String> tasklist = browser.get("/camunda/app/tasklist/default/");
        assertThat(tasklist.statusCode()).isEqualTo(302);
        assertThat(tasklist.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/login"));
        assertThat(browser.get("/camunda/api/engine/engine/default/task").statusCode()).isEqualTo(401);
        HttpResponse<String> texts = browser.get("/camunda/app/tasklist/locales/zh.json");
        assertThat(texts.statusCode()).as("the webapps' texts, which the sign-in page stores for them").isEqualTo(200);
        assertThat(texts.body()).contains("\"labels\"");

        HttpResponse<String> login = browser.signIn("sh.coordinator");
        assertThat(login.headers().firstValue("Location")).as("back where the stranger was going")
                .hasValueSatisfying(to -> assertThat(to).contains("/camunda/app/tasklist/default/"));
    }

    @Test
    void aCoordinatorSignedInToTheWorkbenchOpensTheTasklistAsTheSameUserButNotCockpit() throws Exception {
        Browser browser = new Browser();
        browser.signIn("sh.coordinator");

        assertThat(browser.get("/camunda/app/tasklist/default/").statusCode()).isEqualTo(200);
        String signedIn = browser.get("/camunda/api/admin/auth/user/default").body();
        assertThat(signedIn).contains("\"userId\":\"sh.coordinator\"", "\"tasklist\"").doesNotContain("\"cockpit\"");
        assertThat(browser.get("/camunda/api/engine/engine/default/task/count").statusCode())
                .as("the webapp's calls to the engine need no second login").isEqualTo(200);
        assertThat(browser.cookie("JSESSIONID").isHttpOnly()).isTrue();
    }

    @Test
    void anAdministratorOpensCockpit() throws Exception {
        Browser browser = new Browser();
        browser.signIn("admin");
        browser.get("/camunda/app/cockpit/default/");

        assertThat(browser.get("/camunda/api/admin/auth/user/default").body()).contains("\"cockpit\"", "\"admin\"");
    }

    @Test
    void theWebappsStillWantCamundasCsrfTokenAndSigningOutThereSignsOutOfBoth() throws Exception {
        Browser browser = new Browser();
        browser.signIn("bj.coordinator");
        browser.get("/camunda/app/tasklist/default/");

        HttpResponse<String> withoutToken = browser.http.send(browser.post("/camunda/api/admin/auth/user/default/logout")
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(withoutToken.statusCode()).isEqualTo(403);
        // Camunda ends a session that sent a request without its token: sign in again.
        browser.signIn("bj.coordinator");
        browser.get("/camunda/app/tasklist/default/");
        assertThat(browser.get("/").statusCode()).isEqualTo(200);

        HttpResponse<String> logout = browser.http.send(browser.post("/camunda/api/admin/auth/user/default/logout")
                .header("X-XSRF-TOKEN", browser.cookie("XSRF-TOKEN").getValue()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(logout.statusCode()).isEqualTo(200);
        assertThat(browser.get("/").statusCode()).as("signed out of the workbench too").isEqualTo(302);
        assertThat(browser.get("/camunda/api/admin/auth/user/default").statusCode()).isEqualTo(401);
    }

    @Test
    void signingOutOfTheWorkbenchSignsOutOfTheWebapps() throws Exception {
        Browser browser = new Browser();
        browser.signIn("bj.coordinator");
        browser.get("/camunda/app/tasklist/default/");
        String token = browser.csrfOf(browser.get("/").body());

        browser.http.send(browser.post("/logout").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + token)).build(), HttpResponse.BodyHandlers.discarding());

        assertThat(browser.get("/camunda/api/engine/engine/default/task/count").statusCode()).isEqualTo(401);
        assertThat(browser.get("/camunda/app/tasklist/default/").statusCode()).isEqualTo(302);
    }

    /**
     * A webapp's page allows its scripts by the nonce of its Content-Security-Policy. Camunda kept that nonce on the
     * servlet context, shared by every request, between the header and the page: another webapp request in between
     * gave the page another nonce, the browser refused every script on it and the webapp never started (Cockpit's
     * splash spinner for good). Pages asked for while other webapp calls are under way each carry their own nonce.
     */
    @Test
    void eachWebappPageCarriesTheNonceOfItsOwnContentSecurityPolicyWhileOtherCallsAreUnderWay() throws Exception {
        Browser browser = new Browser();
        browser.signIn("admin");
        List<CompletableFuture<HttpResponse<String>>> pages = new ArrayList<>();
        List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            pages.add(browser.getLater("/camunda/app/" + List.of("cockpit", "tasklist", "admin").get(i % 3) + "/default/"));
            calls.add(browser.getLater("/camunda/api/engine/engine/"));
        }
        CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).get(PlatformTest.PATIENCE.toSeconds(), TimeUnit.SECONDS);
        for (CompletableFuture<HttpResponse<String>> answer : pages) {
            HttpResponse<String> page = answer.get(PlatformTest.PATIENCE.toSeconds(), TimeUnit.SECONDS);
            assertThat(page.statusCode()).isEqualTo(200);
            Matcher policy = Pattern.compile("'nonce-([^']+)'").matcher(
                    page.headers().firstValue("Content-Security-Policy").orElseThrow());
            assertThat(policy.find()).as("the page's policy names a nonce").isTrue();
            List<String> scripts = Pattern.compile("<script[^>]* nonce=\"([^\"]*)\"").matcher(page.body()).results()
                    .map(script -> script.group(1)).toList();
            assertThat(scripts).as("the nonces of %s's scripts", page.uri().getPath()).isNotEmpty().containsOnly(policy.group(1));
        }
    }

    private final class Browser {

        private final CookieManager cookies = new CookieManager();
        private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).build();

        HttpResponse<String> signIn(String user) throws IOException, InterruptedException {
            String token = csrfOf(get("/login").body());
            HttpResponse<String> login = http.send(post("/login")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + PlatformTest.DEMO_PASSWORD
                            + "&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8)))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(login.statusCode()).isEqualTo(302);
            assertThat(login.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).doesNotContain("error"));
            return login;
        }

        String csrfOf(String page) {
            Matcher field = CSRF_FIELD.matcher(page);
            assertThat(field.find()).as("a form with its CSRF token").isTrue();
            return field.group(1);
        }

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(url(path)).header("Accept-Language", "en").build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        CompletableFuture<HttpResponse<String>> getLater(String path) {
            return http.sendAsync(HttpRequest.newBuilder(url(path)).header("Accept-Language", "en").build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpRequest.Builder post(String path) {
            return HttpRequest.newBuilder(url(path)).POST(HttpRequest.BodyPublishers.noBody());
        }

        HttpCookie cookie(String name) {
            return cookies.getCookieStore().getCookies().stream()
                    .filter(cookie -> cookie.getName().equals(name)).findFirst()
                    .orElseThrow(() -> new AssertionError("no " + name + " cookie"));
        }

        URI url(String path) {
            return URI.create("http://localhost:" + port + path);
        }
    }
}
