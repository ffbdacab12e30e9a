package org.leadercontacts.synthetic;

/** The synthetic store cannot be loaded as configured; the message says why and what to do. */
public class SyntheticStoreException extends RuntimeException {

    public SyntheticStoreException(String message) {
        super(message);
    }

    public SyntheticStoreException(String message, Throwable cause) {
        super(message + ": " + cause.getMessage(), cause);
    }
}
