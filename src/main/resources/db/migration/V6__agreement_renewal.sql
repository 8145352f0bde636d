-- A renewal is a new agreement linked to the one whose term ended.
alter table agreement add column renewal_of uuid references agreement (id);
