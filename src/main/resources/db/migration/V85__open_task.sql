-- "My tasks" as a projection of the engine's open tasks (docs/benchmarks.md, W4): one row for each task and each
-- audience that sees it in a task list, kept by tasks.OpenTasks in the engine's own transaction. An audience is
-- 'group:<candidate group>', 'user:<assignee>' or '*' (every administrator). Every row of a task carries the
-- task's place in the list (due_key, priority, task_id), so the lists of a member of staff's audiences are merged
-- in that order from one index, reading about as many rows as a page or a bounded count needs.
create table open_task (
    task_id       varchar(64)  not null,
    audience      varchar(300) not null,
    -- The list's order: soonest due first, no due date last ('infinity'), then highest priority, then the id; a
    -- timestamp without time zone, as the engine keeps due dates.
    due_key       timestamp    not null,
    priority      integer      not null,
    task_def_key  varchar(255),
    -- The agreement its process's business key names (<agreement id>[:…]); null for other processes' tasks.
    agreement_id  uuid,
    assignee      varchar(255),
    primary key (task_id, audience)
);

create index open_task_by_audience
    on open_task (audience, due_key, priority desc, task_id) include (task_def_key, agreement_id, assignee);

-- The board's next deadline of each agreement on its page (tasks.AgreementWork), from each task's one row.
create index open_task_by_agreement on open_task (agreement_id, due_key) where audience = '*';

-- "My tasks" read the engine's tables through these two indexes before; nothing reads them now, and each costs
-- every task's insert and delete an index write.
drop index if exists platform_task_list_order;
drop index if exists platform_task_offered_to_group;

-- A database the platform ran on before keeps its open tasks in the lists. On a new database the engine creates
-- its tables after the migrations have run, and there is nothing to copy.
do $$
begin
    if to_regclass('act_ru_task') is null then
        return;
    end if;
    insert into open_task (task_id, audience, due_key, priority, task_def_key, agreement_id, assignee)
    select t.id_, a.audience, coalesce(t.due_date_, 'infinity'), t.priority_, t.task_def_key_,
           case when split_part(e.business_key_, ':', 1) ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
                then split_part(e.business_key_, ':', 1)::uuid end,
           t.assignee_
      from act_ru_task t
      left join act_ru_execution e on e.id_ = t.proc_inst_id_
      cross join lateral (
            select 'group:' || i.group_id_ as audience from act_ru_identitylink i
             where i.task_id_ = t.id_ and i.type_ = 'candidate' and i.group_id_ is not null
            union select 'user:' || t.assignee_ where t.assignee_ is not null
            union select '*') a;
end
$$;
