package org.regionalcoop.organizations;

/** A government code that is not in the registry. */
public class UnknownGovernmentException extends RuntimeException {

    private final GovernmentCode code;

    UnknownGovernmentException(GovernmentCode code) {
        super("No government with code '" + code + "' is registered");
        this.code = code;
    }

    public GovernmentCode code() {
        return code;
    }
}
