package org.healthequity.exchange.casestudy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.healthequity.exchange.member.Countries;
import org.healthequity.exchange.member.CountryRef;
import org.healthequity.exchange.moderation.ModerationQueue;
import org.healthequity.exchange.moderation.ModerationRequest;
import org.healthequity.exchange.shared.ExchangeProperties;
import org.healthequity.exchange.shared.files.FileKind;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.security.ExchangeUser;
import org.healthequity.exchange.shared.security.Role;
import org.healthequity.exchange.shared.text.RichText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The demo library, seeded once after the demo members from {@code demo/case-studies.json}: published case studies in
 * all six WHO regions and several languages (some with a PDF report generated here, some translations of others),
 * a few waiting in the moderation queue and a few drafts.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 30)
class DemoCaseStudies implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCaseStudies.class);

    private final NamedParameterJdbcTemplate jdbc;
    private final ExchangeProperties properties;
    private final Environment environment;
    private final Countries countries;
    private final AttachmentStore files;
    private final PdfText pdfText;
    private final ModerationQueue moderation;
    private final ObjectMapper json;
    private final Clock clock;

    DemoCaseStudies(NamedParameterJdbcTemplate jdbc, ExchangeProperties properties, Environment environment,
            Countries countries, AttachmentStore files, PdfText pdfText, ModerationQueue moderation, ObjectMapper json,
            Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.environment = environment;
        this.countries = countries;
        this.files = files;
        this.pdfText = pdfText;
        this.moderation = moderation;
        this.json = json;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        Long existing = jdbc.getJdbcTemplate().queryForObject("select count(*) from case_study", Long.class);
        if (!properties.demoDataEnabled(environment) || (existing != null && existing > 0)) {
            return;
        }
        JsonNode entries;
        try (InputStream in = getClass().getResourceAsStream("/demo/case-studies.json")) {
            if (in == null) {
                return;
            }
            entries = json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> regionOf = new HashMap<>();
        for (CountryRef country : countries.all(Language.ENGLISH)) {
            regionOf.put(country.iso2(), country.region());
        }
        Map<String, Long> ids = new HashMap<>();
        Instant now = clock.instant();
        int index = 0;
        for (JsonNode entry : entries) {
            Long author = accountId(entry.get("author").asString());
            if (author == null) {
                continue;
            }
            List<Long> authors = new ArrayList<>(List.of(author));
            for (JsonNode coAuthor : entry.get("coAuthors")) {
                Long co = accountId(coAuthor.asString());
                if (co != null && !authors.contains(co)) {
                    authors.add(co);
                }
            }
            String status = entry.get("status").asString();
            JsonNode translationOf = entry.get("translationOf");
            Long original = translationOf == null || translationOf.isNull() ? null : ids.get(translationOf.asString());
            // Spread the library over two years so that "newest first" means something.
            Instant published = now.minus(Duration.ofDays(10 + 21L * index++));
            long id = insert(entry, status, original, authors, regionOf, published);
            ids.put(entry.get("key").asString(), id);
        }
        log.info("Seeded {} demo case studies", ids.size());
    }

    private long insert(JsonNode e, String status, Long original, List<Long> authors, Map<String, String> regionOf,
            Instant published) {
        boolean live = status.equals("PUBLISHED");
        Long caseStudy = jdbc.queryForObject("insert into case_study (network, language, translation_of, owner_id,"
                + " status, first_published_at, published_at, created_at) values (:network, :language, :original,"
                + " :owner, :status, :published, :published, :created) returning id", new MapSqlParameterSource()
                        .addValue("network", e.get("network").asString()).addValue("language", e.get("language").asString())
                        .addValue("original", original).addValue("owner", authors.getFirst())
                        .addValue("status", status).addValue("published", live ? Timestamp.from(published) : null)
                        .addValue("created", Timestamp.from(published.minus(Duration.ofDays(30)))), Long.class);
        for (int i = 0; i < authors.size(); i++) {
            jdbc.update("insert into case_study_author (case_study_id, account_id, position) values (:cs, :a, :p)",
                    new MapSqlParameterSource("cs", caseStudy).addValue("a", authors.get(i)).addValue("p", i));
        }
        List<String> countryCodes = strings(e.get("countries"));
        List<String> regions = countryCodes.stream().map(regionOf::get).filter(r -> r != null).distinct().sorted()
                .toList();
        MapSqlParameterSource revision = new MapSqlParameterSource("cs", caseStudy)
                .addValue("status", status.equals("DRAFT") ? "DRAFT" : status)
                .addValue("language", e.get("language").asString()).addValue("network", e.get("network").asString())
                .addValue("title", CaseStudyChecks.plain(e.get("title").asString()))
                .addValue("countries", String.join(",", countryCodes)).addValue("regions", String.join(",", regions))
                .addValue("themes", String.join(",", strings(e.get("themes"))))
                .addValue("dimensions", String.join(",", strings(e.get("dimensions"))))
                .addValue("sdg", String.join(",", strings(e.get("sdgTargets"))))
                .addValue("yearFrom", e.get("yearFrom").asInt()).addValue("yearTo", e.get("yearTo").asInt())
                .addValue("contacts", e.get("contacts").asString())
                .addValue("links", String.join("\n", strings(e.get("links"))))
                .addValue("by", authors.getFirst()).addValue("at", Timestamp.from(published.minus(Duration.ofDays(2))))
                .addValue("submitted", status.equals("DRAFT") ? null : Timestamp.from(published.minus(Duration.ofDays(2))))
                .addValue("decided", live ? Timestamp.from(published) : null);
        Map<String, String> fields = Map.of("summary", "summary", "objectives", "objectives", "context", "context",
                "stakeholders", "stakeholders", "implementation", "implementation", "results", "results",
                "enabling_factors", "enablingFactors", "sustainability", "sustainability", "lessons_learned",
                "lessonsLearned");
        fields.forEach((column, key) -> revision.addValue(column, RichText.clean(e.get(key).asString())));
        Long revisionId = jdbc.queryForObject("""
                insert into case_study_revision (case_study_id, number, status, language, network, title, summary,
                    objectives, context, stakeholders, implementation, results, enabling_factors, sustainability,
                    lessons_learned, countries, regions, year_from, year_to, themes, dimensions, sdg_targets, contacts,
                    links, created_by, created_at, updated_at, submitted_by, submitted_at, decided_at)
                values (:cs, 1, :status, :language, :network, :title, :summary, :objectives, :context, :stakeholders,
                    :implementation, :results, :enabling_factors, :sustainability, :lessons_learned,
                    string_to_array(:countries, ','), string_to_array(:regions, ','), :yearFrom, :yearTo,
                    string_to_array(:themes, ','), string_to_array(:dimensions, ','), string_to_array(:sdg, ','),
                    :contacts, :links, :by, :at, :at, :by, :submitted, :decided)
                returning id""", revision, Long.class);
        jdbc.update("update case_study set " + (live ? "published_revision_id" : "working_revision_id")
                + " = :r where id = :cs", new MapSqlParameterSource("r", revisionId).addValue("cs", caseStudy));
        if (e.path("attachment").asBoolean(false)) {
            attachReport(caseStudy, revisionId, e, authors.getFirst(), published);
        }
        if (status.equals("SUBMITTED")) {
            queue(caseStudy, revisionId, e, authors.getFirst());
        }
        return caseStudy;
    }

    /** Puts a demo submission into the queue as its author would, through the queue's own service. */
    private void queue(long caseStudy, long revisionId, JsonNode e, long author) {
        var context = SecurityContextHolder.getContext();
        try {
            ExchangeUser user = new ExchangeUser(author, e.get("author").asString(), "demo", null, true, false,
                    Set.of(Role.MEMBER), null, null);
            SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user,
                    null, user.getAuthorities()));
            moderation.enqueue(new ModerationRequest(CaseStudyAuthoring.TYPE, caseStudy, revisionId,
                    CaseStudyChecks.plain(e.get("title").asString()), e.get("network").asString(),
                    e.get("language").asString(), author));
        } finally {
            SecurityContextHolder.setContext(context);
        }
    }

    private void attachReport(long caseStudy, long revisionId, JsonNode e, long author, Instant published) {
        byte[] pdf = report(e.get("title").asString(), RichText.plainText(e.get("summary").asString()) + "\n\n"
                + RichText.plainText(e.get("results").asString()) + "\n\n"
                + RichText.plainText(e.get("lessonsLearned").asString()));
        String text = pdfText.extract(pdf) instanceof PdfText.Outcome.Text t ? t.text() : null;
        String stored = files.store(pdf, FileKind.PDF);
        String name = e.get("key").asString() + "-report.pdf";
        Long attachment = jdbc.queryForObject("insert into case_study_attachment (case_study_id, stored_name, file_name,"
                + " media_type, size_bytes, extracted_text, uploaded_by, uploaded_at) values (:cs, :stored, :name,"
                + " 'application/pdf', :size, :text, :by, :at) returning id", new MapSqlParameterSource("cs", caseStudy)
                        .addValue("stored", stored).addValue("name", name).addValue("size", pdf.length)
                        .addValue("text", text).addValue("by", author).addValue("at", Timestamp.from(published)),
                Long.class);
        jdbc.update("insert into case_study_revision_attachment (revision_id, attachment_id) values (:r, :a)",
                new MapSqlParameterSource("r", revisionId).addValue("a", attachment));
    }

    /** A short PDF report of the case study; characters the standard font lacks are left out. */
    static byte[] report(String title, String body) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            List<String> lines = new ArrayList<>();
            for (String paragraph : body.split("\n")) {
                lines.addAll(wrap(printable(regular, paragraph), 95));
            }
            PDPage page = null;
            PDPageContentStream content = null;
            int row = 0;
            for (int i = -1; i < lines.size(); i++) {
                if (content == null || row > 48) {
                    if (content != null) {
                        content.endText();
                        content.close();
                    }
                    page = new PDPage();
                    document.addPage(page);
                    content = new PDPageContentStream(document, page);
                    content.beginText();
                    content.newLineAtOffset(50, 740);
                    row = 0;
                }
                if (i < 0) {
                    content.setFont(bold, 13);
                    content.showText(printable(bold, title.length() > 90 ? title.substring(0, 90) : title));
                    content.newLineAtOffset(0, -24);
                } else {
                    content.setFont(regular, 10);
                    content.showText(lines.get(i));
                    content.newLineAtOffset(0, -14);
                }
                row++;
            }
            content.endText();
            content.close();
            document.save(out);
            return out.toByteArray();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static String printable(PDType1Font font, String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(cp -> {
            String ch = new String(Character.toChars(cp));
            try {
                font.encode(ch);
                out.append(ch);
            } catch (IOException | IllegalArgumentException ex) {
                // not in the font's encoding: left out
            }
        });
        return out.toString();
    }

    private static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split("\\s+")) {
            if (line.length() + word.length() + 1 > width && !line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (!line.isEmpty()) {
                line.append(' ');
            }
            line.append(word);
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private Long accountId(String email) {
        // Demo seeding only: the demo people are found by their demo addresses.
        List<Long> found = jdbc.queryForList("select id from account where lower(email) = lower(:email)",
                new MapSqlParameterSource("email", email), Long.class);
        return found.isEmpty() ? null : found.getFirst();
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        if (array != null) {
            array.forEach(v -> values.add(v.asString()));
        }
        return values;
    }
}
