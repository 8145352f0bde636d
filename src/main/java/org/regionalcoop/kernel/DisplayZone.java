package org.regionalcoop.kernel;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The zone of the people the platform serves. Storage, the API and events keep instants in UTC; but a person
 * reads a deadline on their own clock, and a day they type ("due 31 January", a term's last day, a meeting's day)
 * is a day of their calendar, not of Greenwich's. Wherever an instant becomes a day or a time a person reads, or a
 * day a person gave becomes an instant, it is reckoned in this zone.
 *
 * @param displayZone the ISO zone id (e.g. {@code Asia/Shanghai}) in which the workbench and the console show
 *                    times and days, and in which a day typed by a person (a due date, a period's or a term's
 *                    last day, a meeting's day) begins and ends; every government the platform serves today is
 *                    Chinese
 */
@ConfigurationProperties("platform")
public record DisplayZone(@DefaultValue("Asia/Shanghai") ZoneId displayZone) {

    /**
     * A region, not a fixed offset: an offset knows no summer time, and the database reads "UTC+8" the POSIX way,
     * as eight hours west.
     */
    public DisplayZone {
        if (displayZone.normalized() instanceof ZoneOffset offset && offset.getTotalSeconds() != 0) {
            throw new IllegalArgumentException(
                    "platform.display-zone must name a region such as Asia/Shanghai, not an offset: " + displayZone);
        }
    }

    /** The day this instant falls on for the people reading it. */
    public LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, displayZone);
    }

    /** Today on the people's calendar. */
    public LocalDate today(Clock clock) {
        return day(clock.instant());
    }

    /** The first instant of the day. */
    public Instant startOf(LocalDate day) {
        return day.atStartOfDay(displayZone).toInstant();
    }

    /**
     * The offset from UTC at that instant as people write it after "UTC": {@code +8}, {@code -3:30}, nothing for
     * UTC itself.
     */
    public String offsetAt(Instant instant) {
        int seconds = displayZone.getRules().getOffset(instant).getTotalSeconds();
        if (seconds == 0) {
            return "";
        }
        int minutes = Math.abs(seconds) / 60;
        return (seconds < 0 ? "-" : "+") + minutes / 60 + (minutes % 60 == 0 ? "" : ":%02d".formatted(minutes % 60));
    }

    /** The instant the day is over: the start of the next, so "due 31 January" holds all of 31 January. */
    public Instant endOf(LocalDate day) {
        return startOf(day.plusDays(1));
    }
}
