package org.healthequity.exchange.workgroup;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.healthequity.exchange.member.MemberContacts;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The activity feed of a group: written by the services as things change, read in two queries. */
@Component
class GroupActivity {

    /** The activity line keeps the first characters of a long subject (the column's length). */
    static final int SUBJECT_MAX = 200;

    enum Kind {
        GROUP_OPENED, MEMBER_JOINED, MEMBER_LEFT, MEMBER_REMOVED, MEMBER_PROMOTED, THREAD_STARTED, REPLY_POSTED,
        THREAD_PINNED, GROUP_ARCHIVED, DOCUMENT_ADDED, DOCUMENT_VERSION;

        String messageKey() {
            return "workgroup.activity." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private final GroupQueries queries;
    private final MemberContacts contacts;
    private final Clock clock;

    GroupActivity(GroupQueries queries, MemberContacts contacts, Clock clock) {
        this.queries = queries;
        this.contacts = contacts;
        this.clock = clock;
    }

    void record(long groupId, @Nullable Long actorId, Kind kind, String subject, @Nullable Long threadId) {
        queries.insertActivity(groupId, actorId, kind, subject.length() > SUBJECT_MAX ? subject.substring(0, SUBJECT_MAX) : subject,
                threadId, clock.instant());
    }

    /** The latest entries, newest first (the caller checked that the viewer may see the group). */
    List<ActivityRow> feed(long groupId, int limit) {
        List<GroupQueries.ActivityEntry> raw = queries.activity(groupId, limit);
        Set<Long> ids = new HashSet<>();
        raw.forEach(r -> {
            if (r.actor() != null) {
                ids.add(r.actor());
            }
        });
        Map<Long, String> names = contacts.names(ids);
        return raw.stream().map(r -> new ActivityRow(r.kind().messageKey(),
                r.actor() == null ? "" : names.getOrDefault(r.actor(), ""), r.subject(), r.thread(), r.at()))
                .toList();
    }
}
