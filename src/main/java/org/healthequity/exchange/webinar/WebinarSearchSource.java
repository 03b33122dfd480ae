package org.healthequity.exchange.webinar;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.healthequity.exchange.member.MemberContacts;
import org.healthequity.exchange.member.ReferenceFacets;
import org.healthequity.exchange.search.FacetDefinition;
import org.healthequity.exchange.search.SearchDocument;
import org.healthequity.exchange.search.SearchSource;
import org.healthequity.exchange.search.SearchableChanged;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.text.RichText;
import org.jspecify.annotations.Nullable;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Scheduled webinars, or a working group's meetings, for the search index: a cancelled one is never handed to it.
 * Two instances ({@link WebinarSearchSources}): a group's meeting is a result of its own type, since the people who
 * find it know it as their group's meeting, not as a webinar of the portal.
 */
class WebinarSearchSource implements SearchSource {

    /** What a result is called, by the audiences it covers. */
    enum Kind {
        WEBINAR(EnumSet.of(Audience.PUBLIC, Audience.GKNHE, Audience.HIM)), MEETING(EnumSet.of(Audience.GROUP));

        private final Set<Audience> audiences;

        Kind(Set<Audience> audiences) {
            this.audiences = audiences;
        }

        static Kind of(Audience audience) {
            return audience == Audience.GROUP ? MEETING : WEBINAR;
        }
    }

    /** The languages a webinar is held in or interpreted into, each a value of this facet. */
    static final String SESSION_LANGUAGE = "session-language";

    /** Member speakers' names are looked up this many webinars at a time while streaming. */
    private static final int BATCH = 200;

    private final Kind kind;
    private final WebinarQueries queries;
    private final MemberContacts contacts;
    private final ReferenceFacets reference;
    private final TransactionTemplate readOnly;

    WebinarSearchSource(Kind kind, WebinarQueries queries, MemberContacts contacts, ReferenceFacets reference,
            TransactionTemplate readOnly) {
        this.kind = kind;
        this.queries = queries;
        this.contacts = contacts;
        this.reference = reference;
        this.readOnly = readOnly;
    }

    /**
     * What search must read again after a webinar changed: its type now, and its type before when the audience moved it
     * between a network's webinars and a group's meetings (it then leaves the one and joins the other).
     */
    static List<SearchableChanged> changes(@Nullable Audience before, Webinar after) {
        List<SearchableChanged> changes = new ArrayList<>();
        Kind now = Kind.of(after.audience());
        if (before != null && Kind.of(before) != now) {
            changes.add(new SearchableChanged(Kind.of(before).name(), after.id(), true));
        }
        changes.add(new SearchableChanged(now.name(), after.id(), after.cancelled()));
        return changes;
    }

    @Override
    public String type() {
        return kind.name();
    }

    /**
     * The network of the audience (a group's meeting has none of its own), and the languages one may follow the
     * webinar in, spoken or interpreted, as the webinar list filters them.
     */
    @Override
    public List<FacetDefinition> facets() {
        return List.of(reference.network(), FacetDefinition.flat(SESSION_LANGUAGE, 75,
                (value, locale, messages) -> Language.nameOf(value)));
    }

    @Override
    public long count() {
        return queries.searchableCount(kind.audiences);
    }

    @Override
    public void forEach(Consumer<SearchDocument> consumer) {
        readOnly.executeWithoutResult(status -> {
            List<WebinarQueries.Searchable> batch = new ArrayList<>(BATCH);
            queries.forEachSearchable(kind.audiences, row -> {
                batch.add(row);
                if (batch.size() == BATCH) {
                    documents(batch).forEach(consumer);
                    batch.clear();
                }
            });
            documents(batch).forEach(consumer);
        });
    }

    @Override
    public Optional<SearchDocument> find(long contentId) {
        return Objects.requireNonNull(readOnly.execute(status -> queries.searchable(contentId, kind.audiences)
                .flatMap(row -> documents(List.of(row)).stream().findFirst())));
    }

    /** Member speakers under the name they go by today, as the webinar's page shows them. */
    private List<SearchDocument> documents(List<WebinarQueries.Searchable> rows) {
        Set<Long> speakers = new LinkedHashSet<>();
        rows.forEach(row -> row.speakerIds().stream().filter(Objects::nonNull).forEach(speakers::add));
        Map<Long, String> names = contacts.names(speakers);
        List<SearchDocument> documents = new ArrayList<>();
        for (WebinarQueries.Searchable row : rows) {
            document(row, names).ifPresent(documents::add);
        }
        return documents;
    }

    private Optional<SearchDocument> document(WebinarQueries.Searchable row, Map<Long, String> names) {
        Optional<String> visibility = visibility(row.audience(), row.groupId());
        if (visibility.isEmpty()) {
            return Optional.empty();
        }
        List<String> speakers = new ArrayList<>();
        for (int i = 0; i < row.speakerNames().size(); i++) {
            Long account = i < row.speakerIds().size() ? row.speakerIds().get(i) : null;
            speakers.add(account != null && names.containsKey(account) ? names.get(account)
                    : row.speakerNames().get(i));
        }
        String body = String.join("\n\n", RichText.roughText(row.description()).strip(),
                String.join("\n", row.agenda()), String.join(", ", speakers)).strip();
        Map<String, List<String>> facets = new LinkedHashMap<>();
        row.audience().network().ifPresent(network -> facets.put(ReferenceFacets.NETWORK, List.of(network.name())));
        facets.put(SESSION_LANGUAGE, Arrays.stream(Language.values())
                .filter(l -> row.languages().contains(l) || row.interpretation().contains(l)).map(Language::code)
                .toList());
        // Published when announced: "newest first" lists what was just announced, not the furthest session ahead.
        return Optional.of(new SearchDocument(kind.name(), row.id(), language(row.languages()), row.title(), body, "",
                row.createdAt(), row.updatedAt(), "webinars/" + row.id(), Set.of(visibility.get()), facets));
    }

    /** Who may find it, as {@link Viewers} decides who may see its page. */
    static Optional<String> visibility(Audience audience, @Nullable Long groupId) {
        return switch (audience) {
            case PUBLIC -> Optional.of(SearchDocument.PUBLIC);
            case GKNHE, HIM -> audience.network().map(network -> "network:" + network.name());
            case GROUP -> Optional.ofNullable(groupId).map(group -> "group:" + group);
        };
    }

    /** The texts are written in the first language the webinar is held in (English when it is one of them). */
    private static Language language(Set<Language> languages) {
        for (Language language : Language.values()) {
            if (languages.contains(language)) {
                return language;
            }
        }
        return Language.ENGLISH;
    }
}
