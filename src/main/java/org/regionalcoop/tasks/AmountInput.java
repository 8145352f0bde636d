package org.regionalcoop.tasks;

import org.regionalcoop.kernel.Money;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An amount of yuan as people type it: {@code 1250000}, {@code 1,250,000.00}, with full-width digits and
 * punctuation from a Chinese input method, spaces around it; never negative, at most two decimals (fen).
 */
final class AmountInput {

    private static final Pattern AMOUNT = Pattern.compile("(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d{1,2})?");
    private static final int MAX_INTEGER_DIGITS = Money.INTEGER_DIGITS;

    private AmountInput() {
    }

    static Optional<BigDecimal> parse(String typed) {
        String text = halfWidth(typed.strip());
        if (!AMOUNT.matcher(text).matches()) {
            return Optional.empty();
        }
        BigDecimal amount = new BigDecimal(text.replace(",", "")).setScale(2);
        return amount.precision() - amount.scale() > MAX_INTEGER_DIGITS ? Optional.empty() : Optional.of(amount);
    }

    private static String halfWidth(String text) {
        StringBuilder half = new StringBuilder(text.length());
        text.codePoints().map(c -> c >= '！' && c <= '～' ? c - '！' + '!' : c).forEach(half::appendCodePoint);
        return half.toString();
    }
}
