package org.regionalcoop.workbench;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.regionalcoop.LifecycleDriver;
import org.regionalcoop.PlatformTest;
import org.regionalcoop.agreements.Agreements;
import org.regionalcoop.kernel.AgreementId;
import org.springframework.boot.test.web.client.TestRestTemplate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The Shanghai–Tokyo example settling in yen, in force, with a project Shanghai owes 4,000,000 yen of: for the pages'
 * tests of payments in another currency.
 */
final class CrossBorderAgreements {

    private CrossBorderAgreements() {
    }

    /** The example under a title of its own, consented and signed by both: horizontal, it needs no superior. */
    @SuppressWarnings("unchecked")
    static String inForce(TestRestTemplate anonymous, LifecycleDriver lifecycle, Agreements agreements) throws IOException {
        Map<String, Object> proposal = new ObjectMapper().readValue(
                Path.of("docs", "examples", "proposeAgreement", "cross-border.json").toFile(),
                new TypeReference<LinkedHashMap<String, Object>>() {
                });
        ((Map<String, Object>) proposal.get("content")).put("title", "Cross-border pages " + UUID.randomUUID());
        String id = (String) anonymous.withBasicAuth("sh.coordinator", PlatformTest.DEMO_PASSWORD)
                .postForObject("/api/agreements", proposal, Map.class).get("id");
        lifecycle.reachConsensus(agreements.current(AgreementId.of(id)));
        return id;
    }

    /** A 10,000,000 yen project of this name led by Tokyo, shares Tokyo 60 %, Shanghai 40 %. */
    static String project(TestRestTemplate anonymous, String agreement, String name) {
        Map<String, Object> registration = Map.of("name", name, "lead", "JP-TK",
                "field", "trade", "location", "SH", "budget", "10000000", "grantPart", "0",
                "costShares", List.of(Map.of("participant", "JP-TK", "percent", "60"), Map.of("participant", "SH", "percent", "40")),
                "milestones", List.of(Map.of("name", "Desk open", "dueDate", "2028-12-31", "grantAmount", "0")));
        return (String) anonymous.withBasicAuth("jp-tk.coordinator", PlatformTest.DEMO_PASSWORD)
                .postForObject("/api/agreements/{id}/projects", registration, Map.class, agreement).get("id");
    }
}
