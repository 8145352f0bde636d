package org.regionalcoop.security;

import org.junit.jupiter.api.Test;
import org.regionalcoop.PlatformTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** The webapps log in with the same identities, and their authorizations decide which apps open. */
@PlatformTest
class WebappLoginTest {

    @LocalServerPort
    int port;

    @Test
    void aCoordinatorOpensTasklistButNotCockpit() throws Exception {
        Browser browser = new Browser();

        HttpResponse<String> tasklist = browser.login("sh.coordinator", "tasklist");
        assertThat(tasklist.statusCode()).isEqualTo(200);
        assertThat(tasklist.body()).contains("\"userId\":\"sh.coordinator\"").contains("tasklist");
        assertThat(browser.cookie("JSESSIONID").isHttpOnly()).isTrue();

        assertThat(new Browser().login("sh.coordinator", "cockpit").statusCode()).isEqualTo(403);
    }

    @Test
    void anAdministratorOpensCockpit() throws Exception {
        assertThat(new Browser().login("admin", "cockpit").statusCode()).isEqualTo(200);
    }

    @Test
    void aLoginWithoutTheCsrfTokenIsRefused() throws Exception {
        Browser browser = new Browser();
        HttpResponse<String> response = browser.http.send(HttpRequest.newBuilder(browser.url(
                        "/camunda/api/admin/auth/user/default/login/tasklist"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=" + PlatformTest.DEMO_PASSWORD))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(403);
    }

    private final class Browser {

        private final CookieManager cookies = new CookieManager();
        private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).build();

        HttpResponse<String> login(String user, String app) throws IOException, InterruptedException {
            http.send(HttpRequest.newBuilder(url("/camunda/app/" + app + "/default/")).build(),
                    HttpResponse.BodyHandlers.discarding());
            return http.send(HttpRequest.newBuilder(url("/camunda/api/admin/auth/user/default/login/" + app))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .header("X-XSRF-TOKEN", cookie("XSRF-TOKEN").getValue())
                            .POST(HttpRequest.BodyPublishers.ofString(
                                    "username=" + user + "&password=" + PlatformTest.DEMO_PASSWORD))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
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
