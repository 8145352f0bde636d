package org.regionalcoop.tasks;

/** One rule of a task's form that a value breaks, named by field and rule so a page can say it in words. */
public record FormProblem(String field, Rule rule) {

    public enum Rule {
        REQUIRED, TOO_LONG, FORMAT, AMOUNT, NOT_ALLOWED
    }
}
