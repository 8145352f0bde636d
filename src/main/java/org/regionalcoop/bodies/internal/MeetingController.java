package org.regionalcoop.bodies.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.media.Schema;
import org.regionalcoop.bodies.BodyMeetings;
import org.regionalcoop.bodies.Meeting;
import org.regionalcoop.bodies.MeetingCost;
import org.regionalcoop.bodies.MeetingId;
import org.regionalcoop.kernel.AgreementId;
import org.regionalcoop.kernel.CurrencyCode;
import org.regionalcoop.kernel.Money;
import org.regionalcoop.kernel.PaidIn;
import org.regionalcoop.kernel.TextRules;
import org.regionalcoop.security.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/**
 * The meetings of an agreement's governing bodies, for those who may see the agreement; and the meeting costs
 * the host's coordinators or finance officers record.
 */
@RestController
@Tag(name = "Meetings", description = "The meetings of an agreement's governing bodies (a council, a committee, a "
        + "working group): who hosts each by the body's rotation, when it is held, its minutes and decisions, and the "
        + "costs its host bore")
class MeetingController {

    private final BodyMeetings meetings;

    MeetingController(BodyMeetings meetings) {
        this.meetings = meetings;
    }

    /** A cost the host bore for a meeting it convened. */
    @Schema(description = "A cost the host bore for a meeting it convened")
    record CostReport(@Schema(requiredMode = REQUIRED, description = "what the host paid, positive, in currency (the "
                              + "agreement's settlement currency unless currency names another)") Money amount,
                      @Schema(requiredMode = REQUIRED, minLength = 1, maxLength = TextRules.DESCRIPTION,
                              example = "Conference hall, interpreters and the members' lunch",
                              description = "what the money was spent on") String description,
                      @Schema(description = "the ISO 4217 currency the host paid in, when not the agreement's "
                              + "settlement currency; the cost then counts for amount converted at rate, rounded half up "
                              + "to the settlement currency's minor unit, and both are kept") CurrencyCode currency,
                      @Schema(pattern = PaidIn.RATE_PATTERN, example = "21.0526", description = "the rate "
                              + "the parties agreed: units of the settlement currency per unit of currency, an exact "
                              + "decimal; required with currency") String rate,
                      @Schema(description = "the day the parties agreed the rate; required with currency, not in the "
                              + "future") LocalDate rateDate) {
    }

    @GetMapping("/api/agreements/{id}/meetings")
    @Operation(operationId = "listAgreementMeetings", summary = "List the meetings of an agreement's bodies",
            description = "Every meeting scheduled, held or called off for the agreement's governing bodies, in order; "
                    + "for those who may see the agreement.")
    List<Meeting> ofAgreement(@Parameter(description = "The agreement's id") @PathVariable AgreementId id) {
        return meetings.ofAgreement(id, Caller.current());
    }

    @GetMapping("/api/meetings/{id}")
    @Operation(operationId = "getMeeting", summary = "Read a meeting",
            description = "One meeting of a governing body: its host, date, venue, minutes, decisions and recorded costs.")
    Meeting meeting(@Parameter(description = "The meeting's id, as the agreement's meetings list it") @PathVariable MeetingId id) {
        return meetings.get(id, Caller.current());
    }

    @PostMapping("/api/meetings/{id}/costs")
    @ResponseStatus(HttpStatus.CREATED)
    @ApiResponse(responseCode = "403", description = "The caller sees the meeting but is not among the host's "
            + "coordinators and finance officers, who record its costs")
    @Operation(operationId = "recordCost", summary = "Record a cost the host bore for a meeting",
            description = "For the host's coordinators and finance officers. Where the agreement shares meeting costs, "
                    + "settlement shares it by the cost shares. A cost paid in another currency than the agreement's "
                    + "names it with the rate the parties agreed and its date; it counts for the conversion, and both "
                    + "are kept.")
    MeetingCost recordCost(@Parameter(description = "The meeting's id") @PathVariable MeetingId id,
                           @RequestBody CostReport cost) {
        return meetings.recordCost(id, cost.amount(), new PaidIn(cost.currency(), cost.rate(), cost.rateDate()),
                cost.description(), Caller.current());
    }
}
