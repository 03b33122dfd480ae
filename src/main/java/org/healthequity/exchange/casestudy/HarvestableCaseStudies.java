package org.healthequity.exchange.casestudy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.annotation.security.PermitAll;

/**
 * The library for machines (OAI-PMH harvesters, the sitemap): every case study that was ever published, as anyone may
 * read it on its public page, in a stable order (datestamp, then id) so that a harvester can page through it while it
 * changes; the read API lists the same records with the library's filters. A retracted one is only its id and the time it was taken down. A page runs three statements whatever its
 * size: the records, their authors' names, their translations.
 */
@Service
@NamedInterface("api")
public class HarvestableCaseStudies {

    /** The type of a case study in full-text search, for a search of case studies only. */
    public static final String SEARCH_TYPE = CaseStudyLibrary.CONTENT_TYPE;

    private final HarvestRows rows;
    private final CaseStudyRecords records;

    HarvestableCaseStudies(HarvestRows rows, CaseStudyRecords records) {
        this.rows = rows;
        this.records = records;
    }

    /** At most {@code limit} records matching the query after the cursor (from the first without one). */
    @PermitAll
    @Transactional(readOnly = true)
    public List<HarvestRecord> page(HarvestQuery query, @Nullable HarvestCursor after, int limit) {
        return complete(rows.page(query, after, limit));
    }

    /**
     * At most {@code limit} published case studies matching the library's filters, the most recently published first,
     * after the cursor (from the newest without one); three statements whatever the page size.
     */
    @PermitAll
    @Transactional(readOnly = true)
    public List<HarvestRecord> library(LibraryFilter filter, @Nullable HarvestCursor after, int limit) {
        return complete(rows.library(filter, after, Math.max(1, Math.min(limit, 100))));
    }

    /** How many records match the query. */
    @PermitAll
    @Transactional(readOnly = true)
    public long count(HarvestQuery query) {
        return rows.count(query);
    }

    /** One case study's record, if it was ever published. */
    @PermitAll
    @Transactional(readOnly = true)
    public Optional<HarvestRecord> record(long id) {
        return rows.one(id).map(row -> complete(List.of(row)).getFirst());
    }

    /**
     * The published ones of these case studies, in the order asked (for results found elsewhere, such as full-text
     * search); an id that is not published now is left out. Three statements whatever the number.
     */
    @PermitAll
    @Transactional(readOnly = true)
    public List<HarvestRecord> publishedOf(List<Long> ids) {
        Map<Long, HarvestRecord> byId = complete(rows.publishedOf(ids.stream().distinct().limit(100).toList())).stream()
                .collect(Collectors.toMap(HarvestRecord::id, r -> r));
        return ids.stream().distinct().filter(byId::containsKey).map(byId::get).toList();
    }

    /** The datestamp of the oldest record, if there is any. */
    @PermitAll
    @Transactional(readOnly = true)
    public Optional<Instant> earliestDatestamp() {
        return rows.earliestDatestamp();
    }

    /** Every published case study (its id, with when it was last published), for the sitemap. */
    @PermitAll
    @Transactional(readOnly = true)
    public List<HarvestCursor> published() {
        return rows.published();
    }

    private List<HarvestRecord> complete(List<HarvestRows.Row> page) {
        List<HarvestRows.Row> live = page.stream().filter(row -> !row.deleted()).toList();
        Map<Long, String> names = records.authors(live.stream().flatMap(row -> row.authors().stream()).distinct()
                .toList()).stream().collect(Collectors.toMap(AuthorRef::accountId, AuthorRef::name));
        Map<Long, List<CaseStudyLink>> families = rows.families(live.stream().map(HarvestRows.Row::family)
                .distinct().toList());
        List<HarvestRecord> result = new ArrayList<>(page.size());
        for (HarvestRows.Row row : page) {
            HarvestedCaseStudy content = row.content();
            if (content == null) {
                result.add(new HarvestRecord(row.id(), row.datestamp(), null));
                continue;
            }
            List<String> authors = row.authors().stream().filter(names::containsKey).map(names::get).toList();
            List<CaseStudyLink> translations = families.getOrDefault(row.family(), List.of()).stream()
                    .filter(link -> link.id() != row.id()).toList();
            // The original is named only while it is published itself, as on the public page.
            Long original = translations.stream().anyMatch(link -> link.id() == row.family()) ? content.translationOf()
                    : null;
            result.add(new HarvestRecord(row.id(), row.datestamp(), new HarvestedCaseStudy(content.title(),
                    content.language(), content.network(), content.summary(), content.sections(), authors,
                    content.countries(), content.regions(), content.yearFrom(), content.yearTo(), content.themes(),
                    content.dimensions(), content.sdgTargets(), content.firstPublishedAt(), content.publishedAt(),
                    original, translations)));
        }
        return result;
    }
}
