package org.healthequity.exchange.workgroup;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.healthequity.exchange.member.MemberContacts;
import org.healthequity.exchange.moderation.ModerationQueue;
import org.healthequity.exchange.shared.audit.AuditLog;
import org.healthequity.exchange.shared.audit.AuditOutcome;
import org.healthequity.exchange.shared.text.RichText;
import org.healthequity.exchange.shared.validation.Refused;
import org.healthequity.exchange.workgroup.GroupAccess.Access;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A group's discussions: threads and replies in sanitized rich text, @mentions that mail the member named, edits that
 * keep history, announcements pinned by leads, deletion by the author or a lead, and flags to the secretariat. A thread
 * or post of a group the caller may not see is answered exactly like one that does not exist.
 */
@Service
@Validated
public class GroupDiscussions {

    /** The longest thread subject. */
    public static final int TITLE_MAX = DiscussionThread.TITLE_MAX;

    /** The content type of posts in the moderation queue. */
    public static final String MODERATION_TYPE = "GROUP_POST";

    private final GroupAccess access;
    private final DiscussionThreadRepository threads;
    private final PostRepository posts;
    private final GroupMemberRepository members;
    private final GroupActivity activity;
    private final GroupMails mails;
    private final MemberContacts contacts;
    private final ModerationQueue moderation;
    private final GroupQueries queries;
    private final AuditLog audit;
    private final GroupSearchChanges search;
    private final Clock clock;

    GroupDiscussions(GroupAccess access, DiscussionThreadRepository threads, PostRepository posts,
            GroupMemberRepository members, GroupActivity activity, GroupMails mails, MemberContacts contacts,
            ModerationQueue moderation, GroupQueries queries, AuditLog audit, GroupSearchChanges search,
            Clock clock) {
        this.access = access;
        this.threads = threads;
        this.posts = posts;
        this.members = members;
        this.activity = activity;
        this.mails = mails;
        this.contacts = contacts;
        this.moderation = moderation;
        this.queries = queries;
        this.audit = audit;
        this.search = search;
        this.clock = clock;
    }

    /** The threads of a group the viewer may see, pinned announcements first, then the latest activity. */
    @PermitAll
    @Transactional(readOnly = true)
    public List<ThreadRow> threads(long groupId) {
        access.readable(groupId);
        List<DiscussionThread> list = threads.findByGroupIdAndDeletedAtIsNullOrderByPinnedDescLastPostAtDesc(groupId);
        Map<Long, String> names = contacts.names(list.stream().map(DiscussionThread::authorId).toList());
        Map<Long, Long> replies = queries.repliesPerThread(groupId);
        return list.stream().map(t -> new ThreadRow(t.id(), t.title(), names.getOrDefault(t.authorId(), ""),
                t.pinned(), lastPost(t), Math.max(0, replies.getOrDefault(t.id(), 0L)))).toList();
    }

    private static Instant lastPost(DiscussionThread thread) {
        return thread.lastPostAt();
    }

    /** A thread with its posts, if the viewer may see its group; nothing otherwise. */
    @PermitAll
    @Transactional(readOnly = true)
    public Optional<ThreadPage> thread(long threadId) {
        Optional<DiscussionThread> found = threads.findById(threadId).filter(t -> !t.deleted());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Access a;
        try {
            a = access.readable(found.get().groupId());
        } catch (Refused e) {
            return Optional.empty();
        }
        DiscussionThread thread = found.get();
        List<Post> list = posts.findByThreadIdOrderByCreatedAtAscIdAsc(threadId);
        Map<Long, String> names = contacts.names(list.stream().map(Post::authorId).toList());
        boolean signedIn = a.viewer().user() != null;
        List<PostView> views = list.stream().map(p -> {
            boolean mine = signedIn && p.authorId() == a.viewer().id();
            return new PostView(p.id(), p.authorId(), names.getOrDefault(p.authorId(), ""),
                    p.deleted() ? "" : RichText.toSafeHtml(p.body()), p.deleted() ? "" : p.body(),
                    createdAt(p), editedAt(p), p.deleted(), !p.deleted() && mine && a.canPost(),
                    !p.deleted() && ((mine && a.canPost()) || a.canLead()), !p.deleted() && signedIn && !mine,
                    p.version());
        }).toList();
        return Optional.of(new ThreadPage(thread.id(), thread.groupId(), a.group().slug(), thread.title(),
                thread.pinned(), views, a.canPost(), a.canLead()));
    }

