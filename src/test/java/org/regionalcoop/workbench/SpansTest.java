package org.regionalcoop.workbench;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class SpansTest {

    private final Spans spans = new Spans(Bundles.messages());

    @AfterEach
    void forgetTheLanguage() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void namesOnlyTheUnitsThatCount() {
        LocaleContextHolder.setLocale(Languages.ENGLISH);
        assertThat(spans.words(Duration.ofMinutes(5))).isEqualTo("5 min");
        assertThat(spans.words(Duration.ofHours(24))).isEqualTo("24 h");
        assertThat(spans.words(Duration.parse("PT1H30M5S"))).isEqualTo("1 h 30 min 5 s");
        assertThat(spans.words(Duration.ZERO)).isEqualTo("0 s");
        assertThat(spans.words(Duration.ofMillis(400))).as("less than a second").isEqualTo("0 s");
    }

    @Test
    void speaksChinese() {
        LocaleContextHolder.setLocale(Languages.CHINESE);
        assertThat(spans.words(Duration.ofMinutes(5))).isEqualTo("5 分钟");
        assertThat(spans.words(Duration.parse("PT2H7S"))).isEqualTo("2 小时 7 秒");
        assertThat(spans.words(Duration.ZERO)).isEqualTo("0 秒");
    }
}
