package org.regionalcoop.kernel;

/**
 * A module's rule refusing one field of an answer, named as the process variable or field it concerns: still an
 * {@link IllegalArgumentException} for the event handlers and the API that answer those, and a field a page can name
 * in the reader's language (the workbench's {@code task.rule.<step>.<field>}).
 */
public class FieldRefusedException extends IllegalArgumentException {

    private final Violation violation;

    public FieldRefusedException(String field, String message) {
        super(message);
        this.violation = new Violation(field, message);
    }

    public Violation violation() {
        return violation;
    }
}
