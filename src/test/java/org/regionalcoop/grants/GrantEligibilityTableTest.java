package org.regionalcoop.grants;

import org.regionalcoop.grants.internal.GrantProcess;

import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.regionalcoop.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The decision table gives poorer plates a higher central share, for every support type that pays money. */
@PlatformTest
class GrantEligibilityTableTest {

    private static final List<String> RICHEST_FIRST = List.of("east", "northeast", "central", "west");

    @Autowired
    DecisionService decisions;

    @ParameterizedTest
    @ValueSource(strings = {"fiscal-transfer", "infrastructure-investment", "tax-preference"})
    void poorerPlatesGetAHigherShare(String supportType) {
        List<Integer> shares = new ArrayList<>();
        for (String plate : RICHEST_FIRST) {
            DmnDecisionResultEntries verdict = evaluate(supportType, plate, 100_000_000L, true);
            shares.add(Boolean.TRUE.equals(verdict.get("eligible")) ? ((Number) verdict.get("centralSharePercent")).intValue() : 0);
        }
        assertThat(shares).as("%s shares from the east to the west", supportType).isSorted().doesNotHaveDuplicates();
        assertThat(shares.get(3)).isBetween(1, 100);
    }

    @ParameterizedTest
    @ValueSource(strings = {"fiscal-transfer", "pilot-zone-status", "land-quota"})
    void withoutAProgrammeNothingIsEligible(String supportType) {
        DmnDecisionResultEntries verdict = evaluate(supportType, "west", 100_000_000L, false);
        assertThat(verdict.get("eligible")).isEqualTo(false);
        assertThat(verdict.get("ineligibleReason")).isEqualTo("no grant programme covers this support this year");
    }

    @ParameterizedTest
    @ValueSource(longs = {0L, -1L})
    void monetarySupportNeedsAPositiveAmount(long requestedFen) {
        DmnDecisionResultEntries verdict = evaluate("infrastructure-investment", "west", requestedFen, true);
        assertThat(verdict.get("eligible")).isEqualTo(false);
        assertThat(verdict.get("ineligibleReason")).isEqualTo("monetary support needs a positive requested amount");
    }

    private DmnDecisionResultEntries evaluate(String supportType, String plate, long requestedFen, boolean hasProgramme) {
        return decisions.evaluateDecisionByKey(GrantProcess.DECISION)
                .variables(Variables.createVariables()
                        .putValue(GrantProcess.VAR_SUPPORT_TYPE.name(), supportType)
                        .putValue(GrantProcess.VAR_POOREST_PLATE.name(), plate)
                        .putValue(GrantProcess.VAR_REQUESTED_FEN.name(), requestedFen)
                        .putValue(GrantProcess.VAR_HAS_PROGRAMME.name(), hasProgramme))
                .evaluate().getSingleResult();
    }
}
