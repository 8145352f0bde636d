package org.regionalcoop.workbench;

import org.regionalcoop.LifecycleDriver;
import org.regionalcoop.agreements.Agreement;
import org.regionalcoop.agreements.AgreementContent;
import org.regionalcoop.agreements.AgreementType;
import org.regionalcoop.agreements.Agreements;
import org.regionalcoop.agreements.BodyKind;
import org.regionalcoop.agreements.CooperationField;
import org.regionalcoop.agreements.CooperationMode;
import org.regionalcoop.agreements.CostShare;
import org.regionalcoop.agreements.GoverningBody;
import org.regionalcoop.agreements.PooledFund;
import org.regionalcoop.agreements.Term;
import org.regionalcoop.funds.Funds;
import org.regionalcoop.kernel.Money;
import org.regionalcoop.organizations.GovernmentCode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A horizontal network of Changsha, Zhuzhou and Xiangtan in force, for the pooled fund's pages: its working group
 * (Zhuzhou, Xiangtan) allocates the fund, which Changsha (600 agreed) and Zhuzhou (400) pay into; its mobility circle
 * (Changsha, Xiangtan) may lead projects. Its projects are in disaster prevention, a field no other test registers in
 * Hunan, so that a circle-led project of another test's network is never taken for repeated construction of them.
 */
final class FundNetwork {

    static final List<GovernmentCode> MEMBERS = List.of(new GovernmentCode("HN-CS"), new GovernmentCode("HN-ZZ"),
            new GovernmentCode("HN-XT"));

    private FundNetwork() {
    }

    /** The network in force, Changsha having paid {@code paidIn} into its fund. */
    static Agreement inForce(Agreements agreements, LifecycleDriver driver, Funds funds, String paidIn) {
        return inForce(agreements, driver, funds, paidIn, "Changsha-Zhuzhou-Xiangtan network fund "
                + UUID.randomUUID().toString().substring(0, 8));
    }

    /** The network in force under this title, Changsha having paid {@code paidIn} into its fund. */
    static Agreement inForce(Agreements agreements, LifecycleDriver driver, Funds funds, String paidIn, String title) {
        AgreementContent content = new AgreementContent(title, List.of(CooperationField.DISASTER_PREVENTION), MEMBERS,
                MEMBERS.get(0), CooperationMode.HORIZONTAL, AgreementType.FRAMEWORK,
                new Term(LocalDate.of(2027, 1, 1), LocalDate.of(2029, 12, 31)),
                List.of(CostShare.of("HN-CS", "50"), CostShare.of("HN-ZZ", "30"), CostShare.of("HN-XT", "20")),
                "no benefits divided", "short payers compensate", Money.of("0.00"), List.of(), List.of(),
                List.of(new GoverningBody("working-group", BodyKind.WORKING_GROUP, "Network working group", "网络工作组",
                                List.of(MEMBERS.get(1), MEMBERS.get(2)), null, null, false, false),
                        new GoverningBody("circle", BodyKind.WORKING_CIRCLE, "Mobility circle", "交通工作圈",
                                List.of(MEMBERS.get(0), MEMBERS.get(2)), null, null, false, false)),
                new PooledFund("working-group", List.of(new PooledFund.Contribution(MEMBERS.get(0), Money.of("600.00")),
                        new PooledFund.Contribution(MEMBERS.get(1), Money.of("400.00")))));
        Agreement agreement = agreements.propose(MEMBERS.get(0), content, LifecycleDriver.coordinatorOf("HN-CS"));
        driver.reachConsensus(agreement);
        funds.recordPayment(agreement.id(), MEMBERS.get(0), Money.of(paidIn), Instant.parse("2026-11-01T00:00:00Z"),
                "urn:gov:hn-cs");
        return agreements.current(agreement.id());
    }
}
