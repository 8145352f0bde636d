package org.regionalcoop.workbench;

import org.regionalcoop.PlatformTest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The workbench as the page tests reach it: through its security filters, a demo login signed in through the login
 * form as a browser would, and a page read in a language.
 */
public final class WorkbenchLogin {

    private WorkbenchLogin() {
    }

    /** The workbench behind its security filters, as a browser meets it. */
    public static MockMvc workbench(WebApplicationContext context) {
        return MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    public static MockHttpSession signIn(MockMvc mvc, String user) throws Exception {
        MvcResult login = mvc.perform(post("/login").with(csrf()).param("username", user)
                        .param("password", PlatformTest.DEMO_PASSWORD))
                .andExpect(redirectedUrl("/")).andReturn();
        return (MockHttpSession) login.getRequest().getSession(false);
    }

    /** The page as the signed-in login reads it in this language (an Accept-Language value); it must be there. */
    public static String page(MockMvc mvc, String path, MockHttpSession session, String language) throws Exception {
        return mvc.perform(get(path).session(session).header("Accept-Language", language))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
