package org.healthequity.exchange.consultation;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.healthequity.exchange.member.MemberContacts;
import org.healthequity.exchange.member.Network;
import org.healthequity.exchange.shared.audit.AuditLog;
import org.healthequity.exchange.shared.audit.AuditOutcome;
import org.healthequity.exchange.shared.files.FileKind;
import org.healthequity.exchange.shared.security.CurrentUser;
import org.healthequity.exchange.shared.security.ExchangeUser;
import org.healthequity.exchange.shared.text.RichText;
import org.healthequity.exchange.shared.validation.Refused;
import org.healthequity.exchange.workgroup.GroupDirectory;
import org.healthequity.exchange.workgroup.GroupOption;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Consultations as their participants meet them: the list of those the viewer may see, one consultation with its
 * contributions threaded by sub-question, and contributing or replying while it is open (on the server's clock). A
 * consultation the viewer may not see is answered like one that does not exist.
 */
@Service
public class Consultations {

    private final ConsultationRepository consultations;
    private final ConsultationRows rows;
    private final ConsultationAccess access;
    private final MemberContacts contacts;
    private final GroupDirectory groups;
    private final ConsultationFiles files;
    private final AuditLog audit;
    private final Clock clock;

    Consultations(ConsultationRepository consultations, ConsultationRows rows, ConsultationAccess access,
            MemberContacts contacts, GroupDirectory groups, ConsultationFiles files, AuditLog audit, Clock clock) {
        this.files = files;
        this.consultations = consultations;
        this.rows = rows;
        this.access = access;
        this.contacts = contacts;
        this.groups = groups;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * A page of the consultations the viewer may see: open ones first, then upcoming, then closed; drafts for the
     * staff.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ConsultationCard> visible(int offset, int limit) {
        Instant now = clock.instant();
        List<ConsultationRows.Row> page = rows.visible(viewer(), now, offset, limit);
        Map<Long, String> groupNames = groups.groups(page.stream().map(ConsultationRows.Row::groupId)
                .filter(Objects::nonNull).distinct().toList()).stream()
                .collect(Collectors.toMap(GroupOption::id, GroupOption::name));
        return page.stream().map(r -> new ConsultationCard(r.id(), r.title(), r.scope(), r.network(),
                r.groupId() == null ? null : groupNames.getOrDefault(r.groupId(), ""), r.opensAt(), r.closesAt(),
                r.phase(now), r.contributions(), r.synthesis())).toList();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long countVisible() {
        return rows.countVisible(viewer());
    }

    private ConsultationRows.Viewer viewer() {
        ExchangeUser me = CurrentUser.require();
        return new ConsultationRows.Viewer(me.isStaff(), contacts.myNetworks().stream().map(Network::name).toList(),
                groups.myGroupIds(), me.accountId());
    }

    /** One consultation the viewer may see, with what they may do in it; empty when it is not theirs to see. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<ConsultationPage> consultation(long id) {
        ConsultationAccess.Access a;
        try {
            a = access.readable(id);
        } catch (Refused unknown) {
            return Optional.empty();
        }
        Consultation c = a.consultation();
        Instant now = clock.instant();
        ConsultationPhase phase = c.phase(now);
        Optional<ConsultationRows.Synthesis> synthesis = rows.synthesis(id);
        SynthesisView synthesisView = synthesis.map(s -> new SynthesisView(s.body(), RichText.toSafeHtml(s.body()),
                rows.sources(id), s.writtenAt(), s.caseStudyId(), s.publishedAt(), s.version())).orElse(null);
        List<SummaryView> summaries = rows.summaries(id).stream().map(s -> new SummaryView(Long.parseLong(s[0]),
                RichText.toSafeHtml(s[1]), Instant.parse(s[2]))).toList();
        return Optional.of(new ConsultationPage(id, c.title(), c.question(), RichText.toSafeHtml(c.background()),
                c.scope(), c.anonymous(), c.opensAt(), c.closesAt(), phase, rows.subQuestions(id),
                contributions(c), summaries, synthesisView,
                phase == ConsultationPhase.OPEN && (a.participant() || a.moderator()), a.moderator(),
                a.user().isStaff() && phase == ConsultationPhase.CLOSED && synthesis.isPresent()
                        && synthesis.get().publishedAt() == null));
    }

    /** Posts a contribution, on the main question or a sub-question of it, while it is open. Returns its id. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public long contribute(long consultationId, @Nullable Long subQuestionId, String body) {
        return contribute(consultationId, subQuestionId, body, null);
    }

    /**
     * {@link #contribute(long, Long, String)} with a file attached: a PDF, Word (DOCX), PNG or JPEG file, recognised by
     * its content, of at most {@link ConsultationLimits#ATTACHMENT_BYTES} bytes.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public long contribute(long consultationId, @Nullable Long subQuestionId, String body,
            @Nullable AttachmentUpload attachment) {
        ConsultationAccess.Access a = access.contributable(consultationId);
        @Nullable FileKind kind = attachment == null ? null : ConsultationFiles.checked(attachment.content());
        if (subQuestionId != null && rows.subQuestions(consultationId).stream()
                .noneMatch(q -> q.id() == subQuestionId)) {
            throw new Refused("subQuestion", "consultation.problem.unknown-sub-question");
        }
        long id = rows.addContribution(consultationId, subQuestionId, null, a.user().accountId(), cleaned(body),
                clock.instant());
        if (attachment != null && kind != null) {
            rows.addAttachment(id, files.store(attachment.content(), kind),
                    kind.safeFileName(attachment.fileName(), "attachment", ConsultationLimits.FILE_NAME),
                    kind.mediaType(), attachment.content().length, a.user().accountId(), clock.instant());
        }
        audit.record("consultation.contribute", "consultation", consultationId, AuditOutcome.SUCCESS,
                "contribution " + id);
        return id;
    }

    /** Replies to a contribution (under the same sub-question) while the consultation is open. Returns its id. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public long reply(long contributionId, String body) {
        long consultationId = rows.consultationOf(contributionId).orElseThrow(ConsultationAccess::unknown);
        ConsultationAccess.Access a = access.contributable(consultationId);
        ConsultationRows.Contribution parent = rows.contributions(consultationId).stream()
                .filter(k -> k.id() == contributionId).findFirst().orElseThrow(ConsultationAccess::unknown);
        long root = parent.replyTo() == null ? parent.id() : parent.replyTo();
        long id = rows.addContribution(consultationId, parent.subQuestionId(), root, a.user().accountId(),
                cleaned(body), clock.instant());
        audit.record("consultation.reply", "consultation", consultationId, AuditOutcome.SUCCESS,
                "contribution " + id);
        return id;
    }

    /** An attachment of a consultation the viewer may see; empty otherwise, or when its file is gone. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<AttachmentFile> attachment(long attachmentId) {
        Optional<ConsultationRows.Attachment> found = rows.attachment(attachmentId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        try {
            access.readable(found.get().consultationId());
        } catch (Refused unknown) {
            return Optional.empty();
        }
        ConsultationRows.Attachment row = found.get();
        return files.read(row.storedName()).map(bytes -> new AttachmentFile(row.fileName(), row.mediaType(), bytes));
    }

    static String cleaned(String body) {
        String text = RichText.clean(body);
        if (text.isBlank()) {
            throw new Refused("body", "consultation.problem.required");
        }
        if (text.length() > ConsultationLimits.CONTRIBUTION) {
            throw new Refused("body", "consultation.problem.too-long", ConsultationLimits.CONTRIBUTION);
        }
        return text;
    }

    /** The contributions threaded: each top-level one with its replies, in the order they were posted. */
    private List<ContributionView> contributions(Consultation c) {
        List<ConsultationRows.Contribution> all = rows.contributions(c.id());
        Map<Long, Integer> pseudonyms = new HashMap<>();
        List<Long> order = rows.contributors(c.id());
        for (int i = 0; i < order.size(); i++) {
            pseudonyms.put(order.get(i), i + 1);
        }
        Map<Long, String> names = c.anonymous() ? Map.of()
                : contacts.names(all.stream().map(ConsultationRows.Contribution::authorId).distinct().toList());
        Map<Long, List<String>> themes = new HashMap<>();
        rows.themes(c.id()).forEach(t -> themes.computeIfAbsent(Long.parseLong(t[0]), k -> new ArrayList<>())
                .add(t[1]));
        Map<Long, List<AttachmentLink>> attachments = new HashMap<>();
        rows.attachments(c.id()).forEach(f -> attachments.computeIfAbsent(f.contributionId(), k -> new ArrayList<>())
                .add(new AttachmentLink(f.id(), f.fileName())));
        Map<Long, List<ContributionView>> replies = new LinkedHashMap<>();
        for (ConsultationRows.Contribution k : all) {
            if (k.replyTo() != null) {
                replies.computeIfAbsent(k.replyTo(), r -> new ArrayList<>()).add(view(k, c, names, pseudonyms,
                        themes, attachments, List.of()));
            }
        }
        return all.stream().filter(k -> k.replyTo() == null).map(k -> view(k, c, names, pseudonyms, themes,
                attachments, replies.getOrDefault(k.id(), List.of()))).toList();
    }

    private static ContributionView view(ConsultationRows.Contribution k, Consultation c, Map<Long, String> names,
            Map<Long, Integer> pseudonyms, Map<Long, List<String>> themes, Map<Long, List<AttachmentLink>> attachments,
            List<ContributionView> replies) {
        return new ContributionView(k.id(), k.subQuestionId(), c.anonymous() ? "" : names.getOrDefault(k.authorId(), ""),
                c.anonymous() ? pseudonyms.getOrDefault(k.authorId(), 0) : 0, RichText.toSafeHtml(k.body()),
                k.createdAt(), themes.getOrDefault(k.id(), List.of()), attachments.getOrDefault(k.id(), List.of()),
                replies);
    }
}
