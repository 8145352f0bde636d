package org.regionalcoop.workbench;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.regionalcoop.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A timeline names a government's system by the government and the platform by the rule it applied, in the reader's
 * language, never by a source URN or an internal name.
 */
@PlatformTest
class GovernmentNamesTest {

    @Autowired
    GovernmentNames governments;

    @AfterEach
    void forgetTheLanguage() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void aSystemIsNamedByItsGovernmentAndStaffByTheirLogin() {
        LocaleContextHolder.setLocale(Languages.CHINESE);
        assertThat(governments.actor("urn:gov:hn-cs:cooperation-office")).isEqualTo("长沙市");
        assertThat(governments.actor("urn:gov:sh")).isEqualTo("上海市");
        LocaleContextHolder.setLocale(Languages.ENGLISH);
        assertThat(governments.actor("urn:gov:hn-cs:cooperation-office")).isEqualTo("Changsha");
        assertThat(governments.actor("hn-cs.finance_officer")).isEqualTo("hn-cs.finance_officer");
        assertThat(governments.actor("urn:gov:atlantis:office")).as("a source the registry does not know")
                .isEqualTo("urn:gov:atlantis:office");
    }

    @Test
    void thePlatformIsNamedByTheRuleItApplied() {
        LocaleContextHolder.setLocale(Languages.CHINESE);
        assertThat(governments.actor("platform:renewal")).isEqualTo("平台（续签）");
        assertThat(governments.actor("platform:a-rule-not-named")).isEqualTo("平台");
        assertThat(governments.actor("silence")).as("a settlement confirmed because nobody answered in time")
                .isEqualTo("无人（逾期未答复）");
        LocaleContextHolder.setLocale(Languages.ENGLISH);
        assertThat(governments.actor("platform:grant_eligibility")).isEqualTo("The platform (grant rules)");
    }
}
