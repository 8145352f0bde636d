-- The Idempotency-Key a caller sent with a proposal, scoped to the caller: a proposal sent again with the same key
-- finds the agreement the first one made instead of making another. The primary key lets one of two concurrent
-- sends commit; the other waits for it and then finds its agreement. The row is written before the agreement in the
-- same transaction, so the reference is checked at commit.
create table agreement_proposal_key (
    proposed_by     varchar(255) not null,
    idempotency_key varchar(255) not null,
    initiator       varchar(16)  not null,
    content_hash    char(64)     not null,
    agreement_id    uuid         not null references agreement (id) deferrable initially deferred,
    created_at      timestamptz  not null,
    primary key (proposed_by, idempotency_key)
);

create index agreement_proposal_key_agreement_idx on agreement_proposal_key (agreement_id);
