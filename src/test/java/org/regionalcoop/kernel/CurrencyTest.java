package org.regionalcoop.kernel;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Currencies by ISO 4217, amounts that know theirs, and conversion at the rate the parties agreed. */
class CurrencyTest {

    private static final CurrencyCode JPY = CurrencyCode.of("JPY");
    private static final CurrencyCode RUB = CurrencyCode.of("RUB");
    private static final CurrencyCode KWD = CurrencyCode.of("KWD");
    private static final LocalDate AGREED = LocalDate.of(2026, 11, 30);

    @Test
    void theMinorUnitComesFromTheStandard() {
        assertThat(CurrencyCode.CNY.minorUnits()).isEqualTo(2);
        assertThat(JPY.minorUnits()).isZero();
        assertThat(KWD.minorUnits()).isEqualTo(3);
        assertThat(KWD.fitsMoney()).as("amounts are kept to two decimals").isFalse();
        assertThat(CurrencyCode.OFFERED).first().isEqualTo(CurrencyCode.CNY);
        assertThat(CurrencyCode.OFFERED).allSatisfy(currency -> assertThat(currency.fitsMoney()).isTrue());
    }

    @Test
    void unknownCodesAndCodesWithoutAMinorUnitAreRefused() {
        assertThatThrownBy(() -> CurrencyCode.of("RMB")).hasMessage("'RMB' is not an ISO 4217 currency code");
        assertThatThrownBy(() -> CurrencyCode.of("cny")).hasMessageContaining("is not an ISO 4217 currency code");
        assertThatThrownBy(() -> CurrencyCode.of("XAU")).hasMessage("XAU has no minor unit: amounts are not kept in it");
    }

    @Test
    void anAmountIsNoFinerThanItsCurrency() {
        assertThat(JPY.problemWith(Money.of("1000.00"))).isEmpty();
        assertThat(JPY.problemWith(Money.of("1000.50"))).contains("an amount in JPY has no decimals");
        assertThat(CurrencyCode.CNY.problemWith(Money.of("0.01"))).isEmpty();
        assertThat(new Amount(new BigDecimal("1.5"), KWD)).hasToString("1.500 KWD");
        assertThatThrownBy(() -> new Amount(new BigDecimal("1.5"), JPY)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Amount.ofMinor(1234, KWD).value()).isEqualByComparingTo("1.234");
        assertThat(Amount.of(Money.of("12.00"), JPY).minorUnits()).isEqualTo(12);
    }

    @Test
    void amountsOfDifferentCurrenciesAreNotAdded() {
        Amount yen = Amount.of(Money.of("100"), JPY);
        assertThat(yen.plus(Amount.of(Money.of("1"), JPY))).isEqualTo(Amount.of(Money.of("101"), JPY));
        assertThatThrownBy(() -> yen.plus(Amount.of(Money.of("1"), CurrencyCode.CNY)))
                .hasMessage("amounts in JPY and CNY are not added; convert one at the rate the parties agreed");
    }

    /** By hand: 190,000.03 yuan at 21.0526 yen each is 3,999,994.631578 yen, rounded half up to 3,999,995 yen. */
    @Test
    void conversionIsExactThenRoundedHalfUpToTheMinorUnitOfTheTargetCurrency() {
        AgreedRate rate = new AgreedRate(CurrencyCode.CNY, JPY, new BigDecimal("21.0526"), AGREED);
        assertThat(rate.convert(Amount.of(Money.of("190000.03"), CurrencyCode.CNY)))
                .isEqualTo(new Amount(new BigDecimal("3999995"), JPY));
        assertThat(new AgreedRate(JPY, CurrencyCode.CNY, new BigDecimal("0.045"), AGREED)
                .convert(Amount.of(Money.of("1"), JPY))).as("0.045 yuan, half up to the fen")
                .isEqualTo(new Amount(new BigDecimal("0.05"), CurrencyCode.CNY));
        assertThat(new AgreedRate(RUB, KWD, new BigDecimal("0.0035"), AGREED).convert(Amount.of(Money.of("0.50"), RUB)))
                .as("0.00175 dinar, half up to the fils").isEqualTo(new Amount(new BigDecimal("0.002"), KWD));
        assertThatThrownBy(() -> rate.convert(Amount.of(Money.of("1"), JPY)))
                .hasMessage("a rate from CNY does not convert an amount in JPY");
        assertThatThrownBy(() -> new AgreedRate(JPY, JPY, BigDecimal.ONE, AGREED)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AgreedRate(JPY, RUB, BigDecimal.ZERO, AGREED))
                .hasMessage("a rate is more than zero, not 0");
    }

    @Test
    void anOriginalAmountKeepsWhatWasPaidAndTheRate() {
        AgreedRate rate = new AgreedRate(CurrencyCode.CNY, JPY, new BigDecimal("21.05260"), AGREED);
        OriginalAmount original = OriginalAmount.of(Amount.of(Money.of("190000.03"), CurrencyCode.CNY), rate);
        assertThat(original).isEqualTo(new OriginalAmount(Money.of("190000.03"), CurrencyCode.CNY, "21.0526", AGREED));
        assertThat(original.rateInto(JPY)).isEqualTo(rate);
        assertThat(original.problemWith(Money.of("3999995"), JPY)).isEmpty();
        assertThat(original.problemWith(Money.of("3999994"), JPY)).contains("the payment of 190000.03 CNY at the agreed "
                + "rate of 21.0526 of 2026-11-30 counts for 3999995 JPY, not 3999994.00 JPY");
        assertThat(original.problemWith(Money.of("190000.03"), CurrencyCode.CNY))
                .contains("a payment in CNY, the agreement's settlement currency, needs no rate");
    }

    /** No amount taken in has more digits before the point than {@code numeric(18, 2)} holds, nor counts for more. */
    @Test
    void anAmountTakenInOrCountedHasAtMostSixteenDigitsBeforeThePoint() {
        assertThat(Money.of("9999999999999999.99").yuan()).isEqualByComparingTo("9999999999999999.99");
        assertThatThrownBy(() -> Money.of("10000000000000000")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("an amount has at most 16 digits before the decimal point");

        PaidIn inDollars = new PaidIn(CurrencyCode.of("HKD"), "10000", AGREED);
        assertThat(inDollars.problems(Money.of("999999999999.99"), CurrencyCode.CNY, AGREED)).isEmpty();
        assertThat(inDollars.problems(Money.of("9999999999999999.00"), CurrencyCode.CNY, AGREED))
                .containsExactly(new Violation("amount", "9999999999999999.00 HKD at the rate of 10000 counts for "
                        + "99999999999999990000.00 CNY, more than 16 digits before the decimal point"));
    }
}
