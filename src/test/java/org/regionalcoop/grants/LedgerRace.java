package org.regionalcoop.grants;

import org.regionalcoop.grants.internal.BudgetExceededException;
import org.regionalcoop.grants.internal.BudgetLedger;

import org.regionalcoop.kernel.Money;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Fires competing awards at one programme, all released at once from a start gate, each in its own transaction
 * through one of the given application instances (ledger and transactions), spread over the threads.
 */
final class LedgerRace {

    /** What became of each award: the amounts that were committed and those the ledger refused. */
    record Outcome(List<Money> awarded, List<Money> refused) {
    }

    record Instance(BudgetLedger ledger, TransactionTemplate transaction) {
    }

    private LedgerRace() {
    }

    static Outcome run(long programmeId, List<Money> amounts, int threads, List<Instance> instances) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < amounts.size(); i++) {
                Instance instance = instances.get(i % instances.size());
                Money amount = amounts.get(i);
                Callable<Boolean> award = () -> {
                    start.await();
                    try {
                        instance.transaction().executeWithoutResult(status -> instance.ledger().award(programmeId, amount,
                                new BudgetLedger.Cause(UUID.randomUUID(), null, null, null, "race", "competing award"),
                                "amount"));
                        return true;
                    } catch (BudgetExceededException refused) {
                        return false;
                    }
                };
                results.add(pool.submit(award));
            }
            start.countDown();
            List<Money> awarded = new ArrayList<>();
            List<Money> refused = new ArrayList<>();
            for (int i = 0; i < results.size(); i++) {
                (results.get(i).get(5, TimeUnit.MINUTES) ? awarded : refused).add(amounts.get(i));
            }
            return new Outcome(awarded, refused);
        } finally {
            pool.shutdownNow();
        }
    }
}
