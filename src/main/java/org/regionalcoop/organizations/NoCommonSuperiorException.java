package org.regionalcoop.organizations;

import java.util.Collection;

/** The set includes the top of the hierarchy, or is empty, so nobody stands above all of it. */
public class NoCommonSuperiorException extends RuntimeException {

    NoCommonSuperiorException(Collection<GovernmentCode> codes) {
        super(codes.isEmpty()
                ? "At least one government code is needed to find a common superior"
                : "No government stands above all of " + codes);
    }
}
