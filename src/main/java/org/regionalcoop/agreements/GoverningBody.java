package org.regionalcoop.agreements;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import org.regionalcoop.kernel.TextRules;
import org.regionalcoop.organizations.GovernmentCode;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/**
 * A body the agreement sets up to govern itself: a summit or council, a committee, a working group, working
 * circles or standing committees, with members drawn from the participants, a chair (the host of its meetings)
 * that may rotate by a rule, and a meeting schedule. Other modules name a body by its key, e.g. as a project's
 * lead or a fund's allocator.
 *
 * @param key                a short kebab-case identifier, unique within the agreement, e.g. {@code council}
 * @param nameZh             the Chinese name, when the body has one
 * @param chair              who chairs and hosts; left out, the first member chairs throughout
 * @param meetings           when the body meets; left out for a body without a schedule of its own
 * @param sharesMeetingCosts whether the host's meeting costs are shared among the participants by their cost
 *                           shares in settlement; otherwise the host bears them
 * @param arbitrates         whether the body arbitrates the participants' disputes (a settlement objection goes to
 *                           its chair); at most one body of an agreement does
 */
@Schema(description = "a body the agreement sets up to govern itself, e.g. a summit whose host rotates yearly")
public record GoverningBody(
        @Schema(requiredMode = REQUIRED, pattern = KEY_PATTERN, maxLength = KEY_LENGTH, example = "council",
                description = "short kebab-case identifier, unique within the agreement")
        String key,
        @Schema(requiredMode = REQUIRED, description = "what the body is: summit, council, committee, working-group, "
                + "working-circle or standing-committee")
        BodyKind kind,
        @Schema(requiredMode = REQUIRED, minLength = 1, maxLength = TextRules.NAME, example = "Capital-circle summit",
                description = "the body's name, in English or as the participants write it")
        String name,
        @Schema(maxLength = TextRules.NAME, example = "首都圈峰会", description = "the Chinese name, if any")
        @JsonInclude(JsonInclude.Include.NON_NULL) String nameZh,
        @ArraySchema(minItems = 1, uniqueItems = true, arraySchema = @Schema(requiredMode = REQUIRED,
                description = "participants of the agreement that sit on the body"))
        List<GovernmentCode> members,
        @Schema(description = "who chairs and hosts; left out, the first member chairs throughout")
        @JsonInclude(JsonInclude.Include.NON_NULL) BodyChair chair,
        @Schema(description = "when the body meets; left out when it has no schedule of its own")
        @JsonInclude(JsonInclude.Include.NON_NULL) MeetingSchedule meetings,
        @Schema(defaultValue = "false", description = "the host's meeting costs are shared by the cost shares in "
                + "settlement; otherwise the host bears them")
        boolean sharesMeetingCosts,
        @Schema(defaultValue = "false", description = "the body arbitrates disputes such as a settlement objection, "
                + "through its chair; at most one body of an agreement")
        boolean arbitrates) {

    public static final String KEY_PATTERN = "^[a-z][a-z0-9]*(-[a-z0-9]+)*$";
    public static final int KEY_LENGTH = 40;

    public GoverningBody {
        members = members == null ? List.of() : List.copyOf(members);
    }

    /** The members in the order they chair: the chair's order list, else the members as listed. */
    public List<GovernmentCode> chairOrder() {
        return chair == null || chair.order().isEmpty() ? members : chair.order();
    }

    public ChairRotation rotation() {
        return chair == null ? ChairRotation.FIXED : chair.rotation();
    }

    /** The government that chairs and hosts the meeting with this number (counting the first as 1). */
    public GovernmentCode hostOf(int meeting) {
        List<GovernmentCode> order = chairOrder();
        return switch (rotation()) {
            case FIXED -> order.get(0);
            case PER_MEETING -> order.get((meeting - 1) % order.size());
            case YEARLY -> order.get(Math.toIntExact(
                    ChronoUnit.YEARS.between(meetings.first(), meetings.dateOf(meeting)) % order.size()));
        };
    }

    /** The government chairing the body on a date: the host of the last meeting by then, the first before any. */
    public GovernmentCode chairOn(LocalDate date) {
        if (meetings == null || rotation() == ChairRotation.FIXED || date.isBefore(meetings.first())) {
            return chairOrder().get(0);
        }
        int meeting = 1;
        while (!meetings.dateOf(meeting + 1).isAfter(date)) {
            meeting++;
        }
        return hostOf(meeting);
    }

    /** The body without governments that leave the agreement; none when no member remains. */
    public Optional<GoverningBody> without(List<GovernmentCode> leaving) {
        List<GovernmentCode> remaining = members.stream().filter(member -> !leaving.contains(member)).toList();
        if (remaining.isEmpty()) {
            return Optional.empty();
        }
        BodyChair remainingChair = chair == null ? null : new BodyChair(chair.rotation(),
                chair.order().stream().filter(member -> !leaving.contains(member)).toList());
        return Optional.of(new GoverningBody(key, kind, name, nameZh, remaining, remainingChair, meetings,
                sharesMeetingCosts, arbitrates));
    }

    /**
     * The body as it carries on in a renewal from {@code start}: it next meets on its schedule's first date from then
     * on, and the chair order turns so that whoever would have hosted that meeting hosts it.
     */
    public GoverningBody continuedFrom(LocalDate start) {
        if (meetings == null) {
            return this;
        }
        int meeting = 1;
        while (meetings.dateOf(meeting).isBefore(start)) {
            meeting++;
        }
        List<GovernmentCode> order = new ArrayList<>(chairOrder());
        Collections.rotate(order, -order.indexOf(hostOf(meeting)));
        return new GoverningBody(key, kind, name, nameZh, members, new BodyChair(rotation(), order),
                new MeetingSchedule(meetings.every(), meetings.dateOf(meeting)), sharesMeetingCosts, arbitrates);
    }
}
