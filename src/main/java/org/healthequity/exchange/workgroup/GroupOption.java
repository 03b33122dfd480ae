package org.healthequity.exchange.workgroup;

/** A live group as other modules name it: its id, address and name. */
public record GroupOption(long id, String slug, String name) {
}
