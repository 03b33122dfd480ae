package org.healthequity.exchange.member;

/** The profile was saved elsewhere (another tab) since it was loaded; the form keeps what was typed. */
public class ProfileConflict extends RuntimeException {

    public ProfileConflict() {
        super("The profile changed since it was loaded");
    }
}
