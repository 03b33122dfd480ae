package org.healthequity.exchange.workgroup;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A group's space as the viewer may see it: sanitized HTML of its texts and what the viewer may do there.
 *
 * @param canPost a member of an active group
 * @param canLead a lead of this group (or the secretariat) while it is active
 * @param canJoin a signed-in non-member may join or ask to join (not for groups by invitation)
 */
public record GroupPage(GroupCard card, String purposeHtml, String termsHtml, String deliverablesHtml,
        @Nullable LocalDate endsOn, boolean canPost, boolean canLead, boolean canJoin, boolean requestPending,
        @Nullable NotifyMode myNotify) {
}
