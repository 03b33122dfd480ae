package org.healthequity.exchange.harvest;

/**
 * A request OAI-PMH answers with an error (in a valid response, HTTP 200).
 *
 * @param code the protocol's error code, e.g. {@code badArgument}
 */
final class OaiError extends RuntimeException {

    private final String code;

    OaiError(String code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    String code() {
        return code;
    }

    /** Errors after which the response's {@code request} element carries no attributes (the protocol's rule). */
    boolean hidesArguments() {
        return code.equals("badVerb") || code.equals("badArgument");
    }
}