    /** Starts a thread; members choosing every post and the members mentioned get a mail. Returns its id. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public long start(long groupId, @NotBlank @Size(max = TITLE_MAX) String title,
            @NotBlank @Size(max = Post.BODY_MAX) String body) {
        return start(groupId, title, body, true);
    }

    /**
     * {@link #start(long, String, String)}, with or without its mail. Without is the demo seeder's option (ADR 0015):
     * the demo world's history is written as it happened, but nobody is mailed about it.
     */
    long start(long groupId, String title, String body, boolean mail) {
        Access a = access.writable(groupId);
        String text = cleaned(body);
        DiscussionThread thread = threads.save(new DiscussionThread(groupId, RichText.clean(title), a.viewer().id(),
                clock.instant()));
        Post post = posts.save(new Post(thread.id(), groupId, a.viewer().id(), text, clock.instant()));
        activity.record(groupId, a.viewer().id(), GroupActivity.Kind.THREAD_STARTED, thread.title(), thread.id());
        search.thread(thread.id());
        if (mail) {
            notifyMembers(a, thread, post);
        }
        return thread.id();
    }

    /** Replies to a thread. Returns the new post's id. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public long reply(long threadId, @NotBlank @Size(max = Post.BODY_MAX) String body) {
        return reply(threadId, body, true);
    }

    /** {@link #reply(long, String)}, with or without its mail (without: the demo seeder's option, as for a start). */
    long reply(long threadId, String body, boolean mail) {
        DiscussionThread thread = liveThread(threadId);
        Access a = access.writable(thread.groupId());
        Post post = posts.save(new Post(threadId, thread.groupId(), a.viewer().id(), cleaned(body), clock.instant()));
        thread.replied(clock.instant());
        activity.record(thread.groupId(), a.viewer().id(), GroupActivity.Kind.REPLY_POSTED, thread.title(), threadId);
        search.post(post.id());
        if (mail) {
            notifyMembers(a, thread, post);
        }
        return post.id();
    }

    /** The author edits their post; the text it replaces goes into the history. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void edit(long postId, long version, @NotBlank @Size(max = Post.BODY_MAX) String body) {
        Post post = posts.findById(postId).orElseThrow(GroupRefusals::notFound);
        Access a = access.writable(post.groupId());
        if (post.authorId() != a.viewer().id()) {
            throw new Refused("workgroup.problem.authors-only");
        }
        if (post.version() != version) {
            throw new Refused("workgroup.problem.changed");
        }
        String previous = post.edit(cleaned(body), clock.instant());
        queries.insertEdit(postId, previous, a.viewer().id(), clock.instant());
        // The opening post is its thread's text, a reply is an item of its own: search re-reads both.
        search.thread(post.threadId());
        search.post(postId);
        try {
            posts.flush();
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new Refused("workgroup.problem.changed");
        }
    }

    /** The earlier texts of a post, newest first, for those who may read it. */
    @PermitAll
    @Transactional(readOnly = true)
    public List<PostEditRow> history(long postId) {
        Post post = posts.findById(postId).filter(p -> !p.deleted()).orElseThrow(GroupRefusals::notFound);
        access.readable(post.groupId());
        List<GroupQueries.EditEntry> raw = queries.edits(postId);
        Map<Long, String> names = contacts.names(raw.stream().map(GroupQueries.EditEntry::by).toList());
        return raw.stream().map(r -> new PostEditRow(RichText.toSafeHtml(r.body()), names.getOrDefault(r.by(), ""),
                r.at())).toList();
    }

