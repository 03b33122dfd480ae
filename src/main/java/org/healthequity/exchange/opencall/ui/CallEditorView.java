package org.healthequity.exchange.opencall.ui;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.healthequity.exchange.member.Countries;
import org.healthequity.exchange.member.Network;
import org.healthequity.exchange.opencall.CallAdministration;
import org.healthequity.exchange.opencall.CallAdministration.EditableCall;
import org.healthequity.exchange.opencall.CallForm;
import org.healthequity.exchange.opencall.CallStatus;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.security.Role;
import org.healthequity.exchange.shared.ui.Refusals;
import org.healthequity.exchange.shared.ui.RouteIds;
import org.healthequity.exchange.shared.ui.TitledPage;
import org.healthequity.exchange.shared.validation.ChangedMeanwhile;
import org.healthequity.exchange.shared.validation.Refused;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;

/**
 * A call as a whole: texts and Terms of Reference, schedule in the call's time zone, eligibility, the application
 * form, attachment rules and the review rubric, bound to {@link CallForm} by component name. The configuration is
 * read-only once the call is open; texts and dates may change until it is decided. A save names the version it was
 * loaded at, so a change made elsewhere meanwhile is reported and what was typed stays in the form.
 */
@Route("admin/calls/new")
@RouteAlias("admin/calls/:id")
@RolesAllowed({Role.SECRETARIAT_NAME, Role.ADMIN_NAME})
public class CallEditorView extends VerticalLayout implements BeforeEnterObserver, TitledPage {

    private final CallAdministration administration;
    private final Binder<CallForm> binder = new Binder<>(CallForm.class);
    private final GeneralSection general = new GeneralSection();
    private final TermsPdf termsPdf;
    private final ScheduleSection schedule = new ScheduleSection();
    private final CallDefinitionForm definition;
    private final Paragraph formError = new Paragraph();
    private final Paragraph statusLine = new Paragraph();
    private final Button save = new Button();
    private final HorizontalLayout actions = new HorizontalLayout();

    private @Nullable Long callId;
    private long version = -1;
    private CallStatus status = CallStatus.DRAFT;
    private String pageTitle = "";

    public CallEditorView(CallAdministration administration, Countries countryService) {
        this.administration = administration;
        Language language = Language.of(getLocale());
        addClassName("call-editor");
        termsPdf = new TermsPdf(administration);
        definition = new CallDefinitionForm(countryService.all(language), language);
        general.bind(binder);
        schedule.bind(binder);
        // The configuration marks its own incomplete parts; the form only needs to know it is incomplete.
        binder.forField(definition).withValidationStatusHandler(status -> { })
                .withValidator(Objects::nonNull, "").bind("definition");
        formError.addClassName("error");
        formError.setVisible(false);
        save.setText(getTranslation("opencall.admin.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        actions.setAlignItems(Alignment.BASELINE);
        add(new H1(getTranslation("opencall.admin.editor-title")), new Anchor("admin/calls",
                getTranslation("opencall.admin.back")), statusLine, general, termsPdf, schedule, definition,
                formError, actions);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (event.getRouteParameters().get("id").isPresent()) {
            Optional<EditableCall> loaded = RouteIds.id(event).flatMap(this::find);
            if (loaded.isEmpty()) {
                removeAll();
                pageTitle = getTranslation("error.not-found.title");
                add(new H1(pageTitle), new Paragraph(getTranslation("opencall.admin.call-not-found")),
                        new Anchor("admin/calls", getTranslation("opencall.admin.back")));
                return;
            }
            load(loaded.get());
            return;
        }
        Network chosen = event.getLocation().getQueryParameters().getSingleParameter("network")
                .flatMap(n -> Arrays.stream(Network.values()).filter(v -> v.name().equals(n)).findFirst())
                .orElse(Network.HIM);
        pageTitle = getTranslation("opencall.admin.new-call");
        binder.readRecord(administration.newForm(chosen));
        showState(false);
    }

    private Optional<EditableCall> find(long id) {
        try {
            return Optional.of(administration.edit(id));
        } catch (Refused notFound) {
            return Optional.empty();
        }
    }

    private void load(EditableCall call) {
        callId = call.id();
        version = call.version();
        status = call.status();
        pageTitle = call.form().title();
        // Read-only first, so that the configuration keeps the loaded value as it is once the call is open.
        definition.setReadOnly(status != CallStatus.DRAFT);
        binder.readRecord(call.form());
        showState(call.hasTermsPdf());
    }

    /** What may still change: the configuration only in a draft, texts and dates until the call is decided. */
    private void showState(boolean hasTermsPdf) {
        boolean finished = status == CallStatus.DECIDED || status == CallStatus.ARCHIVED;
        general.setEditable(status == CallStatus.DRAFT, finished);
        schedule.setReadOnly(finished);
        definition.setReadOnly(status != CallStatus.DRAFT);
        termsPdf.show(callId, hasTermsPdf, !finished);
        save.setVisible(!finished);
        statusLine.setText(getTranslation("opencall.admin.status-line", CallLabels.status(this, status)));
        actions.removeAll();
        actions.add(save);
        if (callId != null) {
            long id = callId;
            CallSteps.next(this, administration, id, general.title(), status, () -> find(id).ifPresent(this::load))
                    .ifPresent(actions::add);
            actions.add(new Anchor("admin/calls/" + id + "/applications",
                    getTranslation("opencall.admin.applications")));
        }
    }

    private void save() {
        Refusals.clear(binder);
        definition.clearRefusals();
        termsPdf.clearError();
        formError.setVisible(false);
        try {
            boolean created = callId == null;
            definition.markIncomplete();
            EditableCall saved = administration.save(callId, version, binder.writeRecord());
            CallLabels.done(this, "opencall.admin.saved");
            if (created) {
                getUI().ifPresent(ui -> ui.navigate("admin/calls/" + saved.id()));
            } else {
                load(saved);
            }
        } catch (ValidationException incomplete) {
            showFormError(List.of());
            Refusals.invalid(incomplete, this);
        } catch (ChangedMeanwhile conflict) {
            Refusals.changedMeanwhile(this, "opencall.changed-elsewhere");
        } catch (Refused refused) {
            showFormError(Refusals.show(binder, refused, this, definition::part));
        } catch (ConstraintViolationException invalid) {
            showFormError(Refusals.show(binder, Refused.of(invalid), this, definition::part));
        }
    }

    /** Says that something is to correct: the messages no field shows, or that the marked fields need a look. */
    private void showFormError(List<String> messages) {
        formError.setText(messages.isEmpty() ? getTranslation("opencall.admin.check-fields")
                : String.join(" ", messages));
        formError.setVisible(true);
    }

    @Override
    public String pageHeading() {
        return pageTitle.isBlank() ? getTranslation("opencall.admin.editor-title") : pageTitle;
    }
}
