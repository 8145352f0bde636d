package org.regionalcoop.grants;

import org.regionalcoop.grants.internal.BudgetLedger;

import org.junit.jupiter.api.Test;
import org.regionalcoop.PlatformTest;
import org.regionalcoop.kernel.Money;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two agreements approved at the same moment: each approval's transaction first records its support item,
 * whose foreign key share-locks the programme's row, and then reserves in that programme. Both reservations
 * must go through one after the other; neither may die in a deadlock (the benchmark's W1 found this).
 */
@PlatformTest
class BudgetLockOrderTest {

    @Autowired
    BudgetLedger ledger;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    GrantFixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void reservationsAfterRecordingItemsOfTheSameProgrammeWaitForEachOtherInsteadOfDeadlocking() throws Exception {
        long programme = fixtures.isolatedProgramme("1000.00");
        CyclicBarrier bothRecorded = new CyclicBarrier(2);
        ExecutorService approvals = Executors.newFixedThreadPool(2);
        try {
            List<Future<Money>> reservations = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                reservations.add(approvals.submit(() -> transaction.execute(status -> {
                    // What the foreign key of a new grant item or ledger entry takes on its programme.
                    jdbc.queryForObject("select id from grant_programme where id = ? for key share", Long.class, programme);
                    await(bothRecorded);
                    return ledger.reserveUpTo(programme, Money.of("100.00"), new BudgetLedger.Cause(UUID.randomUUID(),
                            null, null, null, "race", "simultaneous approval"));
                })));
            }
            for (Future<Money> reservation : reservations) {
                assertThat(reservation.get(1, TimeUnit.MINUTES)).isEqualTo(Money.of("100.00"));
            }
        } finally {
            approvals.shutdownNow();
        }
        assertThat(ledger.entries(programme, Integer.MAX_VALUE, 0)).filteredOn(entry -> entry.kind() == EntryKind.RESERVE)
                .as("both reservations written").hasSize(2);
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("The other approval never recorded its item", e);
        }
    }
}