    /** The author or a lead of the group deletes a post; deleting the opening post deletes the thread. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void delete(long postId) {
        Post post = posts.findById(postId).orElseThrow(GroupRefusals::notFound);
        Access a = access.readable(post.groupId());
        boolean author = a.canPost() && post.authorId() == a.viewer().id();
        if (!author && !a.canLead()) {
            throw new Refused("workgroup.problem.authors-or-leads");
        }
        removePost(post, a.viewer().id());
        audit.record("workgroup.delete-post", "work_group_post", postId, AuditOutcome.SUCCESS, null);
    }

    /** A lead pins a thread as an announcement, or unpins it. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void pin(long threadId, boolean pinned) {
        DiscussionThread thread = liveThread(threadId);
        Access a = access.led(thread.groupId());
        thread.pin(pinned);
        if (pinned) {
            activity.record(thread.groupId(), a.viewer().id(), GroupActivity.Kind.THREAD_PINNED, thread.title(),
                    threadId);
        }
    }

    /** Someone who may read the post reports it to the secretariat's moderation queue. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void flag(long postId, @NotBlank @Size(max = ModerationQueue.REASON_MAX) String reason) {
        Post post = posts.findById(postId).filter(p -> !p.deleted()).orElseThrow(GroupRefusals::notFound);
        access.readable(post.groupId());
        moderation.flag(MODERATION_TYPE, postId, reason);
    }

    /** The group's activity feed, newest first. */
    @PermitAll
    @Transactional(readOnly = true)
    public List<ActivityRow> activity(long groupId) {
        access.readable(groupId);
        return activity.feed(groupId, 50);
    }

    private void removePost(Post post, long by) {
        removePost(post, by, threads, posts, search, clock);
    }

    /** Deletes a post, and its thread with it when it is the opening post; either leaves search at once. */
    static void removePost(Post post, long by, DiscussionThreadRepository threads, PostRepository posts,
            GroupSearchChanges search, Clock clock) {
        post.delete(by, clock.instant());
        DiscussionThread thread = threads.findById(post.threadId()).orElseThrow();
        List<Post> all = posts.findByThreadIdOrderByCreatedAtAscIdAsc(thread.id());
        if (!all.isEmpty() && all.getFirst().id().equals(post.id())) {
            thread.delete(clock.instant());
            search.threadRemoved(thread.id());
        } else {
            search.post(post.id());
        }
    }

    private DiscussionThread liveThread(long threadId) {
        return threads.findById(threadId).filter(t -> !t.deleted()).orElseThrow(GroupRefusals::notFound);
    }

    private static String cleaned(String body) {
        String text = RichText.clean(body);
        if (text.isBlank()) {
            throw new Refused("body", "workgroup.problem.empty");
        }
        return text;
    }

    /** Mail to the members named with @ (always) and to those who want every post; never to the author. */
    private void notifyMembers(Access a, DiscussionThread thread, Post post) {
        List<GroupMember> current = members.findByGroupIdOrderByRoleAscJoinedAtAsc(a.group().id());
        Map<Long, String> names = contacts.names(current.stream().map(GroupMember::accountId).toList());
        Set<Long> mentioned = mentioned(post.body(), names);
        mentioned.remove(post.authorId());
        Set<Long> everyPost = new HashSet<>();
        for (GroupMember member : current) {
            if (member.notifyMode() == NotifyMode.EVERY_POST && member.accountId() != post.authorId()
                    && !mentioned.contains(member.accountId())) {
                everyPost.add(member.accountId());
            }
        }
        String author = names.getOrDefault(post.authorId(), "");
        if (!mentioned.isEmpty()) {
            mails.mentioned(mentioned, author, a.group(), thread, post.body());
        }
        if (!everyPost.isEmpty()) {
            mails.posted(everyPost, author, a.group(), thread, post.body());
        }
    }

    /** The members whose display name follows an @ in the text ("@Priya Raman"), longest names first. */
    static Set<Long> mentioned(String text, Map<Long, String> memberNames) {
        String lower = text.toLowerCase(Locale.ROOT);
        Set<Long> found = new LinkedHashSet<>();
        memberNames.entrySet().stream()
                .filter(e -> !e.getValue().isBlank())
                .sorted((x, y) -> Integer.compare(y.getValue().length(), x.getValue().length()))
                .forEach(e -> {
                    String needle = "@" + e.getValue().toLowerCase(Locale.ROOT);
                    int at = lower.indexOf(needle);
                    while (at >= 0) {
                        int end = at + needle.length();
                        if (end >= lower.length() || !Character.isLetterOrDigit(lower.charAt(end))) {
                            found.add(e.getKey());
                            break;
                        }
                        at = lower.indexOf(needle, end);
                    }
                });
        return found;
    }

    private static Instant createdAt(Post post) {
        return post.createdAtInstant();
    }

    private static @Nullable Instant editedAt(Post post) {
        return post.editedAtInstant();
    }
}
