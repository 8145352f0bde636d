package org.regionalcoop.kernel;

import java.util.List;

/** A request that breaks the rules; answered with 400 and every violation, and nothing is stored. */
public class InvalidRequestException extends RuntimeException {

    private final List<Violation> violations;

    public InvalidRequestException(List<Violation> violations) {
        super(violations.size() + " invalid field(s): " + violations.stream()
                .map(v -> v.field() + " " + v.message()).reduce((a, b) -> a + "; " + b).orElse(""));
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
