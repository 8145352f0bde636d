-- The agreement board and search (docs/console.md): what is searched is kept on the agreement row itself, so
-- every filter of the board is answered from an index of one table.
-- pg_trgm is a trusted contrib extension (PostgreSQL 13+): the database owner may create it.
create extension if not exists pg_trgm;

alter table agreement
    add column title         text,
    add column mode          varchar(32),
    add column fields        varchar(40)[],
    add column status_since  timestamptz,
    add column approved_at   timestamptz;

update agreement a
   set title = v.content ->> 'title',
       mode = v.content ->> 'mode',
       fields = coalesce(array(select jsonb_array_elements_text(v.content -> 'fields')), '{}'),
       status_since = a.proposed_at
  from agreement_version v
 where v.agreement_id = a.id and v.version = a.current_version;

-- Approved when the approval's last step approved it; agreements approved before this column knew no other date.
update agreement a
   set approved_at = r.decided_at
  from (select agreement_id, max(decided_at) as decided_at from approval_review
         where decision = 'APPROVE' group by agreement_id) r
 where r.agreement_id = a.id and a.status in ('APPROVED', 'IN_CLOSURE', 'CLOSED');

alter table agreement
    alter column title set not null,
    alter column fields set not null,
    alter column status_since set not null;

-- Title text in Chinese and English: trigrams of the text as written (the cluster's locale is UTF-8, so Chinese
-- characters count as word characters). Searches of three characters or more use it.
create index agreement_title_trgm_idx on agreement using gin (title gin_trgm_ops);
create index agreement_fields_idx on agreement using gin (fields);
create index agreement_proposed_idx on agreement (proposed_at desc, id);
create index agreement_status_idx on agreement (status, status_since);
create index agreement_initiator_idx on agreement (initiator);
create index agreement_approved_idx on agreement (approved_at) where approved_at is not null;
-- The renewals of an agreement; also what keeps removing an agreement from reading the whole table for them.
create index agreement_renewal_idx on agreement (renewal_of) where renewal_of is not null;

-- Agencies that take no part in an agreement but work on it: the governments a task of the agreement was offered
-- to (to review, to decide a grant, to arbitrate, to verify a milestone), from the moment it was offered.
create table agreement_agency (
    agreement_id uuid        not null references agreement (id),
    agency       varchar(16) not null references government (code),
    role         varchar(32) not null,
    since        timestamptz not null,
    primary key (agreement_id, agency, role)
);

create index agreement_agency_agency_idx on agreement_agency (agency, agreement_id);

-- The agencies already at work when this table came: reviewers routed, grant officers deciding, arbitrators named.
insert into agreement_agency (agreement_id, agency, role, since)
select agreement_id, split_part(reviewer_group, '.', 1), split_part(reviewer_group, '.', 2), min(routed_at)
  from approval_review group by agreement_id, reviewer_group
on conflict do nothing;

insert into agreement_agency (agreement_id, agency, role, since)
select g.agreement_id, g.agency, 'grant_officer', a.proposed_at
  from grant_item g join agreement a on a.id = g.agreement_id
on conflict do nothing;

insert into agreement_agency (agreement_id, agency, role, since)
select agreement_id, split_part(arbitrator_group, '.', 1), split_part(arbitrator_group, '.', 2), min(proposed_at)
  from settlement group by agreement_id, arbitrator_group
on conflict do nothing;
