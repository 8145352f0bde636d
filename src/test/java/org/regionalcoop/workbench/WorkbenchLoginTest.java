package org.regionalcoop.workbench;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regionalcoop.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The workbench's own login: the API's identities, CSRF on every form, a new session at login, a real logout. */
@PlatformTest
class WorkbenchLoginTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    TestRestTemplate http;

    MockMvc mvc;

    @BeforeEach
    void browser() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void aStrangerIsSentToTheLoginPageInTheirLanguage() throws Exception {
        mvc.perform(get("/")).andExpect(status().isFound()).andExpect(header().string("Location", containsString("/login")));
        mvc.perform(get("/login").header("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.8"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("登录")))
                .andExpect(content().string(containsString("name=\"_csrf\"")));
        mvc.perform(get("/login").header("Accept-Language", "fr-FR"))
                .andExpect(content().string(containsString("Sign in")));
    }

    @Test
    void aLoginWithoutTheFormsCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/login").param("username", "bj.coordinator").param("password", PlatformTest.DEMO_PASSWORD))
                .andExpect(status().isForbidden());
    }

    @Test
    void aWrongPasswordComesBackToTheLoginPageWithAMessage() throws Exception {
        mvc.perform(post("/login").with(csrf()).param("username", "xj-cj.coordinator").param("password", "wrong"))
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(get("/login").param("error", "").header("Accept-Language", "en"))
                .andExpect(content().string(containsString("The user name or the password is wrong")));
    }

    @Test
    void aLoginGetsANewSessionSoAPlantedOneIsWorthless() throws Exception {
        MockHttpSession planted = new MockHttpSession();
        String plantedId = planted.getId();

        MvcResult login = mvc.perform(post("/login").session(planted).with(csrf())
                        .param("username", "bj.coordinator").param("password", PlatformTest.DEMO_PASSWORD))
                .andExpect(redirectedUrl("/")).andReturn();

        assertThat(login.getRequest().getSession(false).getId()).isNotEqualTo(plantedId);
    }

    @Test
    void everyFormNeedsTheCsrfTokenAndLogoutEndsTheSession() throws Exception {
        MockHttpSession session = (MockHttpSession) mvc.perform(post("/login").with(csrf())
                        .param("username", "bj.coordinator").param("password", PlatformTest.DEMO_PASSWORD))
                .andReturn().getRequest().getSession(false);
        mvc.perform(get("/").session(session).header("Accept-Language", "en"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("bj.coordinator")))
                .andExpect(content().string(containsString("Beijing")));

        mvc.perform(post("/tasks/anything/claim").session(session)).andExpect(status().isForbidden());
        mvc.perform(post("/logout").session(session)).andExpect(status().isForbidden());

        mvc.perform(post("/logout").session(session).with(csrf())).andExpect(redirectedUrl("/login?logout"));
        assertThat(session.isInvalid()).isTrue();
        mvc.perform(get("/").session(session)).andExpect(status().isFound());
    }

    @Test
    void aFormSentWithAnExpiredSessionsTokenSaysThePageExpiredInTheReadersLanguage() {
        HttpHeaders browser = new HttpHeaders();
        browser.setAccept(List.of(MediaType.TEXT_HTML, MediaType.ALL));
        browser.setAcceptLanguageAsLocales(List.of(Locale.SIMPLIFIED_CHINESE));
        browser.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        ResponseEntity<String> expired = http.exchange("/tasks/anything", HttpMethod.POST,
                new HttpEntity<>("answer=consent&_csrf=from-the-old-session", browser), String.class);

        assertThat(expired.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(expired.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
        assertThat(expired.getBody()).contains("此页面已过期", "请重新打开该页面").doesNotContain("\"type\"", "denied");
    }

    @Test
    void anAddressWithNothingBehindItIsAPageForABrowserAndProblemJsonForAClient() {
        HttpHeaders browser = new HttpHeaders();
        browser.setAccept(List.of(MediaType.TEXT_HTML, MediaType.ALL));
        browser.setAcceptLanguageAsLocales(List.of(Locale.ENGLISH));
        ResponseEntity<String> page = http.exchange("/css/no-such-sheet.css", HttpMethod.GET, new HttpEntity<>(browser), String.class);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(page.getBody()).contains("Page not found", "Back to my work").doesNotContain("No endpoint");

        ResponseEntity<String> problem = http.getForEntity("/css/no-such-sheet.css", String.class);
        assertThat(problem.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(problem.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void anAddressChangedByHandIsAPageNotTheApisJson() throws Exception {
        MockHttpSession session = WorkbenchLogin.signIn(mvc, "bj.coordinator");
        mvc.perform(get("/").param("page", "abc").session(session).header("Accept-Language", "zh-CN"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("此网址不正确")))
                .andExpect(content().string(containsString("返回")));

        // An address no page answers: a browser is sent to the error page (above), not given the API's JSON.
        mvc.perform(get("/no/such/page").session(session).accept(MediaType.TEXT_HTML))
                .andExpect(status().isNotFound()).andExpect(content().string(""));
        mvc.perform(get("/no/such/page").session(session).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isNotFound()).andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void theApiKeepsItsOwnLoginAndTheWebappsShareTheWorkbenchs() throws Exception {
        assertThat(http.getForEntity("/api/tasks", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        mvc.perform(get("/camunda/app/tasklist/default/"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("http://localhost/login"));
    }
}
