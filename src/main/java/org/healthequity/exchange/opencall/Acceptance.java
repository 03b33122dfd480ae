package org.healthequity.exchange.opencall;

import org.springframework.modulith.NamedInterface;

/** Accepted among decided applications (accepted, declined, wait-listed) for one WHO region or institution type. */
@NamedInterface("api")
public record Acceptance(String code, long decided, long accepted) {

    /** 0–1; 0 when nothing is decided. */
    public double rate() {
        return decided == 0 ? 0 : (double) accepted / decided;
    }
}
