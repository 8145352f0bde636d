package org.regionalcoop.operations;

/** A server the platform needs could not be reached at start-up. */
class InfrastructureUnreachableException extends RuntimeException {

    private final String setting;

    InfrastructureUnreachableException(String message, String setting) {
        super(message);
        this.setting = setting;
    }

    String setting() {
        return setting;
    }
}
