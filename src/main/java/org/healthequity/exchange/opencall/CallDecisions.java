package org.healthequity.exchange.opencall;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.healthequity.exchange.member.InstitutionAdmitted;
import org.healthequity.exchange.member.MemberContacts;
import org.healthequity.exchange.notification.MailDraft;
import org.healthequity.exchange.opencall.CallDefinition.Criterion;
import org.healthequity.exchange.shared.audit.AuditLog;
import org.healthequity.exchange.shared.audit.AuditOutcome;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.security.CurrentUser;
import org.healthequity.exchange.shared.security.StaffOnly;
import org.healthequity.exchange.shared.text.Csv;
import org.healthequity.exchange.shared.validation.ChangedMeanwhile;
import org.healthequity.exchange.shared.validation.Refused;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.Valid;

/**
 * The secretariat's decisions: the ranking by weighted total with each criterion's mean and spread, accept / decline /
 * waitlist with a localised mail the secretariat may edit before it is sent, exports and statistics. An acceptance
 * admits the applicant's institution to the network through an {@link InstitutionAdmitted} event.
 */
@Service
@Validated
public class CallDecisions {

    private final CallApplicationRepository applications;
    private final CallReviewRepository reviews;
    private final MetaReviewRepository metaReviews;
    private final CallRecords records;
    private final MemberContacts contacts;
    private final CallMails mails;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Clock clock;

