package org.healthequity.exchange.casestudy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.healthequity.exchange.member.MemberContacts;
import org.healthequity.exchange.member.MemberContacts.Contact;
import org.healthequity.exchange.member.Network;
import org.healthequity.exchange.shared.ExchangeProperties;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.security.CurrentUser;
import org.healthequity.exchange.shared.security.RunAs;
import org.healthequity.exchange.shared.text.RichText;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The demo library, seeded once after the demo members from {@code demo/case-studies.json}: published case studies in
 * all six WHO regions and several languages (some with a PDF report generated here, some translations of others),
 * a few waiting in the moderation queue and a few drafts. It goes through the services (ADR 0015): each author writes
 * the draft ({@link CaseStudyAuthoring#saveDraft}), attaches the report ({@link CaseStudyAttachments}) and submits it
 * to the moderation queue. Seeding hooks of this module cover what no service does: the published case studies are
 * submitted without a queue item and published by the secretariat at once ({@link CaseStudyModeration#approve}), since
 * an approval through the queue mails the author; the last one is approved after a focal point for one of its
 * countries was named, so that it waits for national clearance (ADR 0032); each case study is dated in the past
 * afterwards ({@link CaseStudyRecords#backdate}); and a co-author who has since left the directory is named directly.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 30)
class DemoCaseStudies implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCaseStudies.class);
    private static final String SECRETARIAT = "secretariat@example.org";
    /** The demo's clearance focal point (README) and the country they clear for, with a case study waiting for them. */
    private static final String FOCAL_POINT = "kebede.alemu@example.org";
    private static final String FOCAL_POINT_COUNTRY = "ET";
    private static final String AWAITING_CLEARANCE = "AWAITING_CLEARANCE";
    private static final String TRANSLATION_WANTED = "in-tobacco-tax-health-promotion";
    private static final String TRANSLATION_REQUESTER = "researcher@example.org";

    private final CaseStudyAuthoring authoring;
    private final CaseStudyAttachments attachments;
    private final CaseStudyModeration publication;
    private final CaseStudyRepository caseStudies;
    private final CaseStudyRecords records;
    private final MemberContacts contacts;
    private final RunAs runAs;
    private final ExchangeProperties properties;
    private final Environment environment;
    private final ObjectMapper json;
    private final Clock clock;
    private final CaseStudyClearance clearance;
    private final TranslationRequests translationRequests;

    DemoCaseStudies(CaseStudyAuthoring authoring, CaseStudyAttachments attachments, CaseStudyModeration publication,
            CaseStudyRepository caseStudies, CaseStudyRecords records, MemberContacts contacts, RunAs runAs,
            ExchangeProperties properties, Environment environment, ObjectMapper json, Clock clock,
            CaseStudyClearance clearance, TranslationRequests translationRequests) {
        this.clearance = clearance;
        this.translationRequests = translationRequests;
        this.authoring = authoring;
        this.attachments = attachments;
        this.publication = publication;
        this.caseStudies = caseStudies;
        this.records = records;
        this.contacts = contacts;
        this.runAs = runAs;
        this.properties = properties;
        this.environment = environment;
        this.json = json;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!properties.demoDataEnabled(environment) || caseStudies.count() > 0 || !exists(SECRETARIAT)) {
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
        Map<String, Long> ids = new HashMap<>();
        Instant now = clock.instant();
        int index = 0;
        List<JsonNode> awaitingClearance = new ArrayList<>();
        for (JsonNode entry : entries) {
            String author = entry.get("author").asString();
            if (!exists(author)) {
                continue;
            }
            if (AWAITING_CLEARANCE.equals(entry.get("status").asString())) {
                awaitingClearance.add(entry);
                continue;
            }
            JsonNode translationOf = entry.get("translationOf");
            Long original = translationOf == null || translationOf.isNull() ? null : ids.get(translationOf.asString());
            // Spread the library over two years so that "newest first" means something.
            Instant published = now.minus(Duration.ofDays(10 + 21L * index++));
            long id = write(entry, author, original);
            records.backdate(id, published.minus(Duration.ofDays(30)), published.minus(Duration.ofDays(2)),
                    published);
            ids.put(entry.get("key").asString(), id);
        }
        // The focal point is named once the library is live, so only the case studies approved later wait for them.
        if (exists(FOCAL_POINT)) {
            runAs.run(SECRETARIAT, () -> clearance.name(FOCAL_POINT, FOCAL_POINT_COUNTRY));
            for (JsonNode entry : awaitingClearance) {
                long id = write(entry, entry.get("author").asString(), null);
                records.backdate(id, now.minus(Duration.ofDays(20)), now.minus(Duration.ofDays(5)),
                        now.minus(Duration.ofDays(3)));
                ids.put(entry.get("key").asString(), id);
            }
        }
        // An open translation request: a researcher asks for a published case study in Spanish (ADR 0032).
        Long wanted = ids.get(TRANSLATION_WANTED);
        if (wanted != null && exists(TRANSLATION_REQUESTER)) {
            runAs.run(TRANSLATION_REQUESTER, () -> translationRequests.request(wanted, Language.SPANISH));
        }
        log.info("Seeded {} demo case studies", ids.size());
    }

    /** The case study as its author writes, attaches and submits it, and the secretariat publishes it. */
    private long write(JsonNode e, String author, @Nullable Long original) {
        List<Long> coAuthors = new ArrayList<>();
        for (JsonNode coAuthor : e.get("coAuthors")) {
            accountId(coAuthor.asString()).filter(id -> !coAuthors.contains(id)).ifPresent(coAuthors::add);
        }
        String status = e.get("status").asString();
        return runAs.as(author, () -> {
            long me = CurrentUser.require().accountId();
            coAuthors.remove(Long.valueOf(me));
            Set<Long> listed = contacts.listedInDirectory(coAuthors);
            SavedDraft draft = authoring.saveDraft(null, form(e, coAuthors.stream().filter(listed::contains)
                    .toList()), -1, original);
            long id = draft.caseStudyId();
            if (!listed.containsAll(coAuthors)) {
                coAuthorsSinceHidden(id, me, coAuthors);
            }
            long version = draft.version();
            if (e.path("attachment").asBoolean(false)) {
                version = attachments.addAttachment(id, version, e.get("key").asString() + "-report.pdf",
                        report(e.get("title").asString(), RichText.plainText(e.get("summary").asString()) + "\n\n"
                                + RichText.plainText(e.get("results").asString()) + "\n\n"
                                + RichText.plainText(e.get("lessonsLearned").asString()))).version();
            }
            switch (status) {
                case "SUBMITTED" -> authoring.submit(id, version);
                case "PUBLISHED", AWAITING_CLEARANCE -> {
                    long revision = authoring.submit(id, version, false);
                    runAs.run(SECRETARIAT, () -> publication.approve(id, revision,
                            CurrentUser.require().accountId()));
                }
                default -> {
                    // a draft stays with its author
                }
            }
            return id;
        });
    }

    /**
     * Seeding hook: names co-authors who are no longer listed in the directory. The editor offers only listed people,
     * so the demo world shows a co-author added while listed who has since hidden their entry.
     */
    private void coAuthorsSinceHidden(long caseStudyId, long author, List<Long> coAuthors) {
        List<Long> all = new ArrayList<>(List.of(author));
        all.addAll(coAuthors);
        records.replaceAuthors(caseStudyId, all);
    }

    private static CaseStudyForm form(JsonNode e, List<Long> coAuthors) {
        Map<String, String> sections = new LinkedHashMap<>();
        // A section the file does not have (one added to the template later) stays empty.
        CaseStudyTemplate.SECTIONS.forEach(section -> sections.put(section.key(),
                e.has(section.key()) ? e.get(section.key()).asString() : ""));
        return new CaseStudyForm(Network.valueOf(e.get("network").asString()),
                Language.ofCode(e.get("language").asString()).orElseThrow(), e.get("title").asString(), sections,
                strings(e.get("countries")), e.get("yearFrom").asInt(), e.get("yearTo").asInt(),
                strings(e.get("themes")), strings(e.get("dimensions")), strings(e.get("sdgTargets")),
                e.get("contacts").asString(), String.join("\n", strings(e.get("links"))), coAuthors);
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

    /** The id of a demo person, looked up as the secretariat does. */
    private Optional<Long> accountId(String email) {
        return runAs.ifAccountExists(SECRETARIAT, () -> contacts.activeByEmail(email).map(Contact::accountId))
                .flatMap(found -> found);
    }

    private boolean exists(String email) {
        return runAs.ifAccountExists(email, () -> true).isPresent();
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        if (array != null) {
            array.forEach(v -> values.add(v.asString()));
        }
        return values;
    }
}
