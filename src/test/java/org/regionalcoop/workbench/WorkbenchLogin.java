package org.regionalcoop.workbench;

import org.regionalcoop.PlatformTest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/** Signs a demo login in through the workbench's login form, as a browser would, for page tests. */
public final class WorkbenchLogin {

    private WorkbenchLogin() {
    }

    public static MockHttpSession signIn(MockMvc mvc, String user) throws Exception {
        MvcResult login = mvc.perform(post("/login").with(csrf()).param("username", user)
                        .param("password", PlatformTest.DEMO_PASSWORD))
                .andExpect(redirectedUrl("/")).andReturn();
        return (MockHttpSession) login.getRequest().getSession(false);
    }
}
