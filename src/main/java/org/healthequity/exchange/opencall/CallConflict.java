package org.healthequity.exchange.opencall;

/** Someone saved the same thing meanwhile (another tab, another secretariat member); the form keeps what was typed. */
public class CallConflict extends RuntimeException {

    public CallConflict() {
        super("Changed since it was loaded");
    }
}
