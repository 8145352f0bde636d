package org.regionalcoop.grants;

import org.regionalcoop.grants.internal.BudgetLedger;

import org.junit.jupiter.api.Test;
import org.regionalcoop.PlatformTest;
import org.regionalcoop.kernel.Money;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Hundreds of awards race for the last of a budget on several threads; the ledger never commits more than it has. */
@PlatformTest
class BudgetLedgerConcurrencyTest {

    @Autowired
    BudgetLedger ledger;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    GrantFixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void exactlyAsManyEqualAwardsSucceedAsTheRemainingBudgetHolds() throws Exception {
        long programme = nearlyExhausted("100000.00", "99000.00");
        List<Money> amounts = Collections.nCopies(300, Money.of("10.00"));

        LedgerRace.Outcome outcome = LedgerRace.run(programme, amounts, 8,
                List.of(new LedgerRace.Instance(ledger, transaction)));

        assertThat(outcome.awarded()).as("1000.00 left holds 100 awards of 10.00").hasSize(100);
        assertInvariant(ledger, programme, "100000.00", outcome);
        assertThat(ledger.balances(programme).available()).isEqualTo(Money.of("0.00"));
    }

    @Test
    void awardsOfRandomSizesNeverOvercommitAndEachRefusalDidNotFit() throws Exception {
        long programme = nearlyExhausted("50000.00", "48000.00");
        Random random = new Random(20261129L);
        List<Money> amounts = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            amounts.add(new Money(BigDecimal.valueOf(100 + random.nextInt(2400), 2)));
        }

        LedgerRace.Outcome outcome = LedgerRace.run(programme, amounts, 8,
                List.of(new LedgerRace.Instance(ledger, transaction)));

        assertInvariant(ledger, programme, "50000.00", outcome);
        assertThat(outcome.awarded()).isNotEmpty();
        assertThat(outcome.refused()).isNotEmpty();
    }

    @Test
    void ledgerEntriesCannotBeChangedOrDeleted() {
        long programme = nearlyExhausted("100.00", "1.00");

        assertThatThrownBy(() -> jdbc.update("update grant_ledger_entry set amount = 0.01 where programme_id = ?", programme))
                .hasMessageContaining("budget ledger entries are append-only");
        assertThatThrownBy(() -> jdbc.update("delete from grant_ledger_entry where programme_id = ?", programme))
                .hasMessageContaining("budget ledger entries are append-only");
        assertThat(ledger.balances(programme).awarded()).isEqualTo(Money.of("1.00"));
    }

    private long nearlyExhausted(String budget, String alreadyAwarded) {
        long programme = fixtures.isolatedProgramme(budget);
        transaction.executeWithoutResult(status -> ledger.award(programme, Money.of(alreadyAwarded),
                new BudgetLedger.Cause(UUID.randomUUID(), null, null, null, "test", "earlier awards"), "amount"));
        return programme;
    }

    /**
     * Committed never exceeds the budget; the entries add up to exactly what succeeded; and, the available budget
     * only shrinking under awards, every refused award is larger than what is left at the end.
     */
    static void assertInvariant(BudgetLedger ledger, long programme, String budget, LedgerRace.Outcome outcome) {
        Balances balances = ledger.balances(programme);
        BigDecimal committed = balances.awarded().yuan().add(balances.reserved().yuan());
        assertThat(committed).isLessThanOrEqualTo(new BigDecimal(budget));
        assertThat(balances.available().isNegative()).isFalse();
        BigDecimal succeeded = outcome.awarded().stream().map(Money::yuan).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<LedgerEntry> raced = ledger.entries(programme, Integer.MAX_VALUE, 0).stream()
                .filter(entry -> entry.actor().equals("race")).toList();
        assertThat(raced.stream().map(entry -> entry.amount().yuan()).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(succeeded);
        assertThat(raced).hasSize(outcome.awarded().size());
        assertThat(outcome.refused()).allSatisfy(refused -> assertThat(refused).isGreaterThan(balances.available()));
    }
}
