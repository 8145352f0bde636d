package org.regionalcoop.workbench;

import org.regionalcoop.kernel.CurrencyCode;
import org.regionalcoop.kernel.Money;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Amounts of yuan as people write them and read them: {@code 1,250,000.00}, {@code 1250000}, full-width
 * {@code １２５０}, with or without 元, {@code 125万}, in; always grouped with two decimals and 元, out; amounts in another currency
 * grouped to its minor unit and named.
 */
@Component("amounts")
public class Amounts {

    private static final String YUAN = "元";
    private static final String TEN_THOUSAND = "万";
    private static final String HUNDRED_MILLION = "亿";
    /** Digits, grouped by thousands with commas or spaces or not at all, and a decimal point's digits. */
    private static final Pattern GROUPED = Pattern.compile("(\\d{1,3}(?:[, ]\\d{3})+|\\d+)(\\.\\d+)?");

    private final MessageSource messages;

    Amounts(MessageSource messages) {
        this.messages = messages;
    }

    /** The amount in plain digits with two decimals (what the processes take), if the text is one. */
    public Optional<String> parse(String text) {
        // One too large to store is refused as no amount at all, next to its field, not half-way through a command.
        return number(text).filter(amount -> amount.scale() <= 2)
                .filter(amount -> amount.precision() - amount.scale() <= Money.INTEGER_DIGITS)
                .map(amount -> amount.setScale(2, RoundingMode.UNNECESSARY).toPlainString());
    }

    /**
     * An amount in the currency as people write it. A blank one is left to the module's rules, which name it; one that
     * is no amount is named under {@code field} in the words of {@code label}, with the currency and an example.
     */
    Money read(String typed, CurrencyCode currency, String label, String field, Map<String, String> errors) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        return parse(typed).map(Money::of).orElseGet(() -> {
            Locale reader = LocaleContextHolder.getLocale();
            errors.putIfAbsent(field, messages.getMessage("error.amount", new Object[] {messages.getMessage(label, null, reader),
                    unit(currency), example(currency)}, reader));
            return null;
        });
    }

    /**
     * A non-negative decimal number as people write it: grouped by thousands or not, full-width digits, with or without
     * 元, in 万 or 亿 as Chinese documents often give amounts ({@code 125万元}). Grouping must be by thousands: a
     * separator elsewhere ({@code 1,250,00}, a decimal comma or a slip of the finger) is refused, not read as an amount a
     * hundred times larger.
     */
    Optional<BigDecimal> number(String text) {
        if (text == null) {
            return Optional.empty();
        }
        StringBuilder plain = new StringBuilder();
        for (char c : text.strip().toCharArray()) {
            plain.append(c >= '０' && c <= '９' ? (char) ('0' + (c - '０')) : c == '．' ? '.' : c == '，' ? ','
                    : c == '\u00a0' || c == '\u3000' ? ' ' : c);
        }
        String written = plain.toString().replace(YUAN, "").strip();
        BigDecimal unit = BigDecimal.ONE;
        if (written.endsWith(TEN_THOUSAND) || written.endsWith(HUNDRED_MILLION)) {
            unit = written.endsWith(TEN_THOUSAND) ? BigDecimal.valueOf(10_000) : BigDecimal.valueOf(100_000_000);
            written = written.substring(0, written.length() - 1).strip();
        }
        Matcher grouped = GROUPED.matcher(written);
        if (!grouped.matches()) {
            return Optional.empty();
        }
        String whole = grouped.group(1).replaceAll("[, ]", "");
        BigDecimal amount = new BigDecimal(grouped.group(2) == null ? whole : whole + grouped.group(2));
        if (unit.equals(BigDecimal.ONE)) {
            return Optional.of(amount);
        }
        BigDecimal units = amount.multiply(unit).stripTrailingZeros();
        return Optional.of(units.scale() < 0 ? units.setScale(0) : units);
    }

    /** A percent as typed, e.g. {@code 25}, {@code 33.3333}, {@code ２５%}. */
    Optional<BigDecimal> percent(String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        // A person's "25.000000" means 25: the API takes at most four places as written, so their zeros go.
        return number(typed.replace("%", "").replace("％", "")).map(percent -> percent.scale() <= 4 ? percent
                : percent.setScale(Math.max(0, percent.stripTrailingZeros().scale()), RoundingMode.UNNECESSARY));
    }

    /**
     * A currency as a choice or a fact names it: {@code 日元} in Chinese (its ISO code would be untranslated Latin
     * there), {@code JPY – Japanese Yen} in English.
     */
    public String currencyName(CurrencyCode currency) {
        String name = currency.currency().getDisplayName(LocaleContextHolder.getLocale());
        return chinese() ? name : currency.code() + " – " + name;
    }

    /**
     * A currency as a sentence names its unit: yuan as {@code 元} in Chinese and {@code yuan} in English, others by
     * their name in Chinese ({@code 日元}) and their code in English ({@code JPY}), as amounts are written.
     */
    public String unit(CurrencyCode currency) {
        if (CurrencyCode.CNY.equals(currency)) {
            return chinese() ? YUAN : "yuan";
        }
        return chinese() ? currency.currency().getDisplayName(LocaleContextHolder.getLocale()) : currency.code();
    }

    /** An amount as a hint shows how to write one in the currency: {@code 1,250,000.00}, or {@code 1,250,000} in yen. */
    public String example(CurrencyCode currency) {
        return currency.minorUnits() == 0 ? "1,250,000" : "1,250,000.00";
    }

    /** What a message about amounts in the currency takes: its unit ({@code {0}}) and an example ({@code {1}}). */
    public Object[] unitAndExample(CurrencyCode currency) {
        return new Object[]{unit(currency), example(currency)};
    }

    private static boolean chinese() {
        return "zh".equals(LocaleContextHolder.getLocale().getLanguage());
    }

    /** The amount grouped, e.g. {@code 1,250,000.00 元}; empty for none. */
    public String format(Object amount) {
        return format(amount, CurrencyCode.CNY);
    }

    /**
     * The amount grouped to its currency's minor unit with the currency named in the reader's language: yuan as
     * {@code 1,250,000.00 元} in both, yen as {@code 5,000,000 JPY} in English and {@code 5,000,000 日元} in Chinese,
     * so that no reader takes one currency's ¥ for the other's. No currency (a page that names none) is yuan.
     */
    public String format(Object amount, CurrencyCode currency) {
        if (amount == null) {
            return "";
        }
        if (currency != null && !CurrencyCode.CNY.equals(currency)) {
            BigDecimal value = amount instanceof Money money ? money.yuan() : number(amount.toString()).orElse(null);
            if (value == null) {
                return amount.toString();
            }
            DecimalFormat grouped = new DecimalFormat(currency.minorUnits() == 0 ? "#,##0" : "#,##0.00",
                    DecimalFormatSymbols.getInstance(Locale.ROOT));
            grouped.setRoundingMode(RoundingMode.UNNECESSARY);
            return grouped.format(value) + " " + unit(currency);
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
