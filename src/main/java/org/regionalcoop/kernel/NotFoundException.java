package org.regionalcoop.kernel;

/**
 * Something the caller asked for does not exist, or exists but belongs to another government's work:
 * the two look the same from outside, so nobody learns what others are doing.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
