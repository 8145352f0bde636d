package org.regionalcoop.organizations;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns the rows of the reference-data file into governments, or fails on the first bad row with a
 * message naming it, so an operator can fix the file without reading a stack trace.
 */
final class ReferenceDataValidator {

    private static final Logger log = LoggerFactory.getLogger(ReferenceDataValidator.class);

    private final String source;

    ReferenceDataValidator(String source) {
        this.source = source;
    }

    List<Government> validate(ReferenceDataFile file) {
        Map<GovernmentCode, Integer> rowOf = new LinkedHashMap<>();
        List<ReferenceDataFile.Row> rows = file.governments();
        for (int i = 0; i < rows.size(); i++) {
            GovernmentCode code = code(i, rows.get(i));
            if (rowOf.putIfAbsent(code, i) != null) {
                throw invalid(i, rows.get(i), "duplicate code; first defined at " + label(rowOf.get(code), rows.get(rowOf.get(code))));
            }
        }
        Map<GovernmentCode, ReferenceDataFile.Row> byCode = new LinkedHashMap<>();
        rowOf.forEach((code, i) -> byCode.put(code, rows.get(i)));

        for (int i = 0; i < rows.size(); i++) {
            rejectCycle(i, rows, byCode, rowOf);
        }
        Map<GovernmentCode, Government> governments = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            resolve(i, rows, byCode, rowOf, governments);
        }
        List<Government> registry = List.copyOf(governments.values());
        withoutApprover(registry).forEach(gap -> log.warn("Reference data in {}: {}", source, gap));
        return registry;
    }

    /**
     * The governments whose cooperation no registered authority can approve: a province's or the centre's
     * coordination agency reviews agreements among the governments under it, so a province or centre with two
     * or more governments under it and no agency leaves them without an approver. A gap, not an error: those
     * governments can still cooperate with others, and proposals among them are refused naming the gap.
     */
    static List<String> withoutApprover(List<Government> registry) {
        List<String> gaps = new ArrayList<>();
        for (Government reviewing : registry) {
            boolean reviews = reviewing.kind() == GovernmentKind.GOVERNMENT
                    && (reviewing.level() == Level.PROVINCIAL || reviewing.level() == Level.CENTRAL);
            boolean hasAgency = registry.stream().anyMatch(g -> g.kind() == GovernmentKind.COORDINATION_AGENCY
                    && g.parent().equals(Optional.of(reviewing.code())));
            List<Government> below = registry.stream()
                    .filter(g -> g.kind() == GovernmentKind.GOVERNMENT && standsAbove(reviewing, g, registry))
                    .toList();
            if (reviews && !hasAgency && below.size() > 1) {
                gaps.add(below.stream().map(g -> g.code().value()).collect(Collectors.joining(", "))
                        + " have no reachable approver: " + reviewing.code() + " (" + reviewing.name()
                        + ") has no coordination agency to review agreements among them");
            }
        }
        return gaps;
    }

    private static boolean standsAbove(Government superior, Government member, List<Government> registry) {
        Optional<GovernmentCode> parent = member.parent();
        while (parent.isPresent()) {
            if (parent.get().equals(superior.code())) {
                return true;
            }
            GovernmentCode next = parent.get();
            parent = registry.stream().filter(g -> g.code().equals(next)).findFirst().flatMap(Government::parent);
        }
        return false;
    }

    private Government resolve(int i, List<ReferenceDataFile.Row> rows, Map<GovernmentCode, ReferenceDataFile.Row> byCode,
                               Map<GovernmentCode, Integer> rowOf, Map<GovernmentCode, Government> done) {
        ReferenceDataFile.Row row = rows.get(i);
        GovernmentCode code = code(i, row);
        if (done.containsKey(code)) {
            return done.get(code);
        }
        if (row.name() == null || row.name().isBlank()) {
            throw invalid(i, row, "missing 'name'");
        }
        Level level = enumValue(i, row, "level", row.level(), Level.class, null);
        GovernmentKind kind = enumValue(i, row, "kind", row.kind(), GovernmentKind.class, GovernmentKind.GOVERNMENT);
        Optional<Government> parent = Optional.empty();
        if (row.parent() != null) {
            GovernmentCode parentCode = parentCode(i, row);
            if (!byCode.containsKey(parentCode)) {
                throw invalid(i, row, "unknown parent '" + parentCode + "'");
            }
            parent = Optional.of(resolve(rowOf.get(parentCode), rows, byCode, rowOf, done));
        }
        checkPlaceInHierarchy(i, row, level, kind, parent);
        Optional<Plate> plate = plate(i, row, level, parent);
        Set<Role> roles = roles(i, row, kind);
        Government government = new Government(code, row.name().trim(),
                row.nameZh() == null || row.nameZh().isBlank() ? row.name().trim() : row.nameZh().trim(), level, kind,
                parent.map(Government::code), plate, roles, indicators(i, row));
        done.put(code, government);
        return government;
    }

    /** The figures a government row states (residents whole, both above zero), with the year they describe and their source. */
    private Optional<RegionalIndicators> indicators(int i, ReferenceDataFile.Row row) {
        ReferenceDataFile.Indicators written = row.indicators();
        if (written == null) {
            return Optional.empty();
        }
        if (written.population() == null && written.gdp() == null) {
            throw invalid(i, row, "'indicators' states neither 'population' nor 'gdp'");
        }
        Long population = null;
        if (written.population() != null) {
            try {
                population = Long.parseLong(written.population().strip());
            } catch (NumberFormatException e) {
                throw invalid(i, row, "'indicators.population' is not a whole number of residents: '" + written.population() + "'");
            }
            if (population <= 0) {
                throw invalid(i, row, "'indicators.population' must be more than zero");
            }
        }
        BigDecimal gdp = null;
        if (written.gdp() != null) {
            try {
                gdp = new BigDecimal(written.gdp().strip());
            } catch (NumberFormatException e) {
                throw invalid(i, row, "'indicators.gdp' is not a decimal number of billion yuan: '" + written.gdp() + "'");
            }
            if (gdp.signum() <= 0 || gdp.scale() > 4) {
                throw invalid(i, row, "'indicators.gdp' must be more than zero, with at most four decimals");
            }
        }
        int year;
        try {
            year = Integer.parseInt(written.year() == null ? "" : written.year().strip());
        } catch (NumberFormatException e) {
            throw invalid(i, row, "'indicators.year', the year the figures describe, is missing or not a year");
        }
        if (year < 1949 || year > 2100) {
            throw invalid(i, row, "'indicators.year' " + year + " is not a year between 1949 and 2100");
        }
        if (written.source() == null || written.source().isBlank() || written.source().length() > 500) {
            throw invalid(i, row, "'indicators.source' must say where the figures come from, in up to 500 characters");
        }
        return Optional.of(new RegionalIndicators(population, gdp, year, written.source().strip()));
    }

    private void checkPlaceInHierarchy(int i, ReferenceDataFile.Row row, Level level, GovernmentKind kind,
                                       Optional<Government> parent) {
        if (parent.isEmpty()) {
            if (level != Level.CENTRAL || kind != GovernmentKind.GOVERNMENT) {
                throw invalid(i, row, "missing 'parent'; only the central government stands at the top");
            }
            return;
        }
        Government superior = parent.get();
        if (superior.kind() == GovernmentKind.COORDINATION_AGENCY) {
            throw invalid(i, row, "parent '" + superior.code() + "' is a coordination agency, which cannot be a superior");
        }
        if (kind == GovernmentKind.COORDINATION_AGENCY && level != superior.level()) {
            throw invalid(i, row, "a coordination agency has the level of the government it serves ('"
                    + superior.level().key() + "'), not '" + level.key() + "'");
        }
        if (kind == GovernmentKind.GOVERNMENT && !level.isBelow(superior.level())) {
            throw invalid(i, row, "level '" + level.key() + "' is not below its parent's level '" + superior.level().key() + "'");
        }
    }

    private Optional<Plate> plate(int i, ReferenceDataFile.Row row, Level level, Optional<Government> parent) {
        if (level == Level.CENTRAL) {
            if (row.plate() != null) {
                throw invalid(i, row, "the central level belongs to no plate");
            }
            return Optional.empty();
        }
        Optional<Plate> inherited = parent.flatMap(Government::plate);
        if (row.plate() == null) {
            if (inherited.isEmpty()) {
                throw invalid(i, row, "missing 'plate'");
            }
            return inherited;
        }
        Plate plate = enumValue(i, row, "plate", row.plate(), Plate.class, null);
        if (inherited.isPresent() && inherited.get() != plate) {
            throw invalid(i, row, "plate '" + plate.key() + "' differs from its parent's plate '" + inherited.get().key() + "'");
        }
        return Optional.of(plate);
    }

    private Set<Role> roles(int i, ReferenceDataFile.Row row, GovernmentKind kind) {
        if (row.roles() == null) {
            return kind.defaultRoles();
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String value : row.roles()) {
            Role role = enumValue(i, row, "roles", value, Role.class, null);
            if (role.agencyOnly() && kind != GovernmentKind.COORDINATION_AGENCY) {
                throw invalid(i, row, "role '" + role.key() + "' is held only at coordination agencies");
            }
            roles.add(role);
        }
        return roles;
    }

    private void rejectCycle(int i, List<ReferenceDataFile.Row> rows, Map<GovernmentCode, ReferenceDataFile.Row> byCode,
                             Map<GovernmentCode, Integer> rowOf) {
        Set<GovernmentCode> seen = new HashSet<>();
        List<String> path = new ArrayList<>();
        int current = i;
        while (true) {
            ReferenceDataFile.Row row = rows.get(current);
            GovernmentCode code = code(current, row);
            path.add(code.value());
            if (!seen.add(code)) {
                throw invalid(i, rows.get(i), "parent chain forms a cycle: " + String.join(" -> ", path));
            }
            if (row.parent() == null || !byCode.containsKey(parentCode(current, row))) {
                return;
            }
            current = rowOf.get(parentCode(current, row));
        }
    }

    private GovernmentCode code(int i, ReferenceDataFile.Row row) {
        if (row == null || row.code() == null || row.code().isBlank()) {
            throw invalid(i, row, "missing 'code'");
        }
        try {
            return new GovernmentCode(row.code().trim());
        } catch (IllegalArgumentException e) {
            throw invalid(i, row, e.getMessage());
        }
    }

    private GovernmentCode parentCode(int i, ReferenceDataFile.Row row) {
        try {
            return new GovernmentCode(row.parent().trim());
        } catch (IllegalArgumentException e) {
            throw invalid(i, row, "parent " + e.getMessage());
        }
    }

    private <E extends Enum<E>> E enumValue(int i, ReferenceDataFile.Row row, String field, String value,
                                            Class<E> type, E fallback) {
        if (value == null || value.isBlank()) {
            if (fallback != null) {
                return fallback;
            }
            throw invalid(i, row, "missing '" + field + "'");
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw invalid(i, row, "unknown " + field + " '" + value + "'");
        }
    }

    private InvalidReferenceDataException invalid(int i, ReferenceDataFile.Row row, String problem) {
        return new InvalidReferenceDataException("Invalid reference data in " + source + " at " + label(i, row) + ": " + problem);
    }

    private static String label(int i, ReferenceDataFile.Row row) {
        String code = row == null || row.code() == null ? "" : " (code '" + row.code() + "')";
        return "governments[" + i + "]" + code;
    }
}
