package org.regionalcoop.agreements.internal;

import org.junit.jupiter.api.Test;
import org.regionalcoop.LifecycleDriver;
import org.regionalcoop.PlatformTest;
import org.regionalcoop.agreements.Agreement;
import org.regionalcoop.agreements.AgreementContent;
import org.regionalcoop.agreements.AgreementStatus;
import org.regionalcoop.agreements.AgreementType;
import org.regionalcoop.agreements.AgreementVersion;
import org.regionalcoop.agreements.VersionReason;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An agreement is read from the database once per transaction however often its steps ask for it, and read again
 * after the repository changed it; outside a transaction every read goes to the database. A version's content, which
 * never changes once stored, is parsed once.
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

    @Autowired
    AgreementJson json;

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

    @Test
    void aVersionsContentIsParsedOnceAndANumberStoredAgainAfterARollbackIsReadWithItsOwnContent() {
        Agreement proposed = driver.propose(AgreementType.FRAMEWORK, "1000000.00", "SH", "JS");
        Agreement read = repository.find(proposed.id()).orElseThrow();
        Agreement readAgain = repository.find(proposed.id()).orElseThrow();
        assertThat(readAgain).as("read from the database each time outside a transaction").isNotSameAs(read);
        assertThat(readAgain.current().content()).as("the stored version's content, parsed once").isSameAs(read.current().content());

        AgreementContent rolledBack = titled(read.current().content(), "A version that never committed");
        transactions.executeWithoutResult(status -> {
            repository.addVersion(version(read, rolledBack));
            assertThat(repository.find(proposed.id()).orElseThrow().current().content().title()).isEqualTo(rolledBack.title());
            status.setRollbackOnly();
        });
        AgreementContent committed = titled(read.current().content(), "The version that committed");
        transactions.executeWithoutResult(status -> repository.addVersion(version(read, committed)));

        AgreementVersion current = repository.find(proposed.id()).orElseThrow().current();
        assertThat(current.number()).isEqualTo(2);
        assertThat(current.content().title()).isEqualTo("The version that committed");
        assertThat(repository.versions(proposed.id()).get(1).content().title()).isEqualTo(committed.title());
    }

    private AgreementVersion version(Agreement agreement, AgreementContent content) {
        return new AgreementVersion(agreement.id(), 2, content, json.hash(content), "test", Instant.now(), "retitled",
                VersionReason.REVISED, List.of());
    }

    private static AgreementContent titled(AgreementContent content, String title) {
        return new AgreementContent(title, content.fields(), content.participants(), content.secretariat(), content.mode(),
                content.type(), content.term(), content.costShares(), content.benefitSharingRule(),
                content.compensationRule(), content.defectionPenalty(), content.supportRequests(),
                content.benefitShares(), content.bodies(), content.fund(), content.settlementCurrency(),
                content.benefitBasis());
    }
}
