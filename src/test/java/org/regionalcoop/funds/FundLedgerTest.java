package org.regionalcoop.funds;

import org.junit.jupiter.api.Test;
import org.regionalcoop.LifecycleDriver;
import org.regionalcoop.PlatformTest;
import org.regionalcoop.agreements.AgreementType;
import org.regionalcoop.funds.internal.FundLedger;
import org.regionalcoop.kernel.InvalidRequestException;
import org.regionalcoop.kernel.Money;
import org.regionalcoop.organizations.GovernmentCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The pooled funds' ledger: holds and allocations never exceed what was paid in, however they race; entries stay. */
@PlatformTest
class FundLedgerTest {

    private static final Instant PAID = Instant.parse("2027-02-01T00:00:00Z");

    @Autowired
    FundLedger ledger;

    @Autowired
    LifecycleDriver driver;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void racingHoldsNeverCommitMoreThanWasPaidIn() throws Exception {
        UUID fund = fundWith("1000.00");
        List<Callable<Boolean>> holds = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            holds.add(() -> {
                try {
                    transaction.executeWithoutResult(status -> ledger.reserve(fund, UUID.randomUUID(), Money.of("30.00"),
                            "hn-cs.coordinator", "fundPart"));
                    return true;
                } catch (InvalidRequestException refused) {
                    return false;
                }
            });
        }
        ExecutorService threads = Executors.newFixedThreadPool(6);
        long held;
        try {
            held = 0;
            for (Future<Boolean> hold : threads.invokeAll(holds)) {
                held += hold.get() ? 1 : 0;
            }
        } finally {
            threads.shutdown();
        }

        assertThat(held).as("1000.00 holds 33 parts of 30.00").isEqualTo(33);
        assertThat(ledger.balances(fund)).isEqualTo(new FundLedger.Balances(Money.of("1000.00"), Money.of("990.00"),
                Money.of("0.00"), Money.of("10.00")));
    }

    @Test
    void anAllocationTakesWhatWasHeldAndAReleaseGivesItBack() {
        UUID fund = fundWith("500.00");
        UUID allocated = UUID.randomUUID();
        UUID declined = UUID.randomUUID();
        transaction.executeWithoutResult(status -> {
            ledger.reserve(fund, allocated, Money.of("200.00"), "hn-cs.coordinator", "fundPart");
            ledger.reserve(fund, declined, Money.of("250.00"), "hn-cs.coordinator", "fundPart");
        });
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> ledger.reserve(fund, UUID.randomUUID(),
                Money.of("50.01"), "hn-cs.coordinator", "fundPart")))
                .isInstanceOfSatisfying(InvalidRequestException.class, refused -> assertThat(refused.violations())
                        .extracting(v -> v.field() + ": " + v.message())
                        .containsExactly("fundPart: 50.01 yuan is above the 50.00 yuan the agreement's fund has available"));

        transaction.executeWithoutResult(status -> {
            assertThat(ledger.allocate(fund, allocated, "working-group", null, "hn-zz.coordinator"))
                    .isEqualTo(Money.of("200.00"));
            ledger.release(fund, declined, true, "Not one of the network's focal points", "hn-zz.coordinator");
        });

        assertThat(ledger.balances(fund)).isEqualTo(new FundLedger.Balances(Money.of("500.00"), Money.of("0.00"),
                Money.of("200.00"), Money.of("300.00")));
        assertThat(ledger.entries(fund)).extracting(FundStatement.Entry::kind)
                .containsExactly(FundEntryKind.PAY_IN, FundEntryKind.RESERVE, FundEntryKind.RESERVE, FundEntryKind.ALLOCATE,
                        FundEntryKind.RELEASE);
    }

    @Test
    void ledgerEntriesCannotBeChangedOrDeleted() {
        UUID fund = fundWith("100.00");

        assertThatThrownBy(() -> jdbc.update("update fund_ledger_entry set amount = 0.01 where agreement_id = ?", fund))
                .hasMessageContaining("fund ledger entries are append-only");
        assertThatThrownBy(() -> jdbc.update("delete from fund_ledger_entry where agreement_id = ?", fund))
                .hasMessageContaining("fund ledger entries are append-only");
        assertThat(ledger.balances(fund).paidIn()).isEqualTo(Money.of("100.00"));
    }

    /** An agreement of its own, whose fund one member paid this much into. */
    private UUID fundWith(String paidIn) {
        UUID agreement = driver.propose(AgreementType.FRAMEWORK, "1000.00", "HN-CS", "HN-ZZ").id().value();
        transaction.executeWithoutResult(status -> ledger.payIn(agreement, new GovernmentCode("HN-CS"), Money.of(paidIn),
                PAID, "urn:gov:hn-cs"));
        return agreement;
    }
}
