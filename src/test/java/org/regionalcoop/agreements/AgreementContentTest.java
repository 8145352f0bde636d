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

/** How an agreement's content is written as JSON, on which its versions' hashes depend. */
class AgreementContentTest {

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
