package org.regionalcoop.agreements;

import org.junit.jupiter.api.Test;
import org.regionalcoop.LifecycleDriver;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.regionalcoop.kernel.CurrencyCode;
import org.regionalcoop.kernel.Money;
import org.regionalcoop.organizations.GovernmentCode;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A revision made where only part of the content can be edited keeps the rest of the current version. */
class AgreementContentTest {

    @Test
    void aRevisionKeepsTheBenefitSharesBodiesAndFundItCouldNotEdit() {
        AgreementContent base = LifecycleDriver.content(AgreementType.SPECIALIZED, "1000000.00", "JS-NJ", "JS-SZ");
        GoverningBody group = new GoverningBody("working-group", BodyKind.WORKING_GROUP, "Working group", null,
                List.of(GovernmentCode.of("JS-NJ"), GovernmentCode.of("JS-SZ")), null, null, false, false);
        List<CostShare> benefits = List.of(CostShare.of("JS-NJ", "70"), CostShare.of("JS-SZ", "30"));
        PooledFund fund = new PooledFund("working-group", List.of(
                new PooledFund.Contribution(GovernmentCode.of("JS-NJ"), Money.of("400.00"))));
        AgreementContent current = new AgreementContent(base.title(), base.fields(), base.participants(),
                base.secretariat(), base.mode(), base.type(), base.term(), base.costShares(), base.benefitSharingRule(),
                base.compensationRule(), base.defectionPenalty(), base.supportRequests(), benefits, List.of(group), fund);
        AgreementContent edited = new AgreementContent("Revised " + base.title(), base.fields(), base.participants(),
                base.secretariat(), base.mode(), base.type(), base.term(), base.costShares(), base.benefitSharingRule(),
                base.compensationRule(), base.defectionPenalty(), base.supportRequests());

        AgreementContent revised = edited.keepingSharesBodiesAndFundOf(current);

        assertThat(revised.title()).isEqualTo("Revised " + base.title());
        assertThat(revised.benefitShares()).isEqualTo(benefits);
        assertThat(revised.bodies()).containsExactly(group);
        assertThat(revised.fund()).isEqualTo(fund);
    }

    @Test
    void theYuanIsLeftOutOfTheContentsJsonSoEarlierVersionsKeepTheirHash() throws Exception {
        ObjectMapper json = JsonMapper.builder().findAndAddModules().build();
        AgreementContent inYuan = LifecycleDriver.content(AgreementType.SPECIALIZED, "1000000.00", "JS-NJ", "JS-SZ");
        AgreementContent inYen = new AgreementContent(inYuan.title(), inYuan.fields(), inYuan.participants(),
                inYuan.secretariat(), inYuan.mode(), inYuan.type(), inYuan.term(), inYuan.costShares(),
                inYuan.benefitSharingRule(), inYuan.compensationRule(), inYuan.defectionPenalty(), List.of(), List.of(),
                List.of(), null, CurrencyCode.of("JPY"));

        assertThat(json.readTree(json.writeValueAsString(inYuan)).has("settlementCurrency")).isFalse();
        assertThat(json.readTree(json.writeValueAsString(inYen)).get("settlementCurrency").asText()).isEqualTo("JPY");
        assertThat(json.readValue(json.writeValueAsString(inYuan), AgreementContent.class).settlementCurrency())
                .isEqualTo(CurrencyCode.CNY);
        assertThat(json.readValue(json.writeValueAsString(inYen), AgreementContent.class)).isEqualTo(inYen);
    }
}
