package org.regionalcoop.workbench;

import org.junit.jupiter.api.Test;
import org.regionalcoop.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The workbench's static files and WebJars are served from their own folders, and nothing else is looked for
 * among static files: a page's links to other pages are left as they are without a search of the class path.
 */
@PlatformTest
class StaticAssetsTest {

    @Autowired
    TestRestTemplate anonymous;

    @Autowired
    ResourceUrlProvider resourceUrls;

    @Test
    void theStylesheetAndAWebJarWithoutItsVersionAreServed() {
        assertThat(anonymous.getForEntity("/css/workbench.css", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(anonymous.getForEntity("/webjars/htmx.org/dist/htmx.min.js", String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void onlyTheStaticFoldersAreMappedToFiles() {
        assertThat(resourceUrls.getHandlerMap().keySet())
                .contains("/css/**", "/js/**", "/diagram-viewer/**", "/webjars/**").doesNotContain("/**");
        assertThat(resourceUrls.getForLookupPath("/tasks/42")).isNull();
        assertThat(resourceUrls.getForLookupPath("/css/workbench.css")).isEqualTo("/css/workbench.css");
    }
}
