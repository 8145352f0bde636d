package org.regionalcoop.organizations;

/** The reference-data file cannot be loaded; the message names the file, the row and the problem. */
class InvalidReferenceDataException extends RuntimeException {

    InvalidReferenceDataException(String message) {
        super(message);
    }

    InvalidReferenceDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
