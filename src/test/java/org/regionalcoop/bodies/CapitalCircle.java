package org.regionalcoop.bodies;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Proposals of the Tokyo capital-circle cooperation as its members' coordinators send them: four prefectures,
 * horizontal, with a council whose host rotates yearly down the members' list and that meets every year from a
 * first date, sharing its meeting costs by the cost shares and arbitrating the members' disputes.
 */
final class CapitalCircle {

    static final List<String> MEMBERS = List.of("JP-TK", "JP-KN", "JP-ST", "JP-CB");

    private CapitalCircle() {
    }

    /** A proposal whose council first meets on {@code firstMeeting}, within a term from {@code start} to {@code end}. */
    static Map<String, Object> proposal(String title, LocalDate start, LocalDate end, LocalDate firstMeeting) {
        Map<String, Object> council = new LinkedHashMap<>();
        council.put("key", "council");
        council.put("kind", "council");
        council.put("name", "Capital-circle council");
        council.put("nameZh", "首都圈理事会");
        council.put("members", MEMBERS);
        council.put("chair", Map.of("rotation", "yearly"));
        council.put("meetings", Map.of("every", "P1Y", "first", firstMeeting.toString()));
        council.put("sharesMeetingCosts", true);
        council.put("arbitrates", true);
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("title", title);
        content.put("fields", List.of("disaster-prevention", "environment"));
        content.put("participants", MEMBERS);
        content.put("secretariat", "JP-TK");
        content.put("mode", "horizontal");
        content.put("type", "framework");
        content.put("term", Map.of("start", start.toString(), "end", end.toString()));
        content.put("costShares", List.of(share("JP-TK", "40"), share("JP-KN", "25"), share("JP-ST", "20"),
                share("JP-CB", "15")));
        content.put("benefitSharingRule", "Shared facilities serve every member alike; no benefits are divided");
        content.put("compensationRule", "The council's meeting costs are shared by the cost shares");
        content.put("defectionPenalty", "0.00");
        content.put("supportRequests", new ArrayList<>());
        content.put("bodies", List.of(council));
        Map<String, Object> proposal = new LinkedHashMap<>();
        proposal.put("initiator", "JP-TK");
        proposal.put("content", content);
        return proposal;
    }

    static Map<String, Object> share(String participant, String percent) {
        return Map.of("participant", participant, "percent", percent);
    }
}
