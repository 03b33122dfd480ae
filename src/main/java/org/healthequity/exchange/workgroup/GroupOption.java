package org.healthequity.exchange.workgroup;

import org.springframework.modulith.NamedInterface;

/** A live group as other modules name it: its id, address and name. */
@NamedInterface("api")
public record GroupOption(long id, String slug, String name) {
}
