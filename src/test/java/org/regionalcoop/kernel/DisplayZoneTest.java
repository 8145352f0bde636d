package org.regionalcoop.kernel;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Days and instants on the governments' calendar, Beijing's by default, while everything stored stays UTC. */
class DisplayZoneTest {

    private static final DisplayZone SHANGHAI = new DisplayZone(ZoneId.of("Asia/Shanghai"));

    @Test
    void halfPastElevenAtNightUtcIsTheNextMorningInShanghai() {
        Instant lateInGreenwich = Instant.parse("2026-12-06T23:30:00Z");

        assertThat(SHANGHAI.day(lateInGreenwich)).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(SHANGHAI.today(Clock.fixed(lateInGreenwich, ZoneId.of("UTC")))).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(new DisplayZone(ZoneId.of("UTC")).day(lateInGreenwich)).isEqualTo(LocalDate.of(2026, 12, 6));
    }

    @Test
    void aTypedDayHoldsTheWholeDayInTheZoneAndReadsBackAsTheSameDay() {
        LocalDate due = LocalDate.of(2027, 1, 31);

        assertThat(SHANGHAI.startOf(due)).isEqualTo(Instant.parse("2027-01-30T16:00:00Z"));
        assertThat(SHANGHAI.endOf(due)).isEqualTo(Instant.parse("2027-01-31T16:00:00Z"));
        assertThat(SHANGHAI.day(SHANGHAI.startOf(due))).isEqualTo(due);
        assertThat(SHANGHAI.day(SHANGHAI.endOf(due).minusNanos(1))).as("the day's last moment").isEqualTo(due);
        assertThat(SHANGHAI.day(SHANGHAI.endOf(due))).isEqualTo(due.plusDays(1));
    }

    @Test
    void aDayOfAZoneThatChangesItsClocksIsAsLongAsTheZoneMakesIt() {
        DisplayZone berlin = new DisplayZone(ZoneId.of("Europe/Berlin"));
        LocalDate summerTimeBegins = LocalDate.of(2027, 3, 28);

        assertThat(berlin.startOf(summerTimeBegins)).isEqualTo(Instant.parse("2027-03-27T23:00:00Z"));
        assertThat(berlin.endOf(summerTimeBegins)).isEqualTo(Instant.parse("2027-03-28T22:00:00Z"));
    }

    @Test
    void theOffsetIsWrittenAsPeopleWriteItAfterUtc() {
        Instant winter = Instant.parse("2027-01-15T12:00:00Z");

        assertThat(SHANGHAI.offsetAt(winter)).isEqualTo("+8");
        assertThat(new DisplayZone(ZoneId.of("UTC")).offsetAt(winter)).isEmpty();
        assertThat(new DisplayZone(ZoneId.of("Asia/Kolkata")).offsetAt(winter)).isEqualTo("+5:30");
        assertThat(new DisplayZone(ZoneId.of("America/St_Johns")).offsetAt(winter)).isEqualTo("-3:30");
        assertThat(new DisplayZone(ZoneId.of("Europe/Berlin")).offsetAt(Instant.parse("2027-07-15T12:00:00Z"))).isEqualTo("+2");
    }

    @Test
    void aFixedOffsetIsRefusedForARegionWhileUtcItselfIsAccepted() {
        assertThatThrownBy(() -> new DisplayZone(ZoneId.of("+08:00"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("platform.display-zone").hasMessageContaining("Asia/Shanghai");
        assertThatThrownBy(() -> new DisplayZone(ZoneId.of("UTC+8"))).isInstanceOf(IllegalArgumentException.class);
        assertThat(new DisplayZone(ZoneId.of("UTC")).day(Instant.parse("2027-01-01T00:00:00Z"))).isEqualTo(LocalDate.of(2027, 1, 1));
    }
}
