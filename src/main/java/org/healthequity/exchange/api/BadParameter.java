package org.healthequity.exchange.api;

/** A request parameter the API cannot read; answered with a 400 problem that names it. */
class BadParameter extends RuntimeException {

    private final String parameter;

    BadParameter(String parameter, String detail) {
        super(detail);
        this.parameter = parameter;
    }

    String parameter() {
        return parameter;
    }
}
