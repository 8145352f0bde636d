package org.regionalcoop.agreements.internal;

import org.regionalcoop.agreements.AgreementSearch;
import org.regionalcoop.agreements.AgreementStatus;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The SQL of a search among the agreements a caller may see: the one visibility rule (docs/security.md) and the
 * filters, each answered from an index of the agreement table or of the tables naming who works on it.
 */
final class AgreementSearchQuery {

    /**
     * The agreements staff of these governments see: those their government initiates or takes part in, and
     * those a task was offered to it on (reviewing, funding, arbitrating), from that moment.
     */
    static final String VISIBLE = """
            a.id in (select p.agreement_id from agreement_participant p where p.government_code in (:governments)
                     union all
                     select g.agreement_id from agreement_agency g where g.agency in (:governments)
                     union all
                     select i.id from agreement i where i.initiator in (:governments))
            """;

    private final List<String> conditions = new ArrayList<>();
    private final MapSqlParameterSource parameters = new MapSqlParameterSource();

    private AgreementSearchQuery() {
    }

    /**
     * The search for a caller: all agreements for an administrator, else those of the governments.
     *
     * @param withStatus false to leave the statuses and stages asked for out, e.g. to count every stage
     * @param days       the zone whose days the search's periods are: UTC for the API, the readers' on the board
     */
    static AgreementSearchQuery of(AgreementSearch search, boolean administrator, Collection<String> governments,
                                          ServiceLevels serviceLevels, Instant now, boolean withStatus, ZoneId days) {
        AgreementSearchQuery query = new AgreementSearchQuery();
        if (!administrator) {
            query.where(VISIBLE, "governments", governments.isEmpty() ? List.of("") : List.copyOf(governments));
        }
        Set<AgreementStatus> statuses = search.admittedStatuses();
        if (withStatus && (!statuses.isEmpty() || search.admitsNothing())) {
            query.where("a.status in (:statuses)", "statuses",
                    statuses.isEmpty() ? List.of("") : statuses.stream().map(Enum::name).toList());
        }
        if (search.government() != null) {
            query.where("""
                    a.id in (select p.agreement_id from agreement_participant p where p.government_code = :government
                             union all select i.id from agreement i where i.initiator = :government)
                    """, "government", search.government().value());
        }
        if (search.agency() != null) {
            query.where("a.id in (select g.agreement_id from agreement_agency g where g.agency = :agency)",
                    "agency", search.agency().value());
        }
        if (search.mode() != null) {
            query.where("a.mode = :mode", "mode", search.mode().key());
        }
        if (search.field() != null) {
            query.where("a.fields @> cast(array[:field] as varchar(40)[])", "field", search.field().key());
        }
        if (search.text() != null) {
            query.where("a.title ilike :pattern", "pattern", "%" + search.text().replace("\\", "\\\\")
                    .replace("%", "\\%").replace("_", "\\_") + "%");
        }
        query.period("a.proposed_at", "proposed", search.proposedFrom(), search.proposedTo(), days);
        query.period("a.approved_at", "approved", search.approvedFrom(), search.approvedTo(), days);
        if (search.overdue() != null) {
            query.overdue(search.overdue(), serviceLevels, now);
        }
        return query;
    }

    private void where(String condition, String name, Object value) {
        conditions.add(condition.strip());
        parameters.addValue(name, value);
    }

    private void period(String column, String name, LocalDate from, LocalDate to, ZoneId days) {
        if (from != null) {
            where(column + " >= :" + name + "From", name + "From", start(from, days));
        }
        if (to != null) {
            where(column + " < :" + name + "To", name + "To", start(to.plusDays(1), days));
        }
    }

    /** In its stage longer than the stage's service level: one indexed range per status that has one. */
    private void overdue(boolean overdue, ServiceLevels serviceLevels, Instant now) {
        List<String> late = new ArrayList<>();
        for (AgreementStatus status : AgreementStatus.values()) {
            serviceLevels.of(status).ifPresent(level -> {
                String cutoff = "since" + status.name();
                late.add("(a.status = '" + status.name() + "' and a.status_since < :" + cutoff + ")");
                parameters.addValue(cutoff, Timestamp.from(now.minus(level)));
            });
        }
        String any = "(" + String.join(" or ", late) + ")";
        conditions.add(overdue ? any : "not " + any);
    }

    private static Timestamp start(LocalDate day, ZoneId days) {
        return Timestamp.from(day.atStartOfDay(days).toInstant());
    }

    /** The conditions, as a where clause; empty when there are none. */
    String where() {
        return conditions.isEmpty() ? "" : " where " + String.join("\n   and ", conditions);
    }

    MapSqlParameterSource parameters() {
        return parameters;
    }

    /**
     * One page of the agreements found, in this order, with the columns and joins given (limit and offset to bind). The
     * page is chosen among the agreements alone and only its rows are joined: joined first, an agency's 4,000
     * agreements were each read with their version's text to keep 50 of them.
     */
    String page(String columns, String joins, AgreementSearch.Sort sort) {
        String order = orderBy(sort);
        return columns + " from (select a.* from agreement a" + where() + order + " limit :limit offset :offset) a"
                + joins + order;
    }

    String count() {
        return "select count(*) from agreement a" + where();
    }

    /** The order of a search's answer; the id breaks ties, so pages never overlap. */
    private static String orderBy(AgreementSearch.Sort sort) {
        return " order by " + switch (sort) {
            case PROPOSED -> "a.proposed_at, a.id";
            case NEWEST -> "a.proposed_at desc, a.id";
            case TITLE -> "a.title, a.id";
            case TITLE_DESCENDING -> "a.title desc, a.id";
            case LONGEST_IN_STAGE -> "a.status_since, a.id";
            case SHORTEST_IN_STAGE -> "a.status_since desc, a.id";
            case APPROVED -> "a.approved_at nulls last, a.id";
            case LAST_APPROVED -> "a.approved_at desc nulls last, a.id";
        };
    }
}
