package org.regionalcoop.security;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DemoLoginsGuardTest {

    @Test
    void demoLoginsAreRefusedOutsideTheLocalProfile() {
        MockEnvironment production = new MockEnvironment();
        production.setActiveProfiles("production");

        assertThatThrownBy(() -> new DemoLogins(production, new DemoLoginProperties(true, "demo"), null, null, null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("allowed only with the 'local' profile");
    }

    @Test
    void demoLoginsNeedAPassword() {
        MockEnvironment local = new MockEnvironment();
        local.setActiveProfiles("local");

        assertThatThrownBy(() -> new DemoLogins(local, new DemoLoginProperties(true, " "), null, null, null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("platform.security.demo-logins.password");
    }
}