    CallDecisions(CallApplicationRepository applications, CallReviewRepository reviews,
            MetaReviewRepository metaReviews, CallRecords records, MemberContacts contacts, CallMails mails,
            ApplicationEventPublisher events, AuditLog audit, Clock clock) {
        this.metaReviews = metaReviews;
        this.applications = applications;
        this.reviews = reviews;
        this.records = records;
        this.contacts = contacts;
        this.mails = mails;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /** The call's submitted applications, the highest weighted total first (unscored ones last). */
    @StaffOnly
    @Transactional(readOnly = true)
    public List<RankedApplication> ranking(long callId) {
        OpenCall call = records.call(callId);
        List<CallApplication> submitted = applications.findByCallIdAndStatusInOrderByIdAsc(callId,
                ApplicationStatus.SUBMITTED_STAGES);
        Map<Long, List<Scores>> scores = new HashMap<>();
        ReviewRounds.current(reviews.findByApplicationIdIn(submitted.stream().map(CallApplication::id).toList()),
                submitted).stream().filter(r -> r.status() == ReviewStatus.SUBMITTED)
                .forEach(r -> scores.computeIfAbsent(r.applicationId(), k -> new ArrayList<>()).add(r.scores()));
        List<Criterion> rubric = call.definition().rubric();
        Map<Long, Double> totals = new HashMap<>();
        submitted.forEach(a -> {
            Double total = ReviewMath.meanTotal(rubric, scores.getOrDefault(a.id(), List.of()));
            if (total != null) {
                totals.put(a.id(), total);
            }
        });
        Map<Long, Integer> ranks = ReviewAssignment.ranks(totals);
        return submitted.stream().map(a -> new RankedApplication(ranks.getOrDefault(a.id(), 0), a.id(),
                a.institutionName(), a.country(), a.status(), totals.get(a.id()),
                scores.getOrDefault(a.id(), List.of()).size(),
                ReviewMath.criteria(rubric, scores.getOrDefault(a.id(), List.of())), a.answersVersion()))
                .sorted(Comparator.comparing((RankedApplication r) -> r.rank() == 0 ? Integer.MAX_VALUE : r.rank())
                        .thenComparing(RankedApplication::applicationId))
                .toList();
    }

    /** The decision mail in the applicant's language, rendered from its template, for the secretariat to edit. */
    @StaffOnly
    @Transactional(readOnly = true)
    public DecisionDraft decisionDraft(long applicationId, Decision decision) {
        CallApplication application = application(applicationId);
        OpenCall call = records.call(application.callId());
        var contact = contacts.contact(application.applicantId());
        Language language = contact.map(MemberContacts.Contact::language).orElse(Language.ENGLISH);
        String name = contact.map(MemberContacts.Contact::displayName).orElse("");
        return new DecisionDraft(application.id(), application.version(), decision, language, contact.isPresent(),
                mails.decisionDraft(decision, language, name, application, call));
    }

    /** A decision mail ready to edit: the language it is written in and whether the applicant can still be reached. */
    public record DecisionDraft(long applicationId, long version, Decision decision, Language language,
            boolean reachable, MailDraft mail) {
    }

    /**
     * Records the decision once the call is closed and mails it as edited. Accepting needs a screened-eligible
     * application and cannot be undone; a waitlisted application may later be accepted or declined.
     *
     * @throws ChangedMeanwhile when the application changed since the draft was made
     */
    @StaffOnly
    @Transactional
    public void decide(long applicationId, long loadedVersion, Decision decision, @Valid MailDraft mail,
            @Nullable String note) {
        CallApplication application = applications.lockById(applicationId)
                .orElseThrow(() -> new Refused("", "opencall.problem.not-found"));
        OpenCall call = records.call(application.callId());
        if (call.status() != CallStatus.CLOSED && call.status() != CallStatus.DECIDED) {
            throw new Refused("", "opencall.problem.decide-after-closing");
        }
        if (application.version() != loadedVersion) {
            throw new ChangedMeanwhile();
        }
        if (decision == Decision.ACCEPT && !"ELIGIBLE".equals(application.screening())) {
            throw new Refused("", "opencall.problem.screen-first");
        }
        if (note != null && note.length() > CallApplication.REASON_MAX) {
            throw new Refused("note", "opencall.problem.too-long", CallApplication.REASON_MAX);
        }
        application.decide(decision, note, CurrentUser.require().accountId(), clock.instant());
        contacts.contact(application.applicantId())
                .ifPresent(c -> mails.decision(c.email(), c.language(), decision, mail));
        audit.record("application.decide", "call_application", applicationId, AuditOutcome.SUCCESS,
                decision.name());
        if (decision == Decision.ACCEPT) {
            events.publishEvent(new InstitutionAdmitted(application.id(), call.network().name(),
                    application.applicantId(), application.institutionName(), application.institutionType().name(),
                    application.country(), clock.instant()));
        }
    }

    /** Applications submitted at least once (not withdrawn) by country, WHO region and institution type. */
    @StaffOnly
    @Transactional(readOnly = true)
    public CallStatistics statistics(long callId) {
        records.call(callId);
        List<CallApplication> submitted = applications.findByCallIdAndStatusInOrderByIdAsc(callId,
                ApplicationStatus.SUBMITTED_STAGES);
        Map<String, Long> byCountry = new TreeMap<>();
        Map<String, Long> byRegion = new TreeMap<>();
        Map<String, Long> byType = new TreeMap<>();
        Map<ApplicationStatus, Long> byStatus = new HashMap<>();
        for (CallApplication a : submitted) {
            byCountry.merge(a.country(), 1L, Long::sum);
            byRegion.merge(a.region(), 1L, Long::sum);
            byType.merge(a.institutionType().name(), 1L, Long::sum);
            byStatus.merge(a.status(), 1L, Long::sum);
        }
        return new CallStatistics(submitted.size(), byCountry, byRegion, byType,
                byStatus.getOrDefault(ApplicationStatus.ACCEPTED, 0L),
                byStatus.getOrDefault(ApplicationStatus.DECLINED, 0L),
                byStatus.getOrDefault(ApplicationStatus.WAITLISTED, 0L),
                byStatus.getOrDefault(ApplicationStatus.INELIGIBLE, 0L));
    }

    /** The call's applications with scores and decisions as CSV (UTF-8 with a byte-order mark, for spreadsheets). */
    @StaffOnly
    @Transactional
    public byte[] exportCsv(long callId) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        for (List<Object> row : table(callId)) {
            csv.append(String.join(",", row.stream().map(Csv::cell).toList())).append("\r\n");
        }
        audit.record("call.export", "open_call", callId, AuditOutcome.SUCCESS, "csv");
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The same table as an Excel workbook, numbers as numbers. */
    @StaffOnly
    @Transactional
    public byte[] exportXlsx(long callId) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("applications");
            // Shown as typed, yet kept as text when someone edits the cell: what Excel's leading apostrophe does.
            CellStyle literal = workbook.createCellStyle();
            literal.setQuotePrefixed(true);
            List<List<Object>> table = table(callId);
            for (int r = 0; r < table.size(); r++) {
                Row row = sheet.createRow(r);
                List<Object> cells = table.get(r);
                for (int c = 0; c < cells.size(); c++) {
                    Object value = cells.get(c);
                    if (value instanceof Number number) {
                        row.createCell(c).setCellValue(number.doubleValue());
                    } else if (value != null) {
                        Cell cell = row.createCell(c);
                        cell.setCellValue(String.valueOf(value));
                        if (Csv.formulaLike(String.valueOf(value))) {
                            cell.setCellStyle(literal);
                        }
                    }
                }
            }
            sheet.createFreezePane(0, 1);
            workbook.write(out);
            audit.record("call.export", "open_call", callId, AuditOutcome.SUCCESS, "xlsx");
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<List<Object>> table(long callId) {
        OpenCall call = records.call(callId);
        List<Criterion> rubric = call.definition().rubric();
        List<RankedApplication> ranking = ranking(callId);
        Map<Long, CallApplication> byId = new HashMap<>();
        applications.findAllById(ranking.stream().map(RankedApplication::applicationId).toList())
                .forEach(a -> byId.put(a.id(), a));
        Map<Long, String> names = contacts.names(byId.values().stream().map(CallApplication::applicantId).toList());
        // The chair's recommendation on the round each application is ranked on (ADR 0031).
        Map<Long, Integer> rounds = new HashMap<>();
        ranking.forEach(r -> rounds.put(r.applicationId(), r.round()));
        Map<Long, Decision> recommendations = new HashMap<>();
        metaReviews.findByApplicationIdIn(rounds.keySet()).stream()
                .filter(m -> rounds.get(m.applicationId()) == m.round())
                .forEach(m -> recommendations.put(m.applicationId(), m.recommendation()));
        List<List<Object>> table = new ArrayList<>();
        List<Object> header = new ArrayList<>(List.of("application", "applicant", "institution", "institution_type",
                "country", "region", "submitted_at", "screening", "status", "rank", "weighted_total", "reviews", "round", "meta_review_recommendation"));
        rubric.forEach(c -> {
            header.add(c.key() + "_mean");
            header.add(c.key() + "_spread");
        });
        header.add("decided_at");
        table.add(header);
        for (RankedApplication ranked : ranking) {
            CallApplication a = byId.get(ranked.applicationId());
            List<Object> row = new ArrayList<>();
            row.add(a.id());
            row.add(names.getOrDefault(a.applicantId(), ""));
            row.add(a.institutionName());
            row.add(a.institutionType().name());
            row.add(a.country());
            row.add(a.region());
            row.add(a.submittedAt() == null ? null : a.submittedAt().toString());
            row.add(a.screening());
            row.add(a.status().name());
            row.add(ranked.rank() == 0 ? null : ranked.rank());
            row.add(ranked.weightedTotal());
            row.add(ranked.reviews());
            row.add(ranked.round());
            Decision recommendation = recommendations.get(a.id());
            row.add(recommendation == null ? null : recommendation.name());
            for (Criterion c : rubric) {
                var stats = ranked.criteria().get(c.key());
                row.add(stats == null ? null : stats.mean());
                row.add(stats == null ? null : stats.spread());
            }
            row.add(a.decidedAt() == null ? null : a.decidedAt().toString());
            table.add(row);
        }
        return table;
    }

    private CallApplication application(long id) {
        return applications.findById(id).orElseThrow(() -> new Refused("", "opencall.problem.not-found"));
    }
}
