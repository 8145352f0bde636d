-- The registry of governments, loaded from the versioned reference-data file at start-up.
create table government (
    code        varchar(16)  primary key,
    name        varchar(200) not null,
    level       varchar(16)  not null check (level in ('central', 'provincial', 'municipal', 'county')),
    kind        varchar(32)  not null check (kind in ('government', 'coordination-agency')),
    parent_code varchar(16)  references government (code) deferrable initially deferred,
    plate       varchar(16)  check (plate in ('east', 'northeast', 'central', 'west')),
    check ((parent_code is null) = (level = 'central' and kind = 'government'))
);

create index government_parent_idx on government (parent_code);

create table government_role (
    government_code varchar(16) not null references government (code) on delete cascade,
    role            varchar(32) not null,
    primary key (government_code, role)
);

-- Which version of each reference dataset is loaded, so a restart reloads only what changed.
create table reference_data_version (
    dataset      varchar(64) primary key,
    version      varchar(64) not null,
    content_hash char(64)    not null,
    loaded_at    timestamptz not null
);
