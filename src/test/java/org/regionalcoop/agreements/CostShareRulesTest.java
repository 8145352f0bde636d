package org.regionalcoop.agreements;

import org.junit.jupiter.api.Test;
import org.regionalcoop.kernel.Violation;
import org.regionalcoop.organizations.GovernmentCode;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A percent is judged as written, as the OpenAPI document's and the event schemas' pattern judge it (at most four
 * places, at most 12 characters): trailing zeros count, since the text is stored and sent on as written.
 */
class CostShareRulesTest {

    private static final Set<GovernmentCode> SH_AND_JS = Set.of(new GovernmentCode("SH"), new GovernmentCode("JS"));

    @Test
    void aPercentWithMoreThanFourPlacesAsWrittenIsRefusedEvenIfTheyAreZeros() {
        assertThat(violations("15.000000000000", "85")).extracting(Violation::field).containsExactly("shares[0].percent");
        assertThat(violations("15.00000", "85.0000")).extracting(Violation::field).containsExactly("shares[0].percent");
    }

    @Test
    void fourPlacesOrFewerPass() {
        assertThat(violations("15.0000", "85")).isEmpty();
        assertThat(violations("15", "85.00")).isEmpty();
        assertThat(violations("14.9999", "85.0001")).isEmpty();
    }

    private static List<Violation> violations(String sh, String js) {
        List<Violation> violations = new ArrayList<>();
        CostShareRules.check("shares", List.of(CostShare.of("SH", sh), CostShare.of("JS", js)), SH_AND_JS, violations);
        return violations;
    }
}
