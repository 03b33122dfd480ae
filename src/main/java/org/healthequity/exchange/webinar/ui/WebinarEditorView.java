package org.healthequity.exchange.webinar.ui;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.security.Role;
import org.healthequity.exchange.shared.time.ViewerTime;
import org.healthequity.exchange.shared.ui.Refusals;
import org.healthequity.exchange.shared.ui.RouteIds;
import org.healthequity.exchange.shared.ui.TitledPage;
import org.healthequity.exchange.shared.validation.ChangedMeanwhile;
import org.healthequity.exchange.shared.validation.Refused;
import org.healthequity.exchange.webinar.Audience;
import org.healthequity.exchange.webinar.EditableWebinar;
import org.healthequity.exchange.webinar.Overlap;
import org.healthequity.exchange.webinar.WebinarForm;
import org.healthequity.exchange.webinar.WebinarScheduling;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;

import jakarta.annotation.security.RolesAllowed;

/**
 * Scheduling and editing a webinar: times in the organiser's zone, refused with a message next to the field when they
 * cannot be meant (past, reversed, skipped or repeated by a daylight-saving change); a fairness panel showing the slot
 * around the world, and a warning when the audience already has an event then. A working group's lead schedules only
 * for the groups they lead ({@code ?group=} preselects one); the service enforces it. The form is a
 * {@link Binder} over {@link WebinarForm}, its sections binding their fields by the record's component names.
 */
@Route("webinars/new")
@RouteAlias("webinars/:id/edit")
@RolesAllowed({Role.SECRETARIAT_NAME, Role.ADMIN_NAME, Role.GROUP_LEAD_NAME})
public class WebinarEditorView extends VerticalLayout implements BeforeEnterObserver, TitledPage {

    private final WebinarScheduling scheduling;
    private Binder<WebinarForm> binder = new Binder<>(WebinarForm.class);
    private @Nullable EditableWebinar editing;
    private final Paragraph overlap = new Paragraph();
    private final FairnessPanel fairness;
    private @Nullable SlotFields slot;
    private @Nullable AudienceFields audience;
    private @Nullable ProgrammeFields programme;

    public WebinarEditorView(WebinarScheduling scheduling) {
        this.scheduling = scheduling;
        addClassName("webinar-editor");
        fairness = new FairnessPanel((start, end) -> slot.use(start, end));
        overlap.addClassName("warning");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        editing = null;
        Long requestedGroup = event.getLocation().getQueryParameters().getSingleParameter("group")
                .flatMap(RouteIds::parse).orElse(null);
        if (event.getRouteParameters().get("id").isPresent()) {
            Optional<EditableWebinar> found = RouteIds.id(event).flatMap(scheduling::editable);
            if (found.isEmpty()) {
                removeAll();
                add(new H1(getTranslation("webinar.not-found")));
                return;
            }
            editing = found.get();
        }
        build(editing == null ? newForm(requestedGroup) : editing.form());
    }

    private void build(WebinarForm form) {
        removeAll();
        binder = new Binder<>(WebinarForm.class);
        List<Audience> audiences = scheduling.audienceChoices();
        slot = new SlotFields(binder, editing == null);
        audience = new AudienceFields(binder, audiences, scheduling.groupChoices(), form.groupId());
        programme = new ProgrammeFields(binder, scheduling, editing == null ? null : editing.recordingUrl());
        BasicFields basics = new BasicFields(binder);
        binder.readRecord(form);
        if (editing != null && editing.seriesId() != null) {
            slot.withScope();
        }
        if (editing != null) {
            programme.withRecording();
        }
        add(new H1(pageHeading()), basics, slot, audience, programme);
        Button save = new Button(getTranslation("webinar.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout actions = new HorizontalLayout(save);
        if (editing != null && !editing.cancelled()) {
            Button cancel = new Button(getTranslation("webinar.cancel-webinar"), e -> cancelWebinar());
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(cancel);
        }
        add(overlap, actions, fairness);
        slot.onChange(this::slotChanged);
        audience.onChange(this::slotChanged);
        slotChanged();
    }

    /**
     * What a new webinar starts from: the viewer's zone, English, and the audience the organiser may choose (a group's
     * meeting when a group was asked for or only groups are allowed). The times are empty until the organiser picks.
     */
    private WebinarForm newForm(@Nullable Long requestedGroup) {
        String viewerZone = ViewerTime.zone().getId();
        ZoneId zone = ZoneId.of(viewerZone.contains("/") ? viewerZone : "Europe/Zurich");
        boolean forGroup = requestedGroup != null || !scheduling.audienceChoices().contains(Audience.PUBLIC);
        Long group = scheduling.groupChoices().stream().filter(g -> requestedGroup == null || g.id() == requestedGroup)
                .findFirst().map(g -> g.id()).orElse(null);
        return new WebinarForm("", "", List.of(), List.of(), null, null, zone, "", Set.of(Language.ENGLISH), Set.of(),
                forGroup ? Audience.GROUP : Audience.PUBLIC, null, null, "", null, 0, group);
    }

    /** Shows the slot around the world and warns of an overlap for the same audience. */
    private void slotChanged() {
        fairness.clear();
        overlap.setVisible(false);
        ZoneId organiserZone = slot.zone();
        if (organiserZone == null || slot.start() == null || slot.end() == null || !audience.chosen()) {
            return;
        }
        List<Overlap> overlaps = scheduling.overlaps(slot.start(), slot.end(), organiserZone, audience.audience(),
                audience.groupId(), editing == null ? null : editing.id());
        if (!overlaps.isEmpty()) {
            overlap.setText(getTranslation("webinar.overlap", overlaps.getFirst().title(),
                    WebinarText.slot(this, overlaps.getFirst().start(), overlaps.getFirst().end())));
            overlap.setVisible(true);
        }
        scheduling.fairness(slot.start(), slot.end(), organiserZone, audience.audience(), audience.groupId())
                .ifPresent(report -> fairness.show(report, organiserZone));
    }

    private void save() {
        Refusals.clear(binder);
        programme.recordingUrl().setInvalid(false);
        try {
            WebinarForm form = binder.writeRecord();
            long id;
            if (editing == null) {
                id = scheduling.schedule(form);
            } else {
                id = editing.id();
                scheduling.update(id, editing.version(), form.withRepeat(null, 0), slot.scope());
                scheduling.followUp(id, programme.recordingUrl().getValue(), programme.materials());
            }
            Notification.show(getTranslation("webinar.saved"));
            getUI().ifPresent(ui -> ui.navigate("webinars/" + id));
        } catch (ValidationException invalid) {
            Refusals.invalid(invalid, this);
        } catch (Refused problem) {
            show(problem);
        } catch (ChangedMeanwhile | OptimisticLockingFailureException conflict) {
            Refusals.changedMeanwhile(this, "webinar.error.conflict");
        }
    }

    private void cancelWebinar() {
        try {
            scheduling.cancel(editing.id(), slot.scope());
            Notification.show(getTranslation("webinar.cancelled.notice"));
            getUI().ifPresent(ui -> ui.navigate("webinars/" + editing.id()));
        } catch (Refused problem) {
            show(problem);
        }
    }

    /** Each problem next to its bound field; the recording link is the follow-up's, not the form record's. */
    private void show(Refused problem) {
        Refusals.show(binder, problem, this, Map.of("recordingUrl", programme.recordingUrl())::get);
    }

    @Override
    public String pageHeading() {
        return getTranslation(editing == null ? "webinar.schedule" : "webinar.edit");
    }
}
