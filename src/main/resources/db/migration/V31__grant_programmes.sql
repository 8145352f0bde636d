-- The grant programmes of the coordination agencies for 2026 to 2028, in yuan. Seeded by migration rather
-- than a reference file loaded at start-up: a budget is a financial commitment the ledger locks and points
-- to, so it changes only by a reviewed, versioned migration that every instance applies exactly once.
-- Pilot-zone status and land quotas are granted, not paid: their programmes have no budget.
insert into grant_programme (agency, support_type, year, budget)
select agency, support_type, year, budget
  from (values
          ('CN-CCA', 'fiscal-transfer',           20000000000.00),
          ('CN-CCA', 'tax-preference',             5000000000.00),
          ('CN-CCA', 'infrastructure-investment', 30000000000.00),
          ('CN-CCA', 'pilot-zone-status',                   null),
          ('CN-CCA', 'land-quota',                          null),
          ('HN-PCA', 'fiscal-transfer',            2000000000.00),
          ('HN-PCA', 'infrastructure-investment',  3000000000.00),
          ('HN-PCA', 'pilot-zone-status',                   null),
          ('JS-PCA', 'fiscal-transfer',            3000000000.00),
          ('JS-PCA', 'tax-preference',              800000000.00)
       ) as programme (agency, support_type, budget)
 cross join generate_series(2026, 2028) as year;
