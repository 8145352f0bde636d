-- A government's population and GDP (billion yuan) as the registry states them, with the year they describe and their
-- source; an agreement may share its benefits by them. Either figure may be missing, never both, and a figure never
-- stands without its year and source.
alter table government
    add column population        bigint check (population > 0),
    add column gdp               numeric(18, 4) check (gdp > 0),
    add column indicators_year   integer check (indicators_year between 1949 and 2100),
    add column indicators_source varchar(500),
    add constraint government_indicators_sourced check (
        (indicators_source is null) = (indicators_year is null)
        and (indicators_source is null) = (population is null and gdp is null));
