package org.regionalcoop.workbench;

import org.regionalcoop.kernel.DisplayZone;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Optional;

/**
 * Dates as the reader writes them: 2026年12月5日 in Chinese, 5 December 2026 in English; days and times on the
 * readers' clock ({@link DisplayZone}), each time naming its zone in the reader's language.
 */
@Component("dates")
public class Dates {

    private static final DateTimeFormatter CHINESE_DAY = DateTimeFormatter.ofPattern("uuuu年M月d日", Locale.CHINESE);
    private static final DateTimeFormatter ENGLISH_DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter CHINESE_SHORT_DAY = DateTimeFormatter.ofPattern("M月d日", Locale.CHINESE);
    private static final DateTimeFormatter ENGLISH_SHORT_DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
    /** The zone's own name for the season the time falls in (China Standard Time, 中欧夏令时间). */
    private static final DateTimeFormatter ZONE_NAME = DateTimeFormatter.ofPattern("zzzz");

    private final DisplayZone zone;
    private final MessageSource messages;
    private final Clock clock;

    Dates(DisplayZone zone, MessageSource messages, Clock clock) {
        this.zone = zone;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * A day as people type it: {@code 2027-01-31}, {@code 2027/1/31}, {@code 2027.1.31}, {@code 2027年1月31日},
     * full-width digits too; empty when the text is no such day.
     */
    Optional<LocalDate> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        StringBuilder plain = new StringBuilder();
        for (char c : typed.strip().toCharArray()) {
            char narrow = c >= '０' && c <= '９' ? (char) ('0' + (c - '０')) : c;
            plain.append(Character.isDigit(narrow) && narrow < 128 ? narrow : ' ');
        }
        String[] parts = plain.toString().strip().split(" +");
        if (parts.length != 3 || parts[0].length() != 4) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2])));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    public String day(Object date) {
        return format(date, CHINESE_DAY, ENGLISH_DAY);
    }

    /**
     * The last day a deadline leaves, on the readers' calendar: one at midnight ends the day before, as "due
     * 31 January" is kept until 1 February 00:00 ({@link DisplayZone#endOf}).
     */
    public String dueDay(Instant due) {
        return due == null ? "" : day(due.minusNanos(1));
    }

    /** A day without its year (12月5日, 5 Dec), where the year is plain from around it: a chart's axis of recent weeks. */
    String shortDay(Object date) {
        return format(date, CHINESE_SHORT_DAY, ENGLISH_SHORT_DAY);
    }

    private String format(Object date, DateTimeFormatter chinese, DateTimeFormatter english) {
        TemporalAccessor day = date instanceof Instant instant ? zone.day(instant)
                : date instanceof LocalDate local ? local : null;
        if (day == null) {
            return "";
        }
        return (Languages.CHINESE.getLanguage().equals(LocaleContextHolder.getLocale().getLanguage()) ? chinese : english)
                .format(day);
    }

    /** The day and time on the readers' clock and the zone that clock keeps: 2026年12月7日 17:41 中国标准时间（UTC+8）. */
    public String time(Instant instant) {
        if (instant == null) {
            return "";
        }
        ZonedDateTime local = instant.atZone(zone.displayZone());
        return day(instant) + " " + TIME.format(local) + " " + zoneName(local);
    }

    /**
     * The zone's name in the reader's language with its offset from UTC, which tells apart zones a language names
     * alike (Chinese calls Xinjiang's time 中国标准时间 too).
     */
    private String zoneName(ZonedDateTime at) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage("time.zone",
                new Object[] {ZONE_NAME.withLocale(locale).format(at), zone.offsetAt(at.toInstant())}, locale);
    }

    /**
     * The zone's name for a column of times that may span seasons (China Time, 中欧时间) and its offset now, as
     * the arguments of a spreadsheet's header above times {@link #csvTime} writes.
     */
    Object[] columnZone() {
        return new Object[] {zone.displayZone().getDisplayName(TextStyle.FULL, LocaleContextHolder.getLocale()),
                zone.offsetAt(clock.instant())};
    }

    /** A moment on the readers' clock, to the second, as spreadsheets read it; its column's header names the zone. */
    String csvTime(Instant moment) {
        return moment == null ? "" : Csv.TIME.format(moment.atZone(zone.displayZone()));
    }
}
