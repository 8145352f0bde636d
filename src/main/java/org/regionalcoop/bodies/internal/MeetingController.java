package org.regionalcoop.bodies.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import org.regionalcoop.bodies.BodyMeetings;
import org.regionalcoop.bodies.Meeting;
import org.regionalcoop.bodies.MeetingCost;
import org.regionalcoop.bodies.MeetingId;
import org.regionalcoop.kernel.AgreementId;
import org.regionalcoop.kernel.Money;
import org.regionalcoop.kernel.TextRules;
import org.regionalcoop.security.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/**
 * The meetings of an agreement's governing bodies, for those who may see the agreement; and the meeting costs
 * the host's coordinators or finance officers record.
 */
@RestController
class MeetingController {

    private final BodyMeetings meetings;

    MeetingController(BodyMeetings meetings) {
        this.meetings = meetings;
    }

    /** A cost the host bore for a meeting it convened. */
    record CostReport(@Schema(requiredMode = REQUIRED, description = "positive, exact yuan") Money amount,
                      @Schema(requiredMode = REQUIRED, minLength = 1, maxLength = TextRules.DESCRIPTION,
                              example = "Conference hall, interpreters and the members' lunch") String description) {
    }

    @GetMapping("/api/agreements/{id}/meetings")
    List<Meeting> ofAgreement(@PathVariable AgreementId id) {
        return meetings.ofAgreement(id, Caller.current());
    }

    @GetMapping("/api/meetings/{id}")
    Meeting meeting(@PathVariable MeetingId id) {
        return meetings.get(id, Caller.current());
    }

    @PostMapping("/api/meetings/{id}/costs")
    @ResponseStatus(HttpStatus.CREATED)
    MeetingCost recordCost(@PathVariable MeetingId id, @RequestBody CostReport cost) {
        return meetings.recordCost(id, cost.amount(), cost.description(), Caller.current());
    }
}
