package org.healthequity.exchange.workgroup;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import java.util.function.LongSupplier;

import org.healthequity.exchange.member.ReferenceFacets;
import org.healthequity.exchange.search.FacetDefinition;
import org.healthequity.exchange.search.SearchDocument;
import org.healthequity.exchange.search.SearchSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The module's three content types in search: threads (title and opening post, opened at the thread), replies (opened
 * at the post in its thread) and documents (title, folder and the latest version's text, opened at the document's
 * versions). Each is found by whoever may read its group ({@link GroupSearchRows#visibility}) and carries its group's
 * network as a facet; its language is guessed from its text ({@link TextLanguage}), since groups record none.
 */
@Configuration(proxyBeanMethods = false)
class GroupSearchSources {

    @Bean
    SearchSource groupThreadSearchSource(GroupSearchRows rows, PlatformTransactionManager transactions,
            ReferenceFacets reference) {
        return new Source(GroupSearchRows.THREAD, rows::threadCount, rows::forEachThread, rows::thread, transactions,
                reference);
    }

    @Bean
    SearchSource groupPostSearchSource(GroupSearchRows rows, PlatformTransactionManager transactions,
            ReferenceFacets reference) {
        return new Source(GroupSearchRows.POST, rows::postCount, rows::forEachPost, rows::post, transactions,
                reference);
    }

    @Bean
    SearchSource groupDocumentSearchSource(GroupSearchRows rows, PlatformTransactionManager transactions,
            ReferenceFacets reference) {
        return new Source(GroupSearchRows.DOCUMENT, rows::documentCount, rows::forEachDocument, rows::document,
                transactions, reference);
    }

    /** One content type, read by {@link GroupSearchRows}. */
    private static final class Source implements SearchSource {

        private final String type;
        private final LongSupplier count;
        private final Consumer<Consumer<SearchDocument>> all;
        private final LongFunction<Optional<SearchDocument>> one;
        private final TransactionTemplate readOnly;
        private final ReferenceFacets reference;

        Source(String type, LongSupplier count, Consumer<Consumer<SearchDocument>> all,
                LongFunction<Optional<SearchDocument>> one, PlatformTransactionManager transactions,
                ReferenceFacets reference) {
            this.type = type;
            this.count = count;
            this.all = all;
            this.one = one;
            this.reference = reference;
            this.readOnly = new TransactionTemplate(transactions);
            this.readOnly.setReadOnly(true);
        }

        @Override
        public String type() {
            return type;
        }

        @Override
        public long count() {
            return count.getAsLong();
        }

        @Override
        public void forEach(Consumer<SearchDocument> consumer) {
            // A cursor (fetch size inside a transaction) streams the rows instead of loading them all.
            readOnly.executeWithoutResult(status -> all.accept(consumer));
        }

        @Override
        public Optional<SearchDocument> find(long contentId) {
            return one.apply(contentId);
        }

        /** Groups carry a network; they have no theme, country or region. */
        @Override
        public List<FacetDefinition> facets() {
            return List.of(reference.network());
        }
    }
}
