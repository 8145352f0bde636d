package org.regionalcoop.agreements;

import org.junit.jupiter.api.Test;
import org.regionalcoop.LifecycleDriver;
import org.regionalcoop.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regionalcoop.agreements.ProposalRequests.content;
import static org.regionalcoop.agreements.ProposalRequests.proposal;
import static org.regionalcoop.agreements.ProposalRequests.share;

/** An agreement sets up governing bodies with its proposal; every broken rule of a body is named at once. */
@PlatformTest
@SuppressWarnings("unchecked")
class GoverningBodiesProposalTest {

    @Autowired
    TestRestTemplate anonymous;

    @Autowired
    LifecycleDriver driver;

    @Test
    void aProposalSetsUpASummitWhoseHostRotatesYearly() {
        Map<String, Object> summit = summit();
        summit.put("nameZh", "首都圈峰会");

        Map<String, Object> proposed = new StaffClient(anonymous, driver, "jp-tk.coordinator").propose(capitalCircle(summit));

        Map<String, Object> content = (Map<String, Object>) ((Map<String, Object>) proposed.get("current")).get("content");
        assertThat((List<Map<String, Object>>) content.get("bodies")).containsExactly(Map.of(
                "key", "summit", "kind", "summit", "name", "Capital-circle summit", "nameZh", "首都圈峰会",
                "members", List.of("JP-TK", "JP-KN", "JP-ST", "JP-CB"),
                "chair", Map.of("rotation", "yearly", "order", List.of()),
                "meetings", Map.of("every", "P1Y", "first", "2027-06-01"),
                "sharesMeetingCosts", true, "arbitrates", true));
    }

    @Test
    void everyBrokenRuleOfEveryBodyIsNamed() {
        Map<String, Object> strangers = summit();
        strangers.put("members", List.of("JP-TK", "SH", "JP-TK"));
        strangers.put("chair", Map.of("rotation", "per-meeting", "order", List.of("JP-CB")));
        strangers.put("meetings", Map.of("every", "P0D", "first", "2026-01-01"));
        Map<String, Object> twin = summit();
        twin.put("name", " ");
        Map<String, Object> unscheduled = summit();
        unscheduled.put("key", "Standing Committee");
        unscheduled.remove("meetings");

        List<Map<String, Object>> errors = (List<Map<String, Object>>) new StaffClient(anonymous, driver, "jp-tk.coordinator")
                .post("/api/agreements", capitalCircle(strangers, twin, unscheduled), HttpStatus.BAD_REQUEST).get("errors");

        assertThat(errors).containsExactlyInAnyOrder(
                error("content.bodies[0].members[1]", "SH is not a participant of the agreement"),
                error("content.bodies[0].members[2]", "JP-TK is listed twice"),
                error("content.bodies[0].chair.order[0]", "JP-CB is not a member of the body"),
                error("content.bodies[0].meetings.every", "must be a positive period such as P1Y or P6M"),
                error("content.bodies[0].meetings.first", "the first meeting falls within the term, 2027-04-01 to 2031-03-31"),
                error("content.bodies[1].key", "'summit' is already the key of content.bodies[0]"),
                error("content.bodies[1].name", "is required"),
                error("content.bodies[1].arbitrates", "another body already arbitrates; at most one does"),
                error("content.bodies[2].key", "'Standing Committee' is not a key: lower-case letters and digits, "
                        + "hyphen-separated, at most 40 characters, e.g. working-group"),
                error("content.bodies[2].chair.rotation", "a chair that rotates yearly needs the body's meeting schedule "
                        + "to rotate by"));
    }

    @Test
    void anUnknownKindOrPeriodIsNamedWithWhatIsExpected() {
        Map<String, Object> summit = summit();
        summit.put("kind", "parliament");
        summit.put("meetings", Map.of("every", "yearly", "first", "2027-06-01"));

        List<Map<String, Object>> errors = (List<Map<String, Object>>) new StaffClient(anonymous, driver, "jp-tk.coordinator")
                .post("/api/agreements", capitalCircle(summit), HttpStatus.BAD_REQUEST).get("errors");

        assertThat(errors).extracting(error -> error.get("field"))
                .containsExactlyInAnyOrder("content.bodies[0].kind", "content.bodies[0].meetings.every");
        assertThat(errors).anySatisfy(error -> assertThat(error.get("message")).isEqualTo("unknown value 'parliament'; "
                + "expected one of summit, council, committee, working-group, working-circle, standing-committee"));
    }

    static Map<String, Object> capitalCircle(Map<String, Object>... bodies) {
        List<String> members = List.of("JP-TK", "JP-KN", "JP-ST", "JP-CB");
        Map<String, Object> content = content("Capital-circle summit", "horizontal", "framework", members, "JP-TK",
                List.of(share("JP-TK", "40"), share("JP-KN", "25"), share("JP-ST", "20"), share("JP-CB", "15")), List.of());
        content.put("term", Map.of("start", "2027-04-01", "end", "2031-03-31"));
        content.put("bodies", List.of(bodies));
        return proposal("JP-TK", content);
    }

    private static Map<String, Object> summit() {
        Map<String, Object> summit = new LinkedHashMap<>();
        summit.put("key", "summit");
        summit.put("kind", "summit");
        summit.put("name", "Capital-circle summit");
        summit.put("members", List.of("JP-TK", "JP-KN", "JP-ST", "JP-CB"));
        summit.put("chair", Map.of("rotation", "yearly"));
        summit.put("meetings", Map.of("every", "P1Y", "first", "2027-06-01"));
        summit.put("sharesMeetingCosts", true);
        summit.put("arbitrates", true);
        return summit;
    }

    private static Map<String, Object> error(String field, String message) {
        return Map.of("field", field, "message", message);
    }
}
