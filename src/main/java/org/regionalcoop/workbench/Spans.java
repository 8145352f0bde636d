package org.regionalcoop.workbench;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Spans of time in the reader's words, naming only the units that count: "5 min", "1 h 30 min", "24 小时", "0 秒". */
@Component("spans")
public class Spans {

    private final MessageSource messages;

    Spans(MessageSource messages) {
        this.messages = messages;
    }

    public String words(Duration span) {
        if (span == null) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        if (span.toHours() > 0) {
            parts.add(text("duration.hours", span.toHours()));
        }
        if (span.toMinutesPart() > 0) {
            parts.add(text("duration.minutes", span.toMinutesPart()));
        }
        if (span.toSecondsPart() > 0 || parts.isEmpty()) {
            parts.add(text("duration.seconds", span.toSecondsPart()));
        }
        return String.join(" ", parts);
    }

    private String text(String key, long value) {
        return messages.getMessage(key, new Object[]{value}, LocaleContextHolder.getLocale());
    }
}
