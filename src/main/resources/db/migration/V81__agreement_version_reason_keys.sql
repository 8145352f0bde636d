-- Why each version was made, as a key the workbench translates, with its arguments; the reason in words
-- stays for the API and the events. Existing versions get theirs from the words the platform wrote.
alter table agreement_version add column reason_key text;
alter table agreement_version add column reason_arguments jsonb not null default '[]'::jsonb;

update agreement_version set reason_key = 'proposed' where reason = 'proposed';
update agreement_version
   set reason_key = 'renewal', reason_arguments = jsonb_build_array(substring(reason from length('renewal of ') + 1))
 where reason like 'renewal of %';
update agreement_version
   set reason_key = 'dropped-out',
       reason_arguments = jsonb_build_array(split_part(substring(reason from length('Did not consent in round ') + 1), ',', 1),
                                            substring(reason from position('dropped out: ' in reason) + length('dropped out: ')))
 where reason like 'Did not consent in round %, dropped out: %';
update agreement_version set reason_key = 'revised' where reason_key is null;

alter table agreement_version alter column reason_key set not null;
alter table agreement_version add constraint agreement_version_reason_key
    check (reason_key in ('proposed', 'renewal', 'revised', 'dropped-out'));
