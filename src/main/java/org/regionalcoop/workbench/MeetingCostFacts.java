package org.regionalcoop.workbench;

import org.regionalcoop.agreements.AgreementContent;
import org.regionalcoop.agreements.Agreements;
import org.regionalcoop.agreements.GoverningBody;
import org.regionalcoop.bodies.BodyMeetings;
import org.regionalcoop.bodies.Meeting;
import org.regionalcoop.bodies.MeetingCost;
import org.regionalcoop.bodies.MeetingStatus;
import org.regionalcoop.kernel.AgreementId;
import org.regionalcoop.kernel.NotFoundException;
import org.regionalcoop.security.Caller;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The meetings of an agreement's governing bodies and the costs their hosts recorded, for the agreement's page and
 * its settlements: a shared cost counts in the settlements whose period ends after it was recorded, as the
 * settlement module counts it.
 */
@Component
class MeetingCostFacts {

    private final BodyMeetings meetings;
    private final Agreements agreements;

    MeetingCostFacts(BodyMeetings meetings, Agreements agreements) {
        this.meetings = meetings;
        this.agreements = agreements;
    }

    /** One meeting with its body's name in the reader's language, and whether the caller may record its costs. */
    record MeetingRow(Meeting meeting, String bodyName, boolean mayRecordCosts) {
    }

    /** One recorded cost with its meeting. */
    record CostRow(MeetingRow meeting, MeetingCost cost) {
    }

    /** The agreement's meetings body by body, scheduled ones included; none if the caller may not see them. */
    List<MeetingRow> of(AgreementId id, Caller caller) {
        List<Meeting> all;
        try {
            all = meetings.ofAgreement(id, caller);
        } catch (NotFoundException hidden) {
            return List.of();
        }
        AgreementContent content = agreements.current(id).current().content();
        List<MeetingRow> rows = new ArrayList<>();
        for (Meeting meeting : all) {
            boolean open = meeting.status() == MeetingStatus.CONVENED || meeting.status() == MeetingStatus.HELD;
            rows.add(new MeetingRow(meeting, name(content, meeting.body()),
                    open && BodyMeetings.mayRecordCosts(meeting, caller)));
        }
        return rows;
    }

    /** The costs settlement shares, recorded by the instant a settlement's period ends. */
    static List<CostRow> sharedBy(List<MeetingRow> meetings, Instant periodEnd) {
        List<CostRow> costs = new ArrayList<>();
        for (MeetingRow row : meetings) {
            row.meeting().costs().stream().filter(MeetingCost::shared)
                    .filter(cost -> !cost.recordedAt().isAfter(periodEnd))
                    .forEach(cost -> costs.add(new CostRow(row, cost)));
        }
        return costs;
    }

    private static String name(AgreementContent content, String key) {
        return content.body(key).map(MeetingCostFacts::nameOf).orElse(key);
    }

    /** The body's name in the reader's language where it has one. */
    static String nameOf(GoverningBody body) {
        boolean chinese = LocaleContextHolder.getLocale().getLanguage().equals(Locale.CHINESE.getLanguage());
        return chinese && body.nameZh() != null ? body.nameZh() : body.name();
    }
}
