-- Agreements and their immutable versions.
create table agreement (
    id              uuid        primary key,
    initiator       varchar(16) not null references government (code),
    status          varchar(32) not null,
    current_version int         not null,
    proposed_by     varchar(64) not null,
    proposed_at     timestamptz not null
);

create table agreement_version (
    agreement_id uuid          not null references agreement (id),
    version      int           not null check (version >= 1),
    content      jsonb         not null,
    content_hash char(64)      not null,
    created_by   varchar(64)   not null,
    created_at   timestamptz   not null,
    reason       varchar(1000),
    primary key (agreement_id, version)
);

-- A version, once written, is what governments consented to and signed: it never changes.
create function agreement_version_is_immutable() returns trigger language plpgsql as $$
begin
    raise exception 'agreement versions are immutable (agreement %, version %)', old.agreement_id, old.version;
end $$;

create trigger agreement_version_immutable
    before update or delete on agreement_version
    for each row execute function agreement_version_is_immutable();

-- Who takes part in the current version; staff see the agreements of their own governments.
create table agreement_participant (
    agreement_id    uuid        not null references agreement (id),
    government_code varchar(16) not null references government (code),
    primary key (agreement_id, government_code)
);

create index agreement_participant_government_idx on agreement_participant (government_code);
