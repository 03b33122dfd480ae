package org.healthequity.exchange.shared.validation;

/**
 * A save lost the race: the thing was saved elsewhere (another tab, a co-author, another secretariat member) since the
 * form loaded it. The one conflict of every module; the view says so and keeps what was typed.
 */
public class ChangedMeanwhile extends RuntimeException {

    public ChangedMeanwhile() {
        super("Changed since it was loaded");
    }

    public ChangedMeanwhile(Throwable cause) {
        super("Changed since it was loaded", cause);
    }
}
