package org.regionalcoop.agreements;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.regionalcoop.LifecycleDriver;
import org.regionalcoop.ParticipantSystems;
import org.regionalcoop.PeoplesDays;
import org.regionalcoop.PlatformTest;
import org.regionalcoop.kernel.AgreementId;
import org.regionalcoop.web.DocumentedExamples;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.regionalcoop.PlatformTest.PATIENCE;
import static org.regionalcoop.agreements.ProposalRequests.example;

/**
 * A horizontal council of the four Japanese prefectures of the registry, from its example proposal, through the REST
 * APIs and Kafka only: its members' votes and signatures put it in force without any superior; the council's host,
 * Tokyo this year, convenes its first meeting and records the minutes; the next meeting falls to Kanagawa, next in
 * the members' list, a year on; Tokyo's meeting costs are shared by the cost shares in settlement, and an objection
 * goes to the council's chair, as no agency stands above the prefectures.
 */
@PlatformTest
@SuppressWarnings("unchecked")
class HorizontalCouncilTest {

    @Autowired
    TestRestTemplate anonymous;

    @Autowired
    ApiStaff staff;

    @Autowired
    LifecycleDriver driver;

    @Autowired
    Agreements agreements;

    @Test
    void aCouncilWithAYearlyRotatingHostIsInForceWithoutASuperiorAndHoldsItsMeetings() {
        LocalDate today = PeoplesDays.today();
        Map<String, Object> proposal = example("horizontal-council");
        Map<String, Object> content = new LinkedHashMap<>((Map<String, Object>) proposal.get("content"));
        content.put("term", Map.of("start", today.toString(), "end", today.plusYears(4).minusDays(1).toString()));
        Map<String, Object> council = new LinkedHashMap<>(((List<Map<String, Object>>) content.get("bodies")).get(0));
        council.put("meetings", Map.of("every", "P1Y", "first", today.toString()));
        content.put("bodies", List.of(council));
        proposal.put("content", content);
        List<String> members = (List<String>) content.get("participants");

        Map<String, Object> proposed = as("jp-tk.coordinator").propose(proposal);
        String id = (String) proposed.get("id");
        Map<String, Object> current = (Map<String, Object>) proposed.get("current");
        try (AgreementFeed feed = new AgreementFeed(bootstrapServers(), id);
             ParticipantSystems systems = new ParticipantSystems(bootstrapServers())) {
            feed.await("consensus.round-opened", data -> data.get("round").asInt() == 1);
            as("jp-tk.coordinator").complete("JP-TK.coordinator", "user_cast_vote", id, Map.of("answer", "consent"));
            CooperationOffices.consent(systems, id, 1, members.subList(1, members.size()));
            feed.await("consensus.round-closed", data -> data.get("round").asInt() == 1);
            as("jp-tk.leader").complete("JP-TK.leader", "user_sign_agreement", id,
                    Map.of("signedContentHash", current.get("contentHash")));
            CooperationOffices.sign(systems, id, current.get("number"), current.get("contentHash"),
                    members.subList(1, members.size()), "Governor");
            feed.await("agreement.status-changed", data -> data.get("to").asText().equals("adopted"));
            feed.await("body.meeting-scheduled", data -> data.get("number").asInt() == 1
                    && data.get("host").asText().equals("JP-TK"));

            await("the host is asked to convene at once: the first meeting is today").atMost(PATIENCE)
                    .until(() -> !as("jp-tk.coordinator").tasks("JP-TK.coordinator", "user_convene_meeting", id).isEmpty());
            as("jp-tk.coordinator").complete("JP-TK.coordinator", "user_convene_meeting", id, Map.of(
                    "heldOn", today.toString(), "venue", "Tokyo Metropolitan Government Building",
                    "agenda", "Joint disaster stockpile; waste policy"));
            feed.await("body.meeting-convened", data -> data.get("convenedBy").asText().equals("jp-tk.coordinator"));
            assertThat(as("jp-kn.coordinator").tasks("JP-KN.coordinator", "user_record_minutes", id))
                    .as("only this year's host records the minutes").isEmpty();
            as("jp-tk.coordinator").complete("JP-TK.coordinator", "user_record_minutes", id, Map.of(
                    "meetingMinutes", "All four members attended.",
                    "meetingDecisions", "Stock a shared disaster store in Saitama\nHarmonise waste collection by 2028"));
            feed.await("body.minutes-recorded", data -> data.get("decisions").size() == 2);
            feed.await("body.meeting-scheduled", data -> data.get("number").asInt() == 2);

            assertThat(feed.events()).extracting(AgreementFeed.Event::type)
                    .as("no superior routes, reviews or grants anything").doesNotContain("approval.routed", "grant.reserved");
        }
        assertThat(as("jp-st.coordinator").agreement(id)).containsEntry("status", "adopted");

        List<Map<String, Object>> meetings = as("jp-cb.coordinator").list("/api/agreements/{id}/meetings", id);
        assertThat(meetings).extracting(meeting -> meeting.get("number") + " " + meeting.get("host") + " "
                + meeting.get("scheduledOn") + " " + meeting.get("status"))
                .containsExactly("1 JP-TK " + today + " held", "2 JP-KN " + today.plusYears(1) + " scheduled");
        String first = (String) meetings.get(0).get("id");
        assertThat((List<String>) meetings.get(0).get("decisions")).containsExactly(
                "Stock a shared disaster store in Saitama", "Harmonise waste collection by 2028");

        Map<String, Object> cost = Map.of("amount", "120000.00", "description", "Conference hall and interpreters");
        as("jp-kn.finance_officer").post("/api/meetings/{id}/costs", cost, HttpStatus.FORBIDDEN, first);
        as("jp-kn.coordinator").post("/api/meetings/{id}/costs", Map.of("amount", "0.00", "description", " "),
                HttpStatus.FORBIDDEN, first);
        as("jp-tk.finance_officer").post("/api/meetings/{id}/costs", Map.of("amount", "0.00", "description", " "),
                HttpStatus.BAD_REQUEST, first);
        assertThat(anonymous.withBasicAuth("sh.coordinator", PlatformTest.DEMO_PASSWORD)
                .getForEntity("/api/meetings/{id}", String.class, first).getStatusCode())
                .as("outsiders are told it is not there").isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(as("jp-tk.finance_officer").post("/api/meetings/{id}/costs", cost, HttpStatus.CREATED, first))
                .containsEntry("shared", true).containsEntry("amount", "120000.00");
        assertThat(as("jp-tk.coordinator").audit(id)).extracting(entry -> entry.get("kind"))
                .contains("meeting-convened", "meeting-minutes", "meeting-cost");

        driver.fireTimer(agreements.current(AgreementId.of(id)), "timer_settlement_due");
        List<Map<String, Object>> settlements = as("jp-tk.coordinator").list("/api/agreements/{id}/settlements", id);
        Map<String, Object> settlement = as("jp-tk.coordinator").get("/api/settlements/{id}", settlements.get(0).get("id"));
        assertThat((List<Map<String, Object>>) settlement.get("transfers"))
                .as("Tokyo bore 120,000.00 yuan; each member owes it its cost share")
                .extracting(transfer -> transfer.get("payer") + " pays " + transfer.get("payee") + " " + transfer.get("amount"))
                .containsExactlyInAnyOrder("JP-KN pays JP-TK 30000.00", "JP-ST pays JP-TK 24000.00",
                        "JP-CB pays JP-TK 18000.00");

        for (String member : List.of("jp-tk", "jp-kn", "jp-cb")) {
            as(member + ".finance_officer").complete(member.toUpperCase() + ".finance_officer", "user_confirm_settlement",
                    id, Map.of("answer", "confirm"));
        }
        as("jp-st.finance_officer").complete("JP-ST.finance_officer", "user_confirm_settlement", id,
                Map.of("answer", "object", "objectionReason", "The interpreters were Tokyo's own staff"));
        await().atMost(PATIENCE).until(() -> !as("jp-tk.leader")
                .tasks("JP-TK.leader", "user_arbitrate_settlement", id).isEmpty());
        as("jp-tk.leader").complete("JP-TK.leader", "user_arbitrate_settlement", id, Map.of("decision", "uphold",
                "arbitrationReason", "The council agreed the hall and the interpreters beforehand"));
        await().atMost(PATIENCE).until(() -> as("jp-st.coordinator").get("/api/settlements/{id}",
                settlements.get(0).get("id")).get("status").equals("finalized"));
    }

