package org.healthequity.exchange.opencall;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.healthequity.exchange.member.Network;
import org.healthequity.exchange.shared.audit.AuditLog;
import org.healthequity.exchange.shared.audit.AuditOutcome;
import org.healthequity.exchange.shared.files.FileKind;
import org.healthequity.exchange.shared.security.StaffOnly;
import org.healthequity.exchange.shared.validation.ChangedMeanwhile;
import org.healthequity.exchange.shared.validation.Refused;
import org.healthequity.exchange.shared.validation.Refused.FieldProblem;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.Valid;

/**
 * The secretariat's side of calls: creating, configuring, cloning last year's, and moving a call through
 * draft → open → closed → decided → archived. An open call closes by itself at its deadline.
 */
@Service
@Validated
public class CallAdministration {

    /** The largest Terms of Reference PDF accepted, in bytes. */
    public static final long TERMS_MAX_BYTES = 20L * 1024 * 1024;

    private final OpenCallRepository calls;
    private final CallRecords records;
    private final CallApplicationRepository applications;
    private final ApplicationFiles files;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CallAdministration(OpenCallRepository calls, CallRecords records, CallApplicationRepository applications,
            ApplicationFiles files, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.calls = calls;
        this.records = records;
        this.applications = applications;
        this.files = files;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Every call, newest cycle first, with its applications counted by stage in one query. */
    @StaffOnly
    @Transactional(readOnly = true)
    public List<AdminCallRow> calls() {
        Map<Long, long[]> counts = records.applicationCountsByCall();
        return calls.findAllByOrderByCycleDescNetworkAsc().stream().map(c -> {
            long[] n = counts.getOrDefault(c.id(), new long[3]);
            return new AdminCallRow(CallRecords.summary(c), n[0], n[1], n[2]);
        }).toList();
    }

    /** A form for a new call of this network: next cycle, open tomorrow for eight weeks, Geneva time. */
    @StaffOnly
    @Transactional(readOnly = true)
    public CallForm newForm(Network network) {
        ZoneId geneva = ZoneId.of("Europe/Zurich");
        LocalDateTime opens = LocalDateTime.now(clock.withZone(geneva)).truncatedTo(ChronoUnit.DAYS).plusDays(1)
                .withHour(9);
        int cycle = opens.getYear();
        while (calls.existsByNetworkAndCycle(network, cycle)) {
            cycle++;
        }
        return new CallForm(network, cycle, "", "", "", geneva.getId(), opens, opens.plusWeeks(8).withHour(23)
                .withMinute(59), CallDefinition.empty());
    }

    /** The call as the editor shows it, with the version a save must name. */
    @StaffOnly
    @Transactional(readOnly = true)
    public EditableCall edit(long id) {
        OpenCall call = records.call(id);
        return new EditableCall(id, call.version(), call.status(), form(call), call.termsPdf() != null);
    }

    /** A call being edited: its form, status and the version the next save must name. */
    public record EditableCall(long id, long version, CallStatus status, CallForm form, boolean hasTermsPdf) {
    }

    /**
     * Saves a new call ({@code id} null) or changes one. Refused, field by field: a time skipped or repeated by a
     * daylight-saving change in the call's zone, closing before opening, an invalid configuration, a network and
     * cycle that already have a call, a configuration change once the call is open.
     *
     * @throws ChangedMeanwhile when the call was saved elsewhere since {@code loadedVersion}
     */
    @StaffOnly
    @Transactional
    public EditableCall save(@Nullable Long id, long loadedVersion, @Valid CallForm form) {
        List<FieldProblem> problems = new ArrayList<>();
        Instant[] instants = CallChecks.instants(form, problems);
        CallChecks.definition(form.definition(), problems);
        OpenCall call = id == null ? new OpenCall(form.network(), form.cycle(), null, clock.instant())
                : records.call(id);
        if (id != null && call.version() != loadedVersion) {
            throw new ChangedMeanwhile();
        }
        if ((id == null || call.network() != form.network() || call.cycle() != form.cycle())
                && calls.existsByNetworkAndCycle(form.network(), form.cycle())) {
            problems.add(new FieldProblem("cycle", "opencall.problem.cycle-taken"));
        }
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        call.update(form, instants[0], instants[1], clock.instant());
        try {
            call = calls.saveAndFlush(call);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ChangedMeanwhile();
        }
        audit.record(id == null ? "call.create" : "call.update", "open_call", call.id(), AuditOutcome.SUCCESS,
                call.network() + " " + call.cycle());
        if (call.status().isPublic()) {
            events.publishEvent(CallSearchSource.changed(call));
        }
        return new EditableCall(call.id(), call.version(), call.status(), form(call), call.termsPdf() != null);
    }

    /**
     * A new draft call for another cycle with everything of this one: texts, terms, configuration and rubric, its
     * dates moved by the years between the cycles (same wall-clock times in the call's zone).
     */
    @StaffOnly
    @Transactional
    public long cloneCall(long id, int cycle) {
        OpenCall source = records.call(id);
        if (calls.existsByNetworkAndCycle(source.network(), cycle)) {
            throw new Refused("cycle", "opencall.problem.cycle-taken");
        }
        int years = cycle - source.cycle();
        ZoneId zone = source.zone();
        CallForm form = form(source);
        CallForm moved = new CallForm(form.network(), cycle, form.title().replace(String.valueOf(source.cycle()),
                String.valueOf(cycle)), form.description(), form.terms(), form.timeZone(), form.opens().plusYears(years),
                form.closes().plusYears(years), form.definition());
        OpenCall copy = new OpenCall(source.network(), cycle, source.id(), clock.instant());
        List<FieldProblem> problems = new ArrayList<>();
        Instant opens = CallChecks.instant(moved.opens(), zone, "opens", problems);
        Instant closes = CallChecks.instant(moved.closes(), zone, "closes", problems);
        copy.update(moved, opens == null ? moved.opens().plusHours(1).atZone(zone).toInstant() : opens,
                closes == null ? moved.closes().plusHours(1).atZone(zone).toInstant() : closes, clock.instant());
        copy.termsPdf(source.termsPdf() == null ? null : files.copyTerms(source.termsPdf()));
        copy = calls.save(copy);
        audit.record("call.clone", "open_call", copy.id(), AuditOutcome.SUCCESS, "from " + id);
        return copy.id();
    }

    @StaffOnly
    @Transactional
    public void open(long id) {
        step(id, "call.open", call -> call.open(clock.instant()));
    }

    /** Closes an open call now, before its deadline if need be (the deadline moves to now). */
    @StaffOnly
    @Transactional
    public void close(long id) {
        step(id, "call.close", call -> call.close(clock.instant()));
    }

    /** Marks a closed call decided: refused while a submitted application still waits for its decision. */
    @StaffOnly
    @Transactional
    public void markDecided(long id) {
        step(id, "call.decided", call -> call.markDecided(
                applications.countByCallIdAndStatus(id, ApplicationStatus.SUBMITTED), clock.instant()));
    }

    /** Archives a decided call: refused while an applicant is still revising (archiving would hide it from them). */
    @StaffOnly
    @Transactional
    public void archive(long id) {
        if (applications.countByCallIdAndStatus(id, ApplicationStatus.REVISIONS_REQUESTED) > 0) {
            throw new Refused("", "opencall.problem.revisions-pending");
        }
        step(id, "call.archive", call -> call.archive(clock.instant()));
    }

    /** One step of the call's life, guarded by the entity, and audited. */
    private void step(long id, String action, Consumer<OpenCall> change) {
        OpenCall call = records.call(id);
        change.accept(call);
        audit.record(action, "open_call", id, AuditOutcome.SUCCESS, null);
        events.publishEvent(CallSearchSource.changed(call));
    }

    /** Attaches the Terms of Reference as a PDF (recognised by content), replacing any earlier one. */
    @StaffOnly
    @Transactional
    public void uploadTerms(long id, byte[] pdf) {
        OpenCall call = records.call(id);
        if (pdf.length > TERMS_MAX_BYTES) {
            throw new Refused("terms", "opencall.admin.terms-too-large", TERMS_MAX_BYTES / (1024 * 1024));
        }
        if (FileKind.detect(pdf).filter(k -> k == FileKind.PDF).isEmpty()) {
            throw new Refused("terms", "opencall.problem.not-pdf");
        }
        String previous = call.termsPdf();
        call.termsPdf(files.storeTerms(pdf));
        if (previous != null) {
            files.deleteAfterCommit(previous);
        }
        audit.record("call.terms", "open_call", id, AuditOutcome.SUCCESS, null);
    }

    static CallForm form(OpenCall call) {
        ZoneId zone = call.zone();
        return new CallForm(call.network(), call.cycle(), call.title(), call.description(), call.terms(),
                zone.getId(), LocalDateTime.ofInstant(call.opensAt(), zone),
                LocalDateTime.ofInstant(call.closesAt(), zone), call.definition());
    }
}
