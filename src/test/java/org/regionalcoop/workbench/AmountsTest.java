package org.regionalcoop.workbench;

import org.junit.jupiter.api.Test;
import org.regionalcoop.kernel.CurrencyCode;
import org.regionalcoop.kernel.Money;
import org.springframework.context.i18n.LocaleContextHolder;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AmountsTest {

    private final Amounts amounts = new Amounts(Bundles.messages());

    @Test
    void anAmountThatIsNoneIsNamedInTheReadersWordsAndABlankOneIsLeftToTheRules() {
        Map<String, String> errors = new LinkedHashMap<>();
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        try {
            assertThat(amounts.read("１，２５０．５", CurrencyCode.CNY, "benefit.field.amount", "amount", errors))
                    .isEqualTo(Money.of("1250.50"));
            assertThat(amounts.read(" ", CurrencyCode.CNY, "benefit.field.amount", "amount", errors)).isNull();
            assertThat(errors).isEmpty();
            assertThat(amounts.read("一百万", CurrencyCode.CNY, "benefit.field.amount", "amount", errors)).isNull();
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
        assertThat(errors).containsOnlyKeys("amount");
        assertThat(errors.get("amount")).contains("元", "1,250,000.00").doesNotContain("{");
    }

    @Test
    void readsAmountsAsPeopleWriteThem() {
        assertThat(amounts.parse("1,250,000.00")).contains("1250000.00");
        assertThat(amounts.parse("1250000")).contains("1250000.00");
        assertThat(amounts.parse("１２５０")).contains("1250.00");
        assertThat(amounts.parse("１，２５０．５ 元")).contains("1250.50");
        assertThat(amounts.parse(" 3 000 000.1 ")).contains("3000000.10");
        assertThat(amounts.parse("1,250,000.00元")).contains("1250000.00");
        assertThat(amounts.parse("１２３")).contains("123.00");
        assertThat(amounts.parse("１２３　元")).as("an ideographic space before 元").contains("123.00");
        assertThat(amounts.parse("125万元")).as("in 万, as Chinese documents give amounts").contains("1250000.00");
        assertThat(amounts.parse("１２５．５万")).contains("1255000.00");
        assertThat(amounts.parse("1.2亿")).contains("120000000.00");
        assertThat(amounts.parse("0.0000001万")).as("a fen is the least").isEmpty();
    }

    /** A separator that does not group thousands is a slip (or a decimal comma), not an amount a hundred times larger. */
    @Test
    void refusesSeparatorsThatDoNotGroupThousands() {
        assertThat(amounts.parse("1,250,00")).isEmpty();
        assertThat(amounts.parse("1.250.000,00")).isEmpty();
        assertThat(amounts.parse("12,50,000")).isEmpty();
        assertThat(amounts.parse("1,250元000")).isEmpty();
        assertThat(amounts.parse("1,250.00,5")).isEmpty();
    }

    @Test
    void refusesAnAmountTooLargeToStore() {
        assertThat(amounts.parse("9,999,999,999,999,999.99")).contains("9999999999999999.99");
        assertThat(amounts.parse("12,345,678,901,234,567.00")).isEmpty();
        assertThat(amounts.parse("1000000000亿")).isEmpty();
    }

    @Test
    void refusesWhatIsNotAnAmountOfYuan() {
        assertThat(amounts.parse("")).isEmpty();
        assertThat(amounts.parse("-5")).isEmpty();
        assertThat(amounts.parse("12.345")).as("no fractions of a fen").isEmpty();
        assertThat(amounts.parse("1e6")).isEmpty();
        assertThat(amounts.parse("one million")).isEmpty();
        assertThat(amounts.parse("١٢٣")).as("only Latin and full-width digits").isEmpty();
    }

    /** A person's surplus zeros go before the rules, which judge a percent as written (at most four places). */
    @Test
    void readsAPercentWithoutTheZerosAPersonAddedBeyondFourPlaces() {
        assertThat(amounts.percent("15.000000000000")).hasValueSatisfying(percent ->
                assertThat(percent.toPlainString()).isEqualTo("15"));
        assertThat(amounts.percent("３３．３３３３０％")).hasValueSatisfying(percent ->
                assertThat(percent.toPlainString()).isEqualTo("33.3333"));
        assertThat(amounts.percent("40.00")).hasValueSatisfying(percent ->
                assertThat(percent.toPlainString()).as("as written within four places").isEqualTo("40.00"));
        assertThat(amounts.percent("33.33333")).hasValueSatisfying(percent ->
                assertThat(percent.scale()).as("left to the rules to refuse").isEqualTo(5));
    }

    @Test
    void showsAmountsGroupedInYuan() {
        assertThat(amounts.format(Money.of("1250000"))).isEqualTo("1,250,000.00 元");
        assertThat(amounts.format("1250000.5")).isEqualTo("1,250,000.50 元");
        assertThat(amounts.format(null)).isEmpty();
    }
}