    @Test
    void withoutAnArbitratingBodyTheSecretariatsLeadersRecordThePartiesJointDecisionOnAnObjection() {
        LocalDate today = PeoplesDays.today();
        Map<String, Object> proposal = example("horizontal-council");
        Map<String, Object> content = new LinkedHashMap<>((Map<String, Object>) proposal.get("content"));
        content.put("title", "Capital-circle council without an arbiter");
        content.put("secretariat", "JP-ST");
        content.put("term", Map.of("start", today.toString(), "end", today.plusYears(2).toString()));
        Map<String, Object> council = new LinkedHashMap<>(((List<Map<String, Object>>) content.get("bodies")).get(0));
        council.put("meetings", Map.of("every", "P1Y", "first", today.toString()));
        council.put("arbitrates", false);
        content.put("bodies", List.of(council));
        proposal.put("content", content);
        String id = staff.agreedByAll(as("jp-tk.coordinator").propose(proposal),
                List.of("jp-tk", "jp-kn", "jp-st", "jp-cb"));
        await().atMost(PATIENCE).until(() -> !as("jp-tk.coordinator")
                .tasks("JP-TK.coordinator", "user_convene_meeting", id).isEmpty());
        as("jp-tk.coordinator").complete("JP-TK.coordinator", "user_convene_meeting", id, Map.of(
                "venue", "Tokyo", "agenda", "Waste policy"));
        String meeting = (String) as("jp-tk.coordinator").list("/api/agreements/{id}/meetings", id).get(0).get("id");
        await().atMost(PATIENCE).until(() -> as("jp-tk.coordinator").get("/api/meetings/{id}", meeting)
                .get("status").equals("convened"));
        Map<String, Object> inYen = new LinkedHashMap<>(Map.of("amount", "20000", "currency", "JPY",
                "description", "Hall"));
        assertThat((List<Map<String, Object>>) as("jp-tk.coordinator").post("/api/meetings/{id}/costs", inYen,
                HttpStatus.BAD_REQUEST, meeting).get("errors")).extracting(error -> error.get("field"))
                .containsExactly("rate", "rateDate");
        inYen.put("rate", "0.05");
        inYen.put("rateDate", "2026-11-30");
        try (AgreementFeed feed = new AgreementFeed(bootstrapServers(), id)) {
            assertThat(as("jp-tk.coordinator").post("/api/meetings/{id}/costs", inYen, HttpStatus.CREATED, meeting))
                    .as("the hall was paid in yen; at the agreed 0.05 yuan per yen it counts for 1,000.00 yuan")
                    .containsEntry("amount", "1000.00").containsEntry("original", Map.of("amount", "20000.00",
                            "currency", "JPY", "rate", "0.05", "rateDate", "2026-11-30"));
            JsonNode recorded = feed.await("body.meeting-costs-recorded");
            assertThat(recorded.get("amount").asText()).isEqualTo("1000.00");
            assertThat(recorded.get("original").get("currency").asText()).isEqualTo("JPY");
            assertThat(recorded.get("original").get("amount").asText()).isEqualTo("20000.00");
        }
        // The host's coordinator sends what the document shows for recording a cost, as Swagger UI fills it in.
        DocumentedExamples.of("recordCost").forEach((name, example) -> assertThat(as("jp-tk.coordinator")
                .post("/api/meetings/{id}/costs", example, HttpStatus.CREATED, meeting)).as(name)
                .containsEntry("description", example.get("description")));
        assertThat((List<?>) as("jp-kn.coordinator").get("/api/meetings/{id}", meeting).get("costs")).hasSize(3);

        driver.fireTimer(agreements.current(AgreementId.of(id)), "timer_settlement_due");
        for (String member : List.of("jp-tk", "jp-kn", "jp-cb")) {
            as(member + ".finance_officer").complete(member.toUpperCase() + ".finance_officer", "user_confirm_settlement",
                    id, Map.of("answer", "confirm"));
        }
        as("jp-st.finance_officer").complete("JP-ST.finance_officer", "user_confirm_settlement", id,
                Map.of("answer", "object", "objectionReason", "The hall was booked without asking"));

        await().atMost(PATIENCE).until(() -> !as("jp-st.leader")
                .tasks("JP-ST.leader", "user_arbitrate_settlement", id).isEmpty());
        assertThat(as("jp-tk.leader").tasks("JP-TK.leader", "user_arbitrate_settlement", id))
                .as("the council's chair does not arbitrate for an agreement that names no arbiter").isEmpty();
    }

    private StaffClient as(String user) {
        return staff.as(user);
    }

    private Object bootstrapServers() {
        return staff.bootstrapServers();
    }
}
