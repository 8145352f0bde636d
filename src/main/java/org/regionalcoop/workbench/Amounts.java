package org.regionalcoop.workbench;

import org.regionalcoop.kernel.Money;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Optional;

/**
 * Amounts of yuan as people write them and read them: {@code 1,250,000.00}, {@code 1250000}, full-width
 * {@code １２５０}, with or without 元, in; always grouped with two decimals and 元, out.
 */
@Component("amounts")
public class Amounts {

    private static final String YUAN = "元";

    /** The amount in plain digits with two decimals (what the processes take), if the text is one. */
    public Optional<String> parse(String text) {
        return number(text).filter(amount -> amount.scale() <= 2)
                .map(amount -> amount.setScale(2, RoundingMode.UNNECESSARY).toPlainString());
    }

    /** A non-negative decimal number as people write it: grouped or not, full-width digits, with or without 元. */
    Optional<BigDecimal> number(String text) {
        if (text == null) {
            return Optional.empty();
        }
        StringBuilder plain = new StringBuilder();
        for (char c : text.strip().toCharArray()) {
            char narrow = c >= '０' && c <= '９' ? (char) ('0' + (c - '０')) : c == '．' ? '.' : c;
            if (narrow == ',' || narrow == '，' || narrow == ' ' || narrow == '\u00a0') {
                continue;
            }
            plain.append(narrow);
        }
        String digits = plain.toString().replace(YUAN, "").strip();
        if (digits.isEmpty() || !digits.chars().allMatch(c -> Character.isDigit(c) && c < 128 || c == '.')) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BigDecimal(digits));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** A percent as typed, e.g. {@code 25}, {@code 33.3333}, {@code ２５%}. */
    Optional<BigDecimal> percent(String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        return number(typed.replace("%", "").replace("％", ""));
    }

    /** The amount grouped, e.g. {@code 1,250,000.00 元}; empty for none. */
    public String format(Object amount) {
        if (amount == null) {
            return "";
        }
        BigDecimal value = amount instanceof Money money ? money.yuan()
                : amount instanceof BigDecimal decimal ? decimal
                : parse(amount.toString()).map(BigDecimal::new).orElse(null);
        if (value == null) {
            return amount.toString();
        }
        DecimalFormat grouped = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return grouped.format(value) + " " + YUAN;
    }
}
