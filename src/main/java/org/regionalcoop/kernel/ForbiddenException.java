package org.regionalcoop.kernel;

/**
 * The caller may see what it asked about, but its roles do not let it do this: answered with 403. What the
 * caller may not see is a {@link NotFoundException} instead, so a refusal never tells a stranger that
 * something exists. Check visibility first, then the role.
 */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String message) {
        super(message);
    }
}
