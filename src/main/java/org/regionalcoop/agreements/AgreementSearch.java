package org.regionalcoop.agreements;

import org.regionalcoop.kernel.InvalidRequestException;
import org.regionalcoop.kernel.Keyed;
import org.regionalcoop.kernel.Violation;
import org.regionalcoop.organizations.GovernmentCode;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What to look for among the agreements a caller may see, as the API and the board take it from request
 * parameters (docs/console.md). Every criterion is optional; the statuses and stages hold any of their values.
 *
 * @param government a participant or the initiator
 * @param agency     an agency working on it: reviewing, funding or arbitrating
 * @param text       part of the title, in any language, whatever its case
 * @param overdue    true: in its stage longer than the stage's service level; false: not
 */
public record AgreementSearch(Set<AgreementStatus> statuses, Set<AgreementStage> stages, GovernmentCode government,
                              GovernmentCode agency, CooperationMode mode, CooperationField field, String text,
                              LocalDate proposedFrom, LocalDate proposedTo, LocalDate approvedFrom,
                              LocalDate approvedTo, Boolean overdue, Sort sort, int limit, int offset) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;
    static final int LONGEST_TEXT = 200;

    /** The order of the answer; each with its opposite, e.g. {@code -proposed} for the newest first. */
    public enum Sort {
        PROPOSED("proposed"), NEWEST("-proposed"), TITLE("title"), TITLE_DESCENDING("-title"),
        LONGEST_IN_STAGE("since"), SHORTEST_IN_STAGE("-since"), APPROVED("approved"), LAST_APPROVED("-approved");

        private final String parameter;

        Sort(String parameter) {
            this.parameter = parameter;
        }

        public String parameter() {
            return parameter;
        }
    }

    public AgreementSearch {
        statuses = statuses == null || statuses.isEmpty() ? Set.of() : Set.copyOf(statuses);
        stages = stages == null || stages.isEmpty() ? Set.of() : Set.copyOf(stages);
        text = text == null || text.isBlank() ? null : text.strip();
        sort = sort == null ? Sort.NEWEST : sort;
    }

    /** Every agreement the caller may see, newest first, the first page. */
    public static AgreementSearch everything() {
        return new AgreementSearch(null, null, null, null, null, null, null, null, null, null, null, null, null,
                DEFAULT_LIMIT, 0);
    }

    /**
     * The search the request parameters ask for; a value that means nothing is refused naming its parameter,
     * and nothing is searched until every parameter is right.
     */
    /**
     * The constant whose key is exactly this text, as the OpenAPI document lists the keys: {@code TRANSPORT} or
     * {@code Transport} is not {@code transport}.
     */
    private static <E extends Enum<E> & Keyed> E exactly(Class<E> type, String key) {
        return Keyed.findKey(type, key).orElseThrow(() -> new IllegalArgumentException(key));
    }

    public static AgreementSearch fromParameters(Map<String, List<String>> parameters) {
        Parameters p = new Parameters(parameters);
        AgreementSearch search = new AgreementSearch(
                p.all("status", value -> exactly(AgreementStatus.class, value), AgreementStatus.class),
                p.all("stage", value -> exactly(AgreementStage.class, value), AgreementStage.class),
                p.one("government", GovernmentCode::of),
                p.one("agency", GovernmentCode::of),
                p.one("mode", value -> exactly(CooperationMode.class, value)),
                p.one("field", value -> exactly(CooperationField.class, value)),
                p.text("q"),
                p.one("proposedFrom", LocalDate::parse), p.one("proposedTo", LocalDate::parse),
                p.one("approvedFrom", LocalDate::parse), p.one("approvedTo", LocalDate::parse),
                p.one("overdue", Parameters::bool),
                p.one("sort", Parameters::sort),
                p.number("limit", DEFAULT_LIMIT, 1, MAX_LIMIT),
                p.number("offset", 0, 0, Integer.MAX_VALUE));
        p.between("proposedFrom", search.proposedFrom(), search.proposedTo());
        p.between("approvedFrom", search.approvedFrom(), search.approvedTo());
        if (!p.violations.isEmpty()) {
            throw new InvalidRequestException(p.violations);
        }
        return search;
    }

    /** The same search on another page. */
    public AgreementSearch page(int limit, int offset) {
        return new AgreementSearch(statuses, stages, government, agency, mode, field, text, proposedFrom, proposedTo,
                approvedFrom, approvedTo, overdue, sort, limit, offset);
    }

    /** The statuses this search admits: those asked for, within the stages asked for; empty for any. */
    public Set<AgreementStatus> admittedStatuses() {
        if (statuses.isEmpty() && stages.isEmpty()) {
            return Set.of();
        }
        Set<AgreementStatus> admitted = statuses.isEmpty() ? EnumSet.allOf(AgreementStatus.class) : EnumSet.copyOf(statuses);
        if (!stages.isEmpty()) {
            admitted.retainAll(stages.stream().flatMap(stage -> stage.statuses().stream()).collect(Collectors.toSet()));
        }
        return admitted.isEmpty() ? EnumSet.noneOf(AgreementStatus.class) : admitted;
    }

    /** Whether the statuses and stages asked for exclude each other, so nothing can be found. */
    public boolean admitsNothing() {
        return (!statuses.isEmpty() || !stages.isEmpty()) && admittedStatuses().isEmpty();
    }

    /** Reads the parameters, collecting a violation for each one that is wrong. */
    private static final class Parameters {

        private final Map<String, List<String>> values;
        private final List<Violation> violations = new ArrayList<>();

        Parameters(Map<String, List<String>> values) {
            this.values = values;
        }

        private List<String> given(String name) {
            return values.getOrDefault(name, List.of()).stream()
                    .flatMap(value -> Arrays.stream(value.split(",")))
                    .map(String::strip).filter(value -> !value.isEmpty()).toList();
        }

        <T> T one(String name, Function<String, T> parse) {
            List<String> given = given(name);
            if (given.isEmpty()) {
                return null;
            }
            if (given.size() > 1) {
                violations.add(new Violation(name, "give one value, not " + given.size()));
                return null;
            }
            try {
                return parse.apply(given.get(0));
            } catch (IllegalArgumentException | DateTimeParseException e) {
                violations.add(new Violation(name, "'" + given.get(0) + "' is not " + expected(name)));
                return null;
            }
        }

        <E extends Enum<E>> Set<E> all(String name, Function<String, E> parse, Class<E> type) {
            Set<E> all = EnumSet.noneOf(type);
            for (String value : given(name)) {
                try {
                    all.add(parse.apply(value));
                } catch (IllegalArgumentException e) {
                    violations.add(new Violation(name, "'" + value + "' is not " + expected(name)));
                }
            }
            return all;
        }

        String text(String name) {
            List<String> given = values.getOrDefault(name, List.of());
            if (given.size() > 1) {
                violations.add(new Violation(name, "give one text, not " + given.size()));
                return null;
            }
            String text = given.isEmpty() ? null : given.get(0);
            if (text != null && text.strip().length() > LONGEST_TEXT) {
                violations.add(new Violation(name, "search with at most " + LONGEST_TEXT + " characters"));
                return null;
            }
            return text;
        }

        int number(String name, int otherwise, int least, int most) {
            Integer number = one(name, Integer::valueOf);
            if (number == null) {
                return otherwise;
            }
            if (number < least || number > most) {
                violations.add(new Violation(name, "must be between " + least + " and " + most));
                return otherwise;
            }
            return number;
        }

        void between(String from, LocalDate start, LocalDate end) {
            if (start != null && end != null && end.isBefore(start)) {
                violations.add(new Violation(from, "must not be after the end of the period"));
            }
        }

        static Boolean bool(String value) {
            return switch (value) {
                case "true" -> true;
                case "false" -> false;
                default -> throw new IllegalArgumentException(value);
            };
        }

        static Sort sort(String value) {
            return Arrays.stream(Sort.values()).filter(sort -> sort.parameter.equals(value)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(value));
        }

        private static String expected(String name) {
            return switch (name) {
                case "status" -> "a status: " + keys(AgreementStatus.values());
                case "stage" -> "a stage: " + keys(AgreementStage.values());
                case "government", "agency" -> "a government code such as SH or HN-PCA";
                case "mode" -> "a mode: " + keys(CooperationMode.values());
                case "field" -> "a field: " + keys(CooperationField.values());
                case "overdue" -> "true or false";
                case "sort" -> "an order: " + Arrays.stream(Sort.values()).map(Sort::parameter)
                        .collect(Collectors.joining(", "));
                case "limit", "offset" -> "a whole number";
                default -> "a date such as 2026-01-31";
            };
        }

        private static String keys(Keyed[] values) {
            return Arrays.stream(values).map(Keyed::key).collect(Collectors.joining(", "));
        }
    }
}
