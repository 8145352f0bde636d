package org.regionalcoop.workbench;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Optional;

/** Dates as the reader writes them: 2026年12月5日 in Chinese, 5 December 2026 in English; times in UTC. */
@Component("dates")
public class Dates {

    private static final DateTimeFormatter CHINESE_DAY = DateTimeFormatter.ofPattern("uuuu年M月d日", Locale.CHINESE);
    private static final DateTimeFormatter ENGLISH_DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter CHINESE_SHORT_DAY = DateTimeFormatter.ofPattern("M月d日", Locale.CHINESE);
    private static final DateTimeFormatter ENGLISH_SHORT_DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm 'UTC'", Locale.ROOT);

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

    /** A day without its year (12月5日, 5 Dec), where the year is plain from around it: a chart's axis of recent weeks. */
    String shortDay(Object date) {
        return format(date, CHINESE_SHORT_DAY, ENGLISH_SHORT_DAY);
    }

    private static String format(Object date, DateTimeFormatter chinese, DateTimeFormatter english) {
        TemporalAccessor day = date instanceof Instant instant ? instant.atZone(ZoneOffset.UTC).toLocalDate()
                : date instanceof LocalDate local ? local : null;
        if (day == null) {
            return "";
        }
        return (Languages.CHINESE.getLanguage().equals(LocaleContextHolder.getLocale().getLanguage()) ? chinese : english)
                .format(day);
    }

    public String time(Instant instant) {
        return instant == null ? "" : day(instant) + " " + TIME.format(instant.atZone(ZoneOffset.UTC));
    }
}
