package org.regionalcoop.organizations;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

@Repository
class GovernmentRepository {

    private static final String SELECT = """
            select g.code, g.name, g.name_zh, g.level, g.kind, g.parent_code, g.plate,
                   g.population, g.gdp, g.indicators_year, g.indicators_source,
                   coalesce(string_agg(r.role, ',' order by r.role), '') as roles
              from government g
              left join government_role r on r.government_code = g.code
            """;

    private final NamedParameterJdbcTemplate jdbc;

    GovernmentRepository(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<Government> findAll() {
        return jdbc.query(SELECT + " group by g.code order by g.code", this::map);
    }

    /** Replaces the registry's content with the given governments. */
    void replaceAll(List<Government> governments) {
        List<String> codes = governments.stream().map(g -> g.code().value()).toList();
        jdbc.update("delete from government_role", Map.of());
        jdbc.update("delete from government where code not in (:codes)", Map.of("codes", codes));
        jdbc.batchUpdate("""
                insert into government (code, name, name_zh, level, kind, parent_code, plate,
                                        population, gdp, indicators_year, indicators_source)
                values (:code, :name, :nameZh, :level, :kind, :parent, :plate, :population, :gdp, :year, :source)
                on conflict (code) do update set name = excluded.name, name_zh = excluded.name_zh, level = excluded.level, kind = excluded.kind,
                    parent_code = excluded.parent_code, plate = excluded.plate, population = excluded.population,
                    gdp = excluded.gdp, indicators_year = excluded.indicators_year,
                    indicators_source = excluded.indicators_source
                """, governments.stream().map(g -> new MapSqlParameterSource()
                .addValue("code", g.code().value())
                .addValue("name", g.name())
                .addValue("nameZh", g.nameZh())
                .addValue("level", g.level().key())
                .addValue("kind", g.kind().key())
                .addValue("parent", g.parent().map(GovernmentCode::value).orElse(null))
                .addValue("plate", g.plate().map(Plate::key).orElse(null))
                .addValue("population", g.indicators().map(RegionalIndicators::population).orElse(null), Types.BIGINT)
                .addValue("gdp", g.indicators().map(RegionalIndicators::gdp).orElse(null), Types.NUMERIC)
                .addValue("year", g.indicators().map(RegionalIndicators::year).orElse(null), Types.INTEGER)
                .addValue("source", g.indicators().map(RegionalIndicators::source).orElse(null), Types.VARCHAR))
                .toArray(MapSqlParameterSource[]::new));
        jdbc.batchUpdate("insert into government_role (government_code, role) values (:code, :role)",
                governments.stream().flatMap(g -> g.roles().stream().map(role -> new MapSqlParameterSource()
                        .addValue("code", g.code().value())
                        .addValue("role", role.key()))).toArray(MapSqlParameterSource[]::new));
    }

    private Government map(ResultSet rs, int row) throws SQLException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String role : rs.getString("roles").split(",")) {
            if (!role.isEmpty()) {
                roles.add(Role.valueOf(role.toUpperCase(Locale.ROOT)));
            }
        }
        return new Government(
                new GovernmentCode(rs.getString("code")),
                rs.getString("name"),
                rs.getString("name_zh"),
                Level.valueOf(rs.getString("level").toUpperCase(Locale.ROOT)),
                GovernmentKind.valueOf(rs.getString("kind").toUpperCase(Locale.ROOT).replace('-', '_')),
                Optional.ofNullable(rs.getString("parent_code")).map(GovernmentCode::new),
                Optional.ofNullable(rs.getString("plate")).map(p -> Plate.valueOf(p.toUpperCase(Locale.ROOT))),
                roles,
                rs.getString("indicators_source") == null ? Optional.empty() : Optional.of(new RegionalIndicators(
                        rs.getObject("population", Long.class), rs.getBigDecimal("gdp"), rs.getInt("indicators_year"),
                        rs.getString("indicators_source"))));
    }
}
