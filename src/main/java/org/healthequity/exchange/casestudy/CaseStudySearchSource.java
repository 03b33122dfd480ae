package org.healthequity.exchange.casestudy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.healthequity.exchange.member.ReferenceFacets;
import org.healthequity.exchange.search.FacetDefinition;
import org.healthequity.exchange.search.FacetDefinition.FacetLabels;
import org.healthequity.exchange.search.SearchDocument;
import org.healthequity.exchange.search.SearchSource;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.text.RichText;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Published case studies for the search index, in their live version with the extracted text of its attachments.
 * Nothing else: a draft, a submission or a retracted case study is never handed to the index.
 */
@Component
class CaseStudySearchSource implements SearchSource {

    private static final int MAX_YEARS = 60;
    /** The years a case study ran, each a value of this facet. */
    static final String YEAR = "year";
    private static final String LIVE = """
            select c.id, c.language, c.network, c.published_at, r.title, r.summary, r.objectives, r.context,
                r.stakeholders, r.implementation, r.results, r.enabling_factors, r.sustainability, r.lessons_learned,
                r.countries, r.regions, r.year_from, r.year_to, r.themes, r.dimensions, r.sdg_targets, r.contacts,
                (select string_agg(a.extracted_text, ' ') from case_study_attachment a
                    join case_study_revision_attachment ra on ra.attachment_id = a.id
                    where ra.revision_id = r.id) as attachment_text
            from case_study c join case_study_revision r on r.id = c.published_revision_id
            where c.status = 'PUBLISHED'""";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate readOnly;
    private final ReferenceFacets reference;

    CaseStudySearchSource(JdbcTemplate jdbc, org.springframework.transaction.PlatformTransactionManager transactions,
            ReferenceFacets reference) {
        this.jdbc = jdbc;
        this.reference = reference;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    @Override
    public String type() {
        return CaseStudyAuthoring.TYPE;
    }

    /** Country, region, theme, dimension, SDG and network as the reference vocabularies define them; the years. */
    @Override
    public List<FacetDefinition> facets() {
        List<FacetDefinition> facets = new ArrayList<>(reference.all());
        facets.add(FacetDefinition.flat(YEAR, 30, FacetLabels.asIs()).valuesNewestFirst());
        return facets;
    }

    @Override
    public long count() {
        Long count = jdbc.queryForObject("select count(*) from case_study where status = 'PUBLISHED'", Long.class);
        return count == null ? 0 : count;
    }

    @Override
    public void forEach(Consumer<SearchDocument> consumer) {
        // A cursor (fetch size inside a transaction) streams the rows instead of loading them all.
        readOnly.executeWithoutResult(status -> {
            JdbcTemplate streaming = new JdbcTemplate(java.util.Objects.requireNonNull(jdbc.getDataSource()));
            streaming.setFetchSize(500);
            try (Stream<SearchDocument> rows = streaming.queryForStream(LIVE + " order by c.id",
                    (rs, i) -> document(rs))) {
                rows.forEach(consumer);
            }
        });
    }

    @Override
    public Optional<SearchDocument> find(long contentId) {
        return jdbc.query(LIVE + " and c.id = ?", (rs, i) -> document(rs), contentId).stream().findFirst();
    }

    private SearchDocument document(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        StringBuilder body = new StringBuilder();
        for (String column : List.of("summary", "objectives", "context", "stakeholders", "implementation", "results",
                "enabling_factors", "sustainability", "lessons_learned", "contacts")) {
            String text = rs.getString(column);
            if (text != null && !text.isBlank()) {
                body.append(column.equals("contacts") ? text : RichText.roughText(text)).append("\n\n");
            }
        }
        Integer from = CaseStudyRecords.integer(rs, "year_from");
        Integer to = CaseStudyRecords.integer(rs, "year_to");
        List<Integer> years = new ArrayList<>();
        if (from != null) {
            int last = to == null ? from : Math.min(to, from + MAX_YEARS);
            for (int year = from; year <= last; year++) {
                years.add(year);
            }
        }
        String attachments = rs.getString("attachment_text");
        Instant published = rs.getTimestamp("published_at").toInstant();
        Map<String, List<String>> facets = new LinkedHashMap<>();
        facets.put(ReferenceFacets.COUNTRY, CaseStudyRecords.strings(rs, "countries"));
        facets.put(ReferenceFacets.REGION, CaseStudyRecords.strings(rs, "regions"));
        facets.put(YEAR, years.stream().map(String::valueOf).toList());
        facets.put(ReferenceFacets.THEME, CaseStudyRecords.strings(rs, "themes"));
        facets.put(ReferenceFacets.DIMENSION, CaseStudyRecords.strings(rs, "dimensions"));
        facets.put(ReferenceFacets.SDG, CaseStudyRecords.strings(rs, "sdg_targets"));
        facets.put(ReferenceFacets.NETWORK, List.of(rs.getString("network")));
        return new SearchDocument(type(), id, Language.ofCode(rs.getString("language")).orElse(Language.ENGLISH),
                rs.getString("title"), body.toString().strip(), attachments == null ? "" : attachments, published,
                published, "case-studies/" + id, Set.of(SearchDocument.PUBLIC), facets);
    }
}
