package org.regionalcoop.approval;

import org.junit.jupiter.api.Test;
import org.regionalcoop.LifecycleDriver;
import org.regionalcoop.ProcessTest;
import org.regionalcoop.agreements.Agreement;
import org.regionalcoop.agreements.AgreementStatus;
import org.regionalcoop.agreements.AgreementType;
import org.regionalcoop.agreements.Agreements;
import org.regionalcoop.audit.AuditEntry;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.regionalcoop.approval.internal.ApprovalProcess.*;

/** Routing by the decision table, the reviewers' outcomes and the review service level. */
@ProcessTest
class ApprovalProcessTest {

    @Autowired
    LifecycleDriver driver;

    @Autowired
    Agreements agreements;

    @Autowired
    Approvals approvals;

    @Test
    void routesByLowestCommonSuperiorAndRequestedAmount() {
        assertThat(routeOf(driver.propose(AgreementType.FRAMEWORK, "10000000.00", "HN-CS", "HN-ZZ")))
                .containsExactly("HN-PCA.reviewer");
        assertThat(routeOf(driver.propose(AgreementType.FRAMEWORK, "900000000.00", "HN-CS", "HN-XT")))
                .containsExactly("HN-PCA.reviewer", "CN-CCA.reviewer");
        assertThat(routeOf(driver.propose(AgreementType.FRAMEWORK, "10000000.00", "SH", "JS")))
                .containsExactly("CN-CCA.reviewer");
        assertThat(routeOf(driver.propose(AgreementType.FRAMEWORK, "500000000.01", "SH", "ZJ")))
                .containsExactly("CN-CCA.reviewer", "CN-CCA.leader");
        assertThat(routeOf(driver.propose(AgreementType.FRAMEWORK, "500000000.00", "JS-NJ", "JS-SZ")))
                .as("at the threshold exactly, one review").containsExactly("JS-PCA.reviewer");
        assertThat(routeOf(driver.propose(AgreementType.FRAMEWORK, "10000000.00", "HN-CS-LY", "HN-CS")))
                .as("a municipal superior's province reviews").containsExactly("HN-PCA.reviewer");
    }

    @Test
    void approvalWithConditionsApprovesTheAgreement() {
        Agreement agreement = inApproval("10000000.00", "SH", "JS");

        driver.complete(agreement, USER_REVIEW_AGREEMENT, "CN-CCA.reviewer",
                Map.of(VAR_REVIEW_DECISION.name(), "approve", VAR_CONDITIONS.name(), "Report twice a year"));

        assertEndedAt(agreement, END_AGREEMENT_APPROVED);
        assertThat(agreements.current(agreement.id()).status()).isEqualTo(AgreementStatus.APPROVED);
        assertThat(driver.audit(agreement.id())).filteredOn(entry -> entry.kind().equals("review")).singleElement()
                .as("the review's conditions").extracting(AuditEntry::reason).isEqualTo("Report twice a year");
    }

    @Test
    void aRejectionAtTheFirstLevelEndsTheReviews() {
        Agreement agreement = inApproval("900000000.00", "SH", "JS");

        driver.complete(agreement, USER_REVIEW_AGREEMENT, "CN-CCA.reviewer",
                Map.of(VAR_REVIEW_DECISION.name(), "reject", VAR_REASON.name(), "Duplicates an existing national programme"));

        assertThat(driver.openTasks(agreement, USER_REVIEW_AGREEMENT)).isEmpty();
        assertEndedAt(agreement, END_AGREEMENT_REJECTED);
        assertThat(agreements.current(agreement.id()).status()).isEqualTo(AgreementStatus.REJECTED);
    }

    @Test
    void aRejectionNeedsAReason() {
        Agreement agreement = inApproval("10000000.00", "SH", "JS");

        assertThatThrownBy(() -> driver.complete(agreement, USER_REVIEW_AGREEMENT, "CN-CCA.reviewer",
                Map.of(VAR_REVIEW_DECISION.name(), "reject"))).hasMessageContaining("reason (理由 / Reason) is required");
        assertThatThrownBy(() -> driver.complete(agreement, USER_REVIEW_AGREEMENT, "CN-CCA.reviewer",
                Map.of(VAR_REVIEW_DECISION.name(), "maybe"))).hasMessageContaining("reviewDecision (审批决定 / Decision) must be one of approve, reject, revise, not 'maybe'");
        assertThat(driver.openTasks(agreement, USER_REVIEW_AGREEMENT)).hasSize(1);
    }

    @Test
    void theHigherLevelCanAskForRevisionAfterTheFirstApproved() {
        Agreement agreement = inApproval("900000000.00", "SH", "JS");

        driver.complete(agreement, USER_REVIEW_AGREEMENT, "CN-CCA.reviewer", Map.of(VAR_REVIEW_DECISION.name(), "approve"));
        driver.complete(agreement, USER_REVIEW_AGREEMENT, "CN-CCA.leader",
                Map.of(VAR_REVIEW_DECISION.name(), "revise", VAR_REASON.name(), "Halve the requested transfer"));

        assertEndedAt(agreement, END_REVISION_REQUESTED);
        assertThat(driver.openTasks(agreement, "user_revise_after_review")).hasSize(1);
    }

    @Test
    void aReviewPastItsServiceLevelIsEscalatedUntilDecided() {
        Agreement agreement = inApproval("10000000.00", "SH", "JS");

        driver.fireTimer(agreement, TIMER_REVIEW_SLA);

        assertThat(openEscalations(agreement)).isOne();
        assertThat(driver.openTasks(agreement, USER_REVIEW_AGREEMENT)).as("the review stays open").hasSize(1);
        driver.complete(agreement, USER_REVIEW_AGREEMENT, "CN-CCA.reviewer", Map.of(VAR_REVIEW_DECISION.name(), "approve"));
        assertThat(openEscalations(agreement)).isZero();
    }

    private void assertEndedAt(Agreement agreement, String end) {
        List<String> outcomes = List.of(END_AGREEMENT_APPROVED, END_AGREEMENT_REJECTED, END_REVISION_REQUESTED);
        assertThat(driver.endEvents(agreement, KEY)).filteredOn(outcomes::contains).containsExactly(end);
    }

    private long openEscalations(Agreement agreement) {
        return approvals.openEscalations().stream()
                .filter(escalation -> escalation.agreementId().equals(agreement.id())).count();
    }

    private Agreement inApproval(String requestedYuan, String... participants) {
        Agreement agreement = driver.propose(AgreementType.FRAMEWORK, requestedYuan, participants);
        driver.reachConsensus(agreement);
        return agreement;
    }

    private List<String> routeOf(Agreement agreement) {
        driver.reachConsensus(agreement);
        return approvals.currentRoute(agreement.id());
    }
}
