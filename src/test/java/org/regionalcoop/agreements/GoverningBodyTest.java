package org.regionalcoop.agreements;

import org.junit.jupiter.api.Test;
import org.regionalcoop.kernel.Money;
import org.regionalcoop.organizations.GovernmentCode;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Who hosts a governing body's meetings, when they fall, and what becomes of the body when members leave or it renews. */
class GoverningBodyTest {

    private static final List<GovernmentCode> MEMBERS = codes("JP-TK", "JP-KN", "JP-ST", "JP-CB");

    @Test
    void aYearlyRotatingHostPassesAlongTheMembersListOrderOncePerYear() {
        GoverningBody summit = body(new BodyChair(ChairRotation.YEARLY, List.of()), "P6M", "2027-05-01");

        assertThat(IntStream.rangeClosed(1, 9).mapToObj(summit::hostOf).map(GovernmentCode::value))
                .as("two meetings a year, one host a year, round the list and back")
                .containsExactly("JP-TK", "JP-TK", "JP-KN", "JP-KN", "JP-ST", "JP-ST", "JP-CB", "JP-CB", "JP-TK");
    }

    @Test
    void aPerMeetingHostFollowsTheChairsOwnOrder() {
        GoverningBody council = body(new BodyChair(ChairRotation.PER_MEETING, codes("JP-ST", "JP-TK")), "P3M",
                "2027-05-01");

        assertThat(IntStream.rangeClosed(1, 4).mapToObj(council::hostOf).map(GovernmentCode::value))
                .containsExactly("JP-ST", "JP-TK", "JP-ST", "JP-TK");
    }

    @Test
    void aFixedChairOrNoneAtAllIsTheFirstThroughout() {
        assertThat(body(null, "P1Y", "2027-05-01").hostOf(3)).isEqualTo(new GovernmentCode("JP-TK"));
        assertThat(body(new BodyChair(ChairRotation.FIXED, codes("JP-CB")), null, null).chairOn(LocalDate.of(2030, 1, 1)))
                .isEqualTo(new GovernmentCode("JP-CB"));
    }

    @Test
    void theChairOnADateIsTheHostOfTheLastMeetingByThen() {
        GoverningBody summit = body(new BodyChair(ChairRotation.YEARLY, List.of()), "P1Y", "2027-05-01");

        assertThat(summit.chairOn(LocalDate.of(2027, 1, 1))).as("before the first meeting").isEqualTo(MEMBERS.get(0));
        assertThat(summit.chairOn(LocalDate.of(2028, 4, 30))).isEqualTo(MEMBERS.get(0));
        assertThat(summit.chairOn(LocalDate.of(2028, 5, 1))).isEqualTo(MEMBERS.get(1));
        assertThat(summit.chairOn(LocalDate.of(2030, 12, 31))).isEqualTo(MEMBERS.get(3));
    }

    @Test
    void meetingsFallOnCalendarDatesFromTheFirstWithoutDrifting() {
        MeetingSchedule monthly = new MeetingSchedule(Period.ofMonths(1), LocalDate.of(2027, 1, 31));

        assertThat(List.of(monthly.dateOf(1), monthly.dateOf(2), monthly.dateOf(3))).containsExactly(
                LocalDate.of(2027, 1, 31), LocalDate.of(2027, 2, 28), LocalDate.of(2027, 3, 31));
    }

    @Test
    void membersThatLeaveTheAgreementLeaveItsBodiesAndABodyWithoutMembersGoes() {
        GoverningBody summit = body(new BodyChair(ChairRotation.YEARLY, codes("JP-KN", "JP-TK", "JP-CB")), "P1Y",
                "2027-05-01");

        GoverningBody reduced = summit.without(codes("JP-KN")).orElseThrow();
        assertThat(reduced.members()).containsExactlyElementsOf(codes("JP-TK", "JP-ST", "JP-CB"));
        assertThat(reduced.chairOrder()).containsExactlyElementsOf(codes("JP-TK", "JP-CB"));
        assertThat(summit.without(MEMBERS)).isEmpty();
    }

    @Test
    void aRenewedBodyMeetsOnItsScheduleAndWhoeverWasNextHosts() {
        GoverningBody summit = body(new BodyChair(ChairRotation.YEARLY, List.of()), "P1Y", "2027-05-01");

        GoverningBody renewed = summit.continuedFrom(LocalDate.of(2029, 4, 1));

        assertThat(renewed.meetings().first()).isEqualTo(LocalDate.of(2029, 5, 1));
        assertThat(renewed.hostOf(1)).as("the third meeting's host").isEqualTo(summit.hostOf(3)).isEqualTo(MEMBERS.get(2));
        assertThat(renewed.hostOf(2)).isEqualTo(MEMBERS.get(3));
        assertThat(renewed.hostOf(3)).isEqualTo(MEMBERS.get(0));
    }

    @Test
    void otherModulesFindABodyByItsKey() {
        GoverningBody summit = body(null, null, null);
        AgreementContent content = new AgreementContent("Capital-circle summit", List.of(CooperationField.ENVIRONMENT),
                MEMBERS, MEMBERS.get(0), CooperationMode.HORIZONTAL, AgreementType.FRAMEWORK,
                new Term(LocalDate.of(2027, 4, 1), LocalDate.of(2031, 3, 31)), List.of(), "none", "none", Money.ZERO,
                List.of(), List.of(), List.of(summit));

        assertThat(content.body("summit")).contains(summit);
        assertThat(content.body("council")).isEmpty();
        assertThat(content.arbitratingBody()).isEmpty();
    }

    private static GoverningBody body(BodyChair chair, String every, String first) {
        MeetingSchedule meetings = every == null ? null : new MeetingSchedule(Period.parse(every), LocalDate.parse(first));
        return new GoverningBody("summit", BodyKind.SUMMIT, "Capital-circle summit", null, MEMBERS, chair, meetings,
                false, false);
    }

    private static List<GovernmentCode> codes(String... codes) {
        return List.of(codes).stream().map(GovernmentCode::new).toList();
    }
}
