package org.healthequity.exchange.shared.events;

/**
 * A person became a lead of an active working group (the group opened with them as a lead, or a lead promoted them).
 * The member module grants the portal role GROUP_LEAD; the event lives here because the workgroup module already reads
 * the member module.
 */
public record GroupLeadAppointed(long accountId, long groupId) {
}
