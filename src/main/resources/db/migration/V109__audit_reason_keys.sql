-- A reason the platform writes itself (a rule declined a grant, a renewal failed, a settlement confirmed by
-- silence) as a key the workbench translates, with its arguments; the words stay for the API and exports.
-- Existing entries get theirs from the words the platform wrote; any other entry has none and shows its words.
alter table audit_entry add column reason_key varchar(64);
alter table audit_entry add column reason_arguments jsonb not null default '[]'::jsonb;

update audit_entry set reason_key = 'grant-budget-exhausted'
 where decided_by = 'platform:grant_eligibility' and reason = 'budget exhausted';
update audit_entry set reason_key = 'grant-no-programme'
 where decided_by = 'platform:grant_eligibility' and reason = 'no grant programme covers this support this year';
update audit_entry set reason_key = 'grant-no-amount'
 where decided_by = 'platform:grant_eligibility' and reason = 'monetary support needs a positive requested amount';
update audit_entry set reason_key = 'grant-above-ceiling'
 where decided_by = 'platform:grant_eligibility'
   and reason = 'above the ceiling of 5000000000.00 yuan for one fiscal transfer';
update audit_entry set reason_key = 'grant-no-tax-preference-east'
 where decided_by = 'platform:grant_eligibility' and reason = 'the eastern plate receives no new regional tax preferences';
update audit_entry set reason_key = 'renewal-failed'
 where decided_by = 'platform:renewal' and kind = 'closure-project' and reason like 'The renewal % without coming into force;%';
update audit_entry set reason_key = 'settlement-silence'
 where decided_by = 'silence' and reason = 'the confirmation window closed without an answer';
update audit_entry set reason_key = 'milestone-releases',
                       reason_arguments = jsonb_build_array(substring(reason from length('releases ') + 1))
 where kind = 'milestone' and decision = 'verified' and reason like 'releases %';
