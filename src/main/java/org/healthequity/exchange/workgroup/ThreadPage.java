package org.healthequity.exchange.workgroup;

import java.util.List;

/** A thread with its posts, and whether the viewer may reply or pin it. */
public record ThreadPage(long id, long groupId, String groupSlug, String title, boolean pinned, List<PostView> posts,
        boolean canReply, boolean canPin) {
}
