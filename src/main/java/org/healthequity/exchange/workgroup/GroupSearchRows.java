package org.healthequity.exchange.workgroup;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.healthequity.exchange.member.ReferenceFacets;
import org.healthequity.exchange.search.SearchDocument;
import org.healthequity.exchange.shared.text.RichText;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The SQL of the module's search documents (ADR 0015) and of the groups a viewer may read for search: threads (title
 * and opening post), replies (their text), and documents (title, folder and the latest version's extracted text). Only what the
 * group pages show is read: content of live groups (active or archived), never a deleted thread, post or document.
 * Who may find an item follows {@link GroupAccess}: see {@link #visibility}.
 */
@Component
class GroupSearchRows {

    static final String THREAD = "THREAD";
    static final String POST = "POST";
    static final String DOCUMENT = "GROUP_DOCUMENT";

    /** How much of a reply's text titles it in results. */
    static final int REPLY_TITLE = 100;

    /** Live groups: the pages show active and archived ones (archived to their members and the secretariat). */
    private static final String LIVE_GROUP = " g.status in ('ACTIVE', 'ARCHIVED')";

    private static final String THREADS = """
            select t.id, t.title, t.created_at, coalesce(p.edited_at, t.created_at) as updated_at, p.body,
                g.id as group_id, g.slug, g.network, g.visibility, g.status
            from work_group_thread t join work_group g on g.id = t.group_id
            join lateral (select body, edited_at from work_group_post where thread_id = t.id
                order by created_at, id limit 1) p on true
            where t.deleted_at is null and""" + LIVE_GROUP;

    /** Replies: every post of a live thread but its opening one (which is the thread's own text). */
    private static final String POSTS = """
            select p.id, p.thread_id, p.created_at, coalesce(p.edited_at, p.created_at) as updated_at,
                p.body, g.id as group_id, g.slug, g.network, g.visibility, g.status
            from work_group_post p join work_group_thread t on t.id = p.thread_id
            join work_group g on g.id = p.group_id
            where p.deleted_at is null and t.deleted_at is null and""" + LIVE_GROUP + """
             and p.id <> (select o.id from work_group_post o where o.thread_id = p.thread_id
                order by o.created_at, o.id limit 1)""";

    private static final String DOCUMENTS = """
            select d.id, d.title, d.folder, d.created_at, v.uploaded_at as updated_at, v.extracted_text,
                g.id as group_id, g.slug, g.network, g.visibility, g.status
            from work_group_document d join work_group g on g.id = d.group_id
            join lateral (select uploaded_at, extracted_text from work_group_document_version
                where document_id = d.id order by number desc limit 1) v on true
            where d.deleted_at is null and""" + LIVE_GROUP;

    /** The ids a whole group's content is indexed under, for re-reading it when the group's visibility changes. */
    record GroupContent(List<Long> threads, List<Long> posts, List<Long> documents) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    GroupSearchRows(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Who may find an item of this group, as {@link GroupAccess.Access#canSee()} decides for its pages: everyone for an
     * active public group; the network's members and the group's own for an active network group; only the group's
     * members (and the secretariat, through {@link GroupViewerTokens}) for a private or an archived group.
     */
    static Set<String> visibility(long groupId, String network, GroupVisibility visibility, GroupStatus status) {
        String members = "group:" + groupId;
        if (status != GroupStatus.ACTIVE) {
            return Set.of(members);
        }
        return switch (visibility) {
            case PUBLIC -> Set.of(SearchDocument.PUBLIC);
            case NETWORK -> Set.of("network:" + network, members);
            case PRIVATE -> Set.of(members);
        };
    }

    // Viewers

    /** The live groups the person belongs to. */
    List<Long> liveGroupsOf(long accountId) {
        return jdbc.queryForList("select g.id from work_group_member m join work_group g on g.id = m.group_id"
                + " where m.account_id = :me and" + LIVE_GROUP, new MapSqlParameterSource("me", accountId),
                Long.class);
    }

    /** Every live group, for the secretariat's oversight. */
    List<Long> liveGroups() {
        return jdbc.queryForList("select g.id from work_group g where" + LIVE_GROUP, Map.of(), Long.class);
    }

    // Documents for the index

    long threadCount() {
        return count(THREADS);
    }

    long postCount() {
        return count(POSTS);
    }

    long documentCount() {
        return count(DOCUMENTS);
    }

    void forEachThread(Consumer<SearchDocument> consumer) {
        stream(THREADS + " order by t.id", GroupSearchRows::thread, consumer);
    }

    void forEachPost(Consumer<SearchDocument> consumer) {
        stream(POSTS + " order by p.id", GroupSearchRows::post, consumer);
    }

    void forEachDocument(Consumer<SearchDocument> consumer) {
        stream(DOCUMENTS + " order by d.id", GroupSearchRows::document, consumer);
    }

    Optional<SearchDocument> thread(long id) {
        return one(THREADS + " and t.id = :id", id, GroupSearchRows::thread);
    }

    Optional<SearchDocument> post(long id) {
        return one(POSTS + " and p.id = :id", id, GroupSearchRows::post);
    }

    Optional<SearchDocument> document(long id) {
        return one(DOCUMENTS + " and d.id = :id", id, GroupSearchRows::document);
    }

    /** Every thread, post and document of the group, deleted ones included (re-reading them removes them). */
    GroupContent content(long groupId) {
        MapSqlParameterSource group = new MapSqlParameterSource("group", groupId);
        return new GroupContent(
                jdbc.queryForList("select id from work_group_thread where group_id = :group", group, Long.class),
                jdbc.queryForList("select id from work_group_post where group_id = :group", group, Long.class),
                jdbc.queryForList("select id from work_group_document where group_id = :group", group, Long.class));
    }

    /** The posts of a thread, for re-reading them all when the thread goes. */
    List<Long> postsOf(long threadId) {
        return jdbc.queryForList("select id from work_group_post where thread_id = :thread",
                new MapSqlParameterSource("thread", threadId), Long.class);
    }

    private long count(String select) {
        Long count = jdbc.queryForObject("select count(*) from (" + select + ") items", Map.of(), Long.class);
        return count == null ? 0 : count;
    }

    private Optional<SearchDocument> one(String select, long id, RowMapper<SearchDocument> mapper) {
        return jdbc.query(select, new MapSqlParameterSource("id", id), mapper).stream().findFirst();
    }

    /** Streams through a cursor; the caller holds the (read-only) transaction. */
    private void stream(String select, RowMapper<SearchDocument> mapper, Consumer<SearchDocument> consumer) {
        JdbcTemplate streaming = new JdbcTemplate(Objects.requireNonNull(jdbc.getJdbcTemplate().getDataSource()));
        streaming.setFetchSize(500);
        try (Stream<SearchDocument> rows = streaming.queryForStream(select, mapper)) {
            rows.forEach(consumer);
        }
    }

    private static SearchDocument thread(ResultSet rs, int row) throws SQLException {
        long id = rs.getLong("id");
        String body = RichText.roughText(rs.getString("body"));
        String title = rs.getString("title");
        return item(rs, THREAD, id, title, body, "", "groups/" + rs.getString("slug") + "?thread=" + id);
    }

    /**
     * A reply is titled by its own opening words, not by its thread's subject: otherwise a search for the subject would
     * list every reply of the thread besides the thread itself.
     */
    private static SearchDocument post(ResultSet rs, int row) throws SQLException {
        long id = rs.getLong("id");
        String markdown = rs.getString("body");
        String body = RichText.roughText(markdown);
        return item(rs, POST, id, RichText.excerpt(markdown, REPLY_TITLE), body, "",
                "groups/" + rs.getString("slug") + "?thread=" + rs.getLong("thread_id") + "&post=" + id);
    }

    private static SearchDocument document(ResultSet rs, int row) throws SQLException {
        long id = rs.getLong("id");
        String text = rs.getString("extracted_text");
        String title = rs.getString("title");
        return item(rs, DOCUMENT, id, title, rs.getString("folder"), text == null ? "" : text,
                "groups/" + rs.getString("slug") + "?document=" + id);
    }

    private static SearchDocument item(ResultSet rs, String type, long id, String title, String body, String extra,
            String link) throws SQLException {
        String network = rs.getString("network");
        Set<String> visibility = visibility(rs.getLong("group_id"), network,
                GroupVisibility.valueOf(rs.getString("visibility")), GroupStatus.valueOf(rs.getString("status")));
        return new SearchDocument(type, id, TextLanguage.guess(title + "\n" + body + "\n" + extra), title, body,
                extra, instant(rs, "created_at"), instant(rs, "updated_at"), link, visibility,
                Map.of(ReferenceFacets.NETWORK, List.of(network)));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at.toInstant();
    }
}
