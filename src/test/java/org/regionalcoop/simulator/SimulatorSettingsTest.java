package org.regionalcoop.simulator;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import java.math.BigDecimal;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The finance behaviours bind from properties and environment variables as the vote behaviours do. */
class SimulatorSettingsTest {

    @Test
    void bindsEachGovernmentsFinanceBehaviourAndTheDefaults() {
        SimulatorSettings settings = new Binder(new MapConfigurationPropertySource(Map.of(
                "platform.simulator.governments", "JS,HN-ZZ",
                "platform.simulator.payment.default", "default",
                "platform.simulator.payment.js", "pay",
                "platform.simulator.benefit.HN-ZZ", "250000.50",
                "platform.simulator.transfer.default", "silent",
                "platform.simulator.settlement.HN-ZZ", "object",
                "platform.simulator.settlement.js", "silent")))
                .bind("platform.simulator", SimulatorSettings.class).orElseThrow(IllegalStateException::new);

        assertThat(settings.paymentOf("JS")).isEqualTo(Payment.PAY);
        assertThat(settings.paymentOf("HN-ZZ")).isEqualTo(Payment.DEFAULT);
        assertThat(settings.benefitOf("HN-ZZ")).isEqualByComparingTo("250000.50");
        assertThat(settings.benefitOf("JS")).isEqualByComparingTo(new BigDecimal(SimulatorSettings.DEFAULT_BENEFIT));
        assertThat(settings.receiptOf("JS")).isEqualTo(Receipt.SILENT);
        assertThat(settings.behaviourOf("JS")).isEqualTo(Behaviour.CONSENT);
        assertThat(settings.confirmationOf("HN-ZZ")).isEqualTo(Confirmation.OBJECT);
        assertThat(settings.confirmationOf("JS")).isEqualTo(Confirmation.SILENT);
        assertThat(settings.confirmationOf("AH")).isEqualTo(Confirmation.CONFIRM);
    }
}
