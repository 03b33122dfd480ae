package org.healthequity.exchange.newsletter;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.healthequity.exchange.member.Network;
import org.healthequity.exchange.member.ReferenceFacets;
import org.healthequity.exchange.search.FacetDefinition;
import org.healthequity.exchange.search.SearchDocument;
import org.healthequity.exchange.search.SearchSource;
import org.healthequity.exchange.search.SearchableChanged;
import org.healthequity.exchange.shared.text.RichText;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sent newsletters for the search index, found by the members who may read them in the archive: those of the
 * networks it was sent to (of any network when it went to all), and the staff, who hold every network's token. Each
 * language version is a document of its own, and the versions are one result with "also in". A draft, a scheduled or a
 * stopped newsletter is never handed to the index.
 */
@Component
class NewsletterSearchSource implements SearchSource {

    static final String TYPE = "NEWSLETTER";

    private final NewsletterRepository newsletters;
    private final ReferenceFacets reference;
    private final TransactionTemplate readOnly;

    NewsletterSearchSource(NewsletterRepository newsletters, ReferenceFacets reference,
            PlatformTransactionManager transactions) {
        this.newsletters = newsletters;
        this.reference = reference;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** Search reads the newsletter again, in the transaction of the change. */
    static SearchableChanged changed(long id) {
        return new SearchableChanged(TYPE, id, false);
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public List<FacetDefinition> facets() {
        return List.of(reference.network());
    }

    /** One document per language version of each sent newsletter. */
    @Override
    public long count() {
        return newsletters.countTexts(NewsletterStatus.SENT);
    }

    @Override
    public void forEach(Consumer<SearchDocument> consumer) {
        readOnly.executeWithoutResult(status -> newsletters.findByStatusOrderById(NewsletterStatus.SENT).stream()
                .flatMap(newsletter -> documents(newsletter).stream()).forEach(consumer));
    }

    /** The English version. */
    @Override
    public Optional<SearchDocument> find(long contentId) {
        return variants(contentId).stream().findFirst();
    }

    @Override
    public List<SearchDocument> variants(long contentId) {
        return Objects.requireNonNull(readOnly.execute(status -> newsletters.findById(contentId)
                .filter(newsletter -> newsletter.status() == NewsletterStatus.SENT)
                .map(NewsletterSearchSource::documents).orElse(List.of())));
    }

    private static List<SearchDocument> documents(Newsletter newsletter) {
        Set<Network> sentTo = newsletter.audience().networks();
        Set<Network> readers = sentTo.isEmpty() ? Set.of(Network.values()) : sentTo;
        Set<String> visibility = readers.stream().map(network -> "network:" + network.name())
                .collect(Collectors.toSet());
        Map<String, List<String>> facets = Map.of(ReferenceFacets.NETWORK,
                readers.stream().map(Network::name).sorted().toList());
        String family = SearchDocument.key(TYPE, newsletter.id());
        return newsletter.texts().stream().map(text -> new SearchDocument(TYPE, newsletter.id(), text.language(),
                text.subject(), RichText.plainText(text.body()), "", Objects.requireNonNull(newsletter.sentAt()),
                newsletter.updatedAt(), "newsletters/" + newsletter.id(), visibility, facets)
                .asVariant(text.language().code(), visibility, Set.of()).withGroup(family)).toList();
    }
}
