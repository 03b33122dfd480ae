package org.healthequity.exchange.workgroup;

import org.healthequity.exchange.shared.validation.Refused;

/** The workgroup's two common refusals; content the caller may not see is refused like content that does not exist. */
final class GroupRefusals {

    private GroupRefusals() {
    }

    static Refused notFound() {
        return new Refused("workgroup.problem.not-found");
    }

    static Refused readOnly() {
        return new Refused("workgroup.problem.archived");
    }
}
