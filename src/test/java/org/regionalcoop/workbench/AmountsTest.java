package org.regionalcoop.workbench;

import org.junit.jupiter.api.Test;
import org.regionalcoop.kernel.Money;

import static org.assertj.core.api.Assertions.assertThat;

class AmountsTest {

    private final Amounts amounts = new Amounts();

    @Test
    void readsAmountsAsPeopleWriteThem() {
        assertThat(amounts.parse("1,250,000.00")).contains("1250000.00");
        assertThat(amounts.parse("1250000")).contains("1250000.00");
        assertThat(amounts.parse("１２５０")).contains("1250.00");
        assertThat(amounts.parse("１，２５０．５ 元")).contains("1250.50");
        assertThat(amounts.parse(" 3 000 000.1 ")).contains("3000000.10");
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

    @Test
    void showsAmountsGroupedInYuan() {
        assertThat(amounts.format(Money.of("1250000"))).isEqualTo("1,250,000.00 元");
        assertThat(amounts.format("1250000.5")).isEqualTo("1,250,000.50 元");
        assertThat(amounts.format(null)).isEmpty();
    }
}
