package org.regionalcoop.agreements.internal;

import org.junit.jupiter.api.Test;
import org.regionalcoop.LifecycleDriver;
import org.regionalcoop.PlatformTest;
import org.regionalcoop.agreements.Agreement;
import org.regionalcoop.agreements.AgreementStatus;
import org.regionalcoop.agreements.AgreementType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An agreement is read from the database once per transaction however often its steps ask for it, and read again
 * after the repository changed it; outside a transaction every read goes to the database.
 */
@PlatformTest
class AgreementReadOnceTest {

    @Autowired
    AgreementRepository repository;

    @Autowired
    LifecycleDriver driver;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aTransactionReadsAnAgreementOnceUntilItChangesIt() {
        Agreement proposed = repository.find(driver.propose(AgreementType.FRAMEWORK, "1000000.00", "SH", "JS").id()).orElseThrow();
        transactions.executeWithoutResult(status -> {
            Agreement first = repository.find(proposed.id()).orElseThrow();
            jdbc.update("update agreement set status = 'ABANDONED' where id = ?", proposed.id().value());
            assertThat(repository.find(proposed.id()).orElseThrow()).isSameAs(first);

            repository.updateStatus(proposed.id(), AgreementStatus.CONSENSUS_FAILED, Instant.now());
            assertThat(repository.find(proposed.id()).orElseThrow().status()).isEqualTo(AgreementStatus.CONSENSUS_FAILED);
            status.setRollbackOnly();
        });
        Agreement outside = repository.find(proposed.id()).orElseThrow();
        assertThat(outside.status()).isEqualTo(proposed.status());
        assertThat(repository.find(proposed.id()).orElseThrow()).isNotSameAs(outside);
    }
}
