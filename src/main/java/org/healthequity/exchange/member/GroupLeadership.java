package org.healthequity.exchange.member;

import org.springframework.modulith.NamedInterface;

/**
 * An event that a person's leadership of a working group began or ended. The workgroup module's events implement it,
 * so that this module keeps the portal role GROUP_LEAD in step without depending on the workgroup module.
 */
@NamedInterface("api")
public interface GroupLeadership {

    long accountId();

    long groupId();
}
