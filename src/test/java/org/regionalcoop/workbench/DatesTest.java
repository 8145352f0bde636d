package org.regionalcoop.workbench;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.regionalcoop.kernel.DisplayZone;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** What a reader sees of an instant: the day and time on their own clock, which names its zone in their language. */
class DatesTest {

    private static final Instant LATE_IN_GREENWICH = Instant.parse("2026-12-06T23:30:00Z");

    @AfterEach
    void resetLanguage() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void aTimeLateAtNightUtcShowsAsTheNextMorningInBeijingNamingItsZone() {
        Dates dates = dates("Asia/Shanghai");

        LocaleContextHolder.setLocale(Languages.CHINESE);
        assertThat(dates.day(LATE_IN_GREENWICH)).isEqualTo("2026年12月7日");
        assertThat(dates.shortDay(LATE_IN_GREENWICH)).isEqualTo("12月7日");
        assertThat(dates.time(LATE_IN_GREENWICH)).isEqualTo("2026年12月7日 07:30 中国标准时间（UTC+8）");

        LocaleContextHolder.setLocale(Languages.ENGLISH);
        assertThat(dates.day(LATE_IN_GREENWICH)).isEqualTo("7 December 2026");
        assertThat(dates.time(LATE_IN_GREENWICH)).isEqualTo("7 December 2026 07:30 China Standard Time (UTC+8)");
    }

    @Test
    void anotherZoneReadsRightWithItsOwnNameAndSeason() {
        Dates dates = dates("Europe/Berlin");
        Instant summer = Instant.parse("2027-07-01T22:30:00Z");

        LocaleContextHolder.setLocale(Languages.ENGLISH);
        assertThat(dates.time(summer)).isEqualTo("2 July 2027 00:30 Central European Summer Time (UTC+2)");
        assertThat(dates.time(LATE_IN_GREENWICH)).isEqualTo("7 December 2026 00:30 Central European Standard Time (UTC+1)");
        LocaleContextHolder.setLocale(Languages.CHINESE);
        assertThat(dates.time(summer)).isEqualTo("2027年7月2日 00:30 中欧夏令时间（UTC+2）");

        LocaleContextHolder.setLocale(Languages.ENGLISH);
        assertThat(dates("UTC").time(LATE_IN_GREENWICH)).isEqualTo("6 December 2026 23:30 Coordinated Universal Time (UTC)");
    }

    @Test
    void aTypedDayRoundTripsThroughTheInstantItBecomes() {
        Dates dates = dates("Asia/Shanghai");
        DisplayZone zone = new DisplayZone(ZoneId.of("Asia/Shanghai"));
        LocaleContextHolder.setLocale(Languages.CHINESE);

        LocalDate typed = dates.parse("２０２７年１月３１日").orElseThrow();
        Instant startOfIt = zone.startOf(typed);

        assertThat(startOfIt).as("the day begins eight hours before Greenwich's").isEqualTo(Instant.parse("2027-01-30T16:00:00Z"));
        assertThat(dates.day(startOfIt)).isEqualTo("2027年1月31日");
        assertThat(dates.day(zone.endOf(typed).minusSeconds(1))).isEqualTo("2027年1月31日");
        assertThat(dates.dueDay(zone.endOf(typed))).as("due by the end of the day typed").isEqualTo("2027年1月31日");
        assertThat(dates.dueDay(zone.endOf(typed).plusSeconds(1))).isEqualTo("2027年2月1日");
    }

    @Test
    void aSpreadsheetWritesTimesOnTheReadersClockAndItsHeaderNamesTheZone() {
        Dates dates = dates("Asia/Shanghai");
        ResourceBundleMessageSource messages = Bundles.messages();

        assertThat(dates.csvTime(LATE_IN_GREENWICH)).isEqualTo("2026-12-07 07:30:00");
        assertThat(dates.csvTime(null)).isEmpty();
        LocaleContextHolder.setLocale(Languages.CHINESE);
        assertThat(messages.getMessage("ledger.csv.recordedAt", dates.columnZone(), Languages.CHINESE))
                .isEqualTo("记录时间（中国时间，UTC+8）");
        LocaleContextHolder.setLocale(Languages.ENGLISH);
        assertThat(messages.getMessage("settlement.csv.confirmed-at", dates.columnZone(), Languages.ENGLISH))
                .isEqualTo("Received at: China Time (UTC+8)");
    }

    private static Dates dates(String zone) {
        return new Dates(new DisplayZone(ZoneId.of(zone)), Bundles.messages(), Clock.fixed(LATE_IN_GREENWICH, ZoneId.of("UTC")));
    }
}
