package org.regionalcoop.agreements;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Agreements in bulk, generated in SQL for the search's plan test and the board's benchmark: among 50 governments
 * of their own ({@code PLAN0} to {@code PLAN49}, two participants each, the first initiating), in every status,
 * proposed over the last 1,000 hours, half with a Chinese and half with an English title, each reviewed by one of 25
 * agencies ({@code PLAN-PCA0} to {@code PLAN-PCA24}). Their ids start with {@code b0a4d000-}, so they are told apart and removed.
 */
public final class ManyAgreements {

    public static final int GOVERNMENTS = 50;
    public static final int AGENCIES = 25;
    /** One of the agencies, reviewing 4,000 of 100,000 agreements. */
    public static final String AGENCY = "PLAN-PCA7";
    private static final String IDS = "'b0a4d000-0000-4000-8000-' || lpad(to_hex(n), 12, '0')";

    private ManyAgreements() {
    }

    public static void insert(JdbcTemplate jdbc, int count) {
        jdbc.update("""
                insert into government (code, name, name_zh, level, kind, parent_code)
                select 'PLAN' || g, 'Planned government ' || g, '规划政府' || g, 'municipal', 'government', 'CN'
                  from generate_series(0, ? - 1) g
                union all
                select 'PLAN-PCA' || k, 'Planned agency ' || k, '规划机构' || k, 'provincial', 'coordination-agency', 'CN'
                  from generate_series(0, ? - 1) k
                """, GOVERNMENTS, AGENCIES);
        jdbc.update("""
                insert into agreement (id, initiator, status, current_version, proposed_by, proposed_at, title, mode, fields,
                                       status_since, approved_at)
                select (%s)::uuid, 'PLAN' || (n %% ?), status, 1, 'plan.coordinator', proposed_at, title, 'bottom-up',
                       array[field]::varchar(40)[], proposed_at + interval '1 day',
                       case when status in ('APPROVED', 'IN_CLOSURE', 'CLOSED') then proposed_at + interval '2 days' end
                  from (select n, now() - (n %% 1000) * interval '1 hour' - n * interval '1 millisecond' as proposed_at,
                               (array['PROPOSED', 'IN_CONSENSUS', 'CONSENSUS_FAILED', 'ABANDONED', 'IN_APPROVAL',
                                      'REJECTED', 'APPROVED', 'IN_CLOSURE', 'CLOSED'])[1 + n %% 9] as status,
                               case when n %% 2 = 0 then '长三角规划协议第' || n || '号' else 'Planned agreement number ' || n end as title,
                               (array['transport', 'environment', 'industry', 'energy', 'tourism', 'trade'])[1 + n %% 6] as field
                          from generate_series(1, ?) n) planned
                """.formatted(IDS), GOVERNMENTS, count);
        jdbc.update("""
                insert into agreement_version (agreement_id, version, content, content_hash, created_by, created_at, reason,
                                       reason_key)
                select a.id, 1, jsonb_build_object('title', a.title, 'fields', to_jsonb(a.fields),
                           'participants', jsonb_build_array(a.initiator, p.government_code), 'secretariat', a.initiator,
                           'mode', a.mode, 'type', 'specialized',
                           'term', jsonb_build_object('start', '2027-01-01', 'end', '2031-12-31'),
                           'costShares', jsonb_build_array(jsonb_build_object('participant', a.initiator, 'percent', '50'),
                                                           jsonb_build_object('participant', p.government_code, 'percent', '50')),
                           'benefitSharingRule', 'shared by cost share', 'compensationRule', 'none',
                           'defectionPenalty', '1000000.00', 'supportRequests', '[]'::jsonb),
                       repeat('0', 64), a.proposed_by, a.proposed_at, 'proposed', 'proposed'
                  from agreement a
                  cross join lateral (select 'PLAN' || ((substring(a.initiator from 5)::int + 1) %% ?) as government_code) p
                 where a.id::text like 'b0a4d000-%%'
                """.formatted(), GOVERNMENTS);
        jdbc.update("""
                insert into agreement_participant (agreement_id, government_code)
                select id, initiator from agreement where id::text like 'b0a4d000-%'
                union all
                select id, 'PLAN' || ((substring(initiator from 5)::int + 1) % ?) from agreement where id::text like 'b0a4d000-%'
                """, GOVERNMENTS);
        jdbc.update("""
                insert into agreement_agency (agreement_id, agency, role, since)
                select (%s)::uuid, 'PLAN-PCA' || (n %% ?), 'reviewer', now() from generate_series(1, ?) n
                """.formatted(IDS), AGENCIES, count);
        analyze(jdbc);
    }

    /** Removes them again; versions are immutable, so their guard steps aside for this only. */
    public static void delete(JdbcTemplate jdbc) {
        String planned = "agreement_id::text like 'b0a4d000-%'";
        jdbc.update("delete from agreement_agency where " + planned);
        jdbc.update("delete from agreement_participant where " + planned);
        jdbc.execute("alter table agreement_version disable trigger agreement_version_immutable");
        try {
            jdbc.update("delete from agreement_version where " + planned);
        } finally {
            jdbc.execute("alter table agreement_version enable trigger agreement_version_immutable");
        }
        jdbc.update("delete from agreement where id::text like 'b0a4d000-%'");
        jdbc.update("delete from government where code like 'PLAN%'");
        analyze(jdbc);
    }

    private static void analyze(JdbcTemplate jdbc) {
        for (String table : new String[] {"government", "agreement", "agreement_version", "agreement_participant",
                "agreement_agency"}) {
            jdbc.execute("analyze " + table);
        }
    }
}
