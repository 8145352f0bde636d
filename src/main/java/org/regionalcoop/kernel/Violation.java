package org.regionalcoop.kernel;

/** One problem with a request, naming the field as a JSON path, e.g. {@code content.costShares[1].percent}. */
public record Violation(String field, String message) {
}
