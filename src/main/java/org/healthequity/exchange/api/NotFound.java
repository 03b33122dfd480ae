package org.healthequity.exchange.api;

/** Nothing the caller may see at this address; answered with a 404 problem, the same for "absent" and "not yours". */
class NotFound extends RuntimeException {

    NotFound(String detail) {
        super(detail);
    }
}
