package org.healthequity.exchange.webinar.ui;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.healthequity.exchange.member.CountryRef;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.security.Role;
import org.healthequity.exchange.shared.time.ViewerTime;
import org.healthequity.exchange.shared.ui.Filters;
import org.healthequity.exchange.shared.ui.RouteIds;
import org.healthequity.exchange.shared.ui.TitledPage;
import org.healthequity.exchange.shared.validation.Refused;
import org.healthequity.exchange.webinar.AgendaItem;
import org.healthequity.exchange.webinar.Audience;
import org.healthequity.exchange.webinar.EditScope;
import org.healthequity.exchange.webinar.EditableWebinar;
import org.healthequity.exchange.webinar.FairnessReport;
import org.healthequity.exchange.webinar.Frequency;
import org.healthequity.exchange.webinar.Overlap;
import org.healthequity.exchange.webinar.Speaker;
import org.healthequity.exchange.webinar.WebinarForm;
import org.healthequity.exchange.webinar.WebinarLimits;
import org.healthequity.exchange.webinar.WebinarScheduling;
import org.healthequity.exchange.workgroup.GroupOption;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;

import jakarta.annotation.security.RolesAllowed;

/**
 * Scheduling and editing a webinar: times in the organiser's zone, refused with a message next to the field when they
 * cannot be meant (past, reversed, skipped or repeated by a daylight-saving change); a fairness panel showing the slot
 * around the world, and a warning when the audience already has an event then. A working group's lead schedules only
 * for the groups they lead ({@code ?group=} preselects one); the service enforces it.
 */
@Route("webinars/new")
@RouteAlias("webinars/:id/edit")
@RolesAllowed({Role.SECRETARIAT_NAME, Role.ADMIN_NAME, Role.GROUP_LEAD_NAME})
public class WebinarEditorView extends VerticalLayout implements BeforeEnterObserver, TitledPage {

    private final WebinarScheduling scheduling;
    private final TextField title = new TextField();
    private final TextArea description = new TextArea();
    private final ComboBox<String> zone = new ComboBox<>();
    private final DateTimePicker start = new DateTimePicker();
    private final DateTimePicker end = new DateTimePicker();
    private final TextField joinUrl = new TextField();
    private final MultiSelectComboBox<Language> languages = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<Language> interpretation = new MultiSelectComboBox<>();
    private final Select<Audience> audience = new Select<>();
    private final Select<GroupOption> group = new Select<>();
    private final IntegerField capacity = new IntegerField();
    private final DateTimePicker deadline = new DateTimePicker();
    private final TextArea agenda = new TextArea();
    private final MultiSelectComboBox<Speaker> memberSpeakers = new MultiSelectComboBox<>();
    private final TextArea guestSpeakers = new TextArea();
    private final TextArea materials = new TextArea();
    private final TextField recordingUrl = new TextField();
    private final Select<Frequency> repeat = new Select<>();
    private final IntegerField occurrences = new IntegerField();
    private final RadioButtonGroup<EditScope> scope = new RadioButtonGroup<>();
    private final Section fairness = new Section();
    private final Paragraph overlap = new Paragraph();
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private EditableWebinar editing;
    private @Nullable Long requestedGroup;

    public WebinarEditorView(WebinarScheduling scheduling) {
        this.scheduling = scheduling;
        addClassName("webinar-editor");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        editing = null;
        requestedGroup = event.getLocation().getQueryParameters().getSingleParameter("group")
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
        build();
    }

    private void build() {
        removeAll();
        add(new H1(getPageTitleText()));
        title.setLabel(getTranslation("webinar.field.title"));
        title.setMaxLength(WebinarLimits.TITLE_MAX);
        title.setRequiredIndicatorVisible(true);
        description.setLabel(getTranslation("webinar.field.description"));
        description.setHelperText(getTranslation("webinar.field.markdown-help"));
        description.setMaxLength(WebinarLimits.DESCRIPTION_MAX);
        zone.setLabel(getTranslation("webinar.field.zone"));
        zone.setItems(new TreeSet<>(ZoneId.getAvailableZoneIds()).stream()
                .filter(z -> z.contains("/") && !z.startsWith("Etc/") && !z.startsWith("SystemV/")).toList());
        zone.setItemLabelGenerator(z -> ViewerTime.zoneName(ZoneId.of(z), getLocale()));
        start.setLabel(getTranslation("webinar.field.start"));
        end.setLabel(getTranslation("webinar.field.end"));
        start.setStep(java.time.Duration.ofMinutes(15));
        end.setStep(java.time.Duration.ofMinutes(15));
        joinUrl.setLabel(getTranslation("webinar.field.join-url"));
        joinUrl.setHelperText(getTranslation("webinar.field.join-url-help"));
        joinUrl.setMaxLength(WebinarLimits.URL_MAX);
        languages.setLabel(getTranslation("webinar.field.languages"));
        languages.setItems(Language.values());
        languages.setItemLabelGenerator(Language::nativeName);
        interpretation.setLabel(getTranslation("webinar.field.interpretation"));
        interpretation.setItems(Language.values());
        interpretation.setItemLabelGenerator(Language::nativeName);
        audience.setLabel(getTranslation("webinar.field.audience"));
        List<Audience> audiences = scheduling.audienceChoices();
        audience.setItems(audiences);
        audience.setItemLabelGenerator(a -> a == null ? "" : getTranslation(a.messageKey()));
        audience.setReadOnly(audiences.size() == 1);
        group.setLabel(getTranslation("webinar.field.group"));
        List<GroupOption> groups = new ArrayList<>(scheduling.groupChoices());
        Long stored = editing == null ? null : editing.form().groupId();
        if (stored != null && groups.stream().noneMatch(g -> g.id() == stored)) {
            // Staff editing a meeting of a group that is no longer active: keep showing it.
            groups.add(new GroupOption(stored, "", "#" + stored));
        }
        group.setItems(groups);
        group.setItemLabelGenerator(g -> g == null ? "" : g.name());
        group.setEmptySelectionAllowed(false);
        capacity.setLabel(getTranslation("webinar.field.capacity"));
        capacity.setHelperText(getTranslation("webinar.field.capacity-help"));
        capacity.setMin(1);
        capacity.setMax(WebinarLimits.CAPACITY_MAX);
        deadline.setLabel(getTranslation("webinar.field.registration-deadline"));
        agenda.setLabel(getTranslation("webinar.field.agenda"));
        agenda.setHelperText(getTranslation("webinar.field.agenda-help"));
        memberSpeakers.setLabel(getTranslation("webinar.field.member-speakers"));
        memberSpeakers.setItems(query -> scheduling.speakerCandidates(query.getFilter().orElse(""),
                query.getOffset(), query.getLimit()).stream());
        memberSpeakers.setItemLabelGenerator(Speaker::name);
        guestSpeakers.setLabel(getTranslation("webinar.field.guest-speakers"));
        guestSpeakers.setHelperText(getTranslation("webinar.field.one-per-line"));
        materials.setLabel(getTranslation("webinar.field.materials"));
        materials.setHelperText(getTranslation("webinar.field.markdown-help"));
        materials.setMaxLength(WebinarLimits.MATERIALS_MAX);
        recordingUrl.setLabel(getTranslation("webinar.field.recording"));
        recordingUrl.setMaxLength(WebinarLimits.URL_MAX);
        Filters.anyOf(this, repeat, "webinar.field.repeat", List.of(Frequency.values()),
                f -> getTranslation(f.messageKey()));
        repeat.setEmptySelectionCaption(getTranslation("webinar.repeat.none"));
        repeat.setItemLabelGenerator(f -> f == null ? getTranslation("webinar.repeat.none")
                : getTranslation(f.messageKey()));
        occurrences.setLabel(getTranslation("webinar.field.occurrences"));
        occurrences.setMin(2);
        occurrences.setMax(WebinarLimits.OCCURRENCES_MAX);
        scope.setLabel(getTranslation("webinar.field.scope"));
        scope.setItems(EditScope.values());
        scope.setItemLabelGenerator(s -> getTranslation("webinar.scope." + s.name().toLowerCase(java.util.Locale.ROOT)));
        scope.setValue(EditScope.OCCURRENCE);

        fields.clear();
        fields.put("title", title);
        fields.put("audience", group);
        fields.put("description", description);
        fields.put("start", start);
        fields.put("end", end);
        fields.put("joinUrl", joinUrl);
        fields.put("languages", languages);
        fields.put("capacity", capacity);
        fields.put("registrationDeadline", deadline);
        fields.put("agenda", agenda);
        fields.put("speakers", guestSpeakers);
        fields.put("materials", materials);
        fields.put("occurrences", occurrences);
        fields.put("recordingUrl", recordingUrl);

        fill();
        FormLayout form = new FormLayout();
        form.add(title, 2);
        form.add(zone, audience, group, start, end, deadline, capacity, joinUrl, languages, interpretation);
        if (editing == null) {
            form.add(repeat, occurrences);
        } else if (editing.seriesId() != null) {
            form.add(scope, 2);
        }
        form.add(description, 2);
        form.add(agenda, 2);
        form.add(memberSpeakers, guestSpeakers);
        form.add(materials, 2);
        if (editing != null) {
            form.add(recordingUrl, 2);
        }
        overlap.addClassName("warning");
        overlap.setVisible(false);
        fairness.addClassName("fairness");
        Button save = new Button(getTranslation("webinar.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout actions = new HorizontalLayout(save);
        if (editing != null && !editing.cancelled()) {
            Button cancel = new Button(getTranslation("webinar.cancel-webinar"), e -> cancelWebinar());
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(cancel);
        }
        add(form, overlap, actions, fairness);
        start.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null && end.getValue() == null) {
                end.setValue(e.getValue().plusHours(1));
            }
            slotChanged();
        });
        end.addValueChangeListener(e -> slotChanged());
        zone.addValueChangeListener(e -> slotChanged());
        audience.addValueChangeListener(e -> {
            group.setVisible(e.getValue() == Audience.GROUP);
            slotChanged();
        });
        group.addValueChangeListener(e -> slotChanged());
        group.setVisible(audience.getValue() == Audience.GROUP);
        slotChanged();
    }

    private void fill() {
        if (editing == null) {
            zone.setValue(ViewerTime.zone().getId().contains("/") ? ViewerTime.zone().getId() : "Europe/Zurich");
            List<Audience> audiences = scheduling.audienceChoices();
            boolean forGroup = requestedGroup != null || !audiences.contains(Audience.PUBLIC);
            audience.setValue(forGroup ? Audience.GROUP : Audience.PUBLIC);
            group.getListDataView().getItems().filter(g -> requestedGroup == null || g.id() == requestedGroup)
                    .findFirst().ifPresent(group::setValue);
            languages.setValue(Set.of(Language.ENGLISH));
            return;
        }
        WebinarForm form = editing.form();
        title.setValue(form.title());
        description.setValue(form.description());
        zone.setValue(form.zone().getId());
        start.setValue(form.start());
        end.setValue(form.end());
        joinUrl.setValue(form.joinUrl());
        languages.setValue(form.languages());
        interpretation.setValue(form.interpretation());
        audience.setValue(form.audience());
        group.getListDataView().getItems().filter(g -> form.groupId() != null && g.id() == form.groupId())
                .findFirst().ifPresent(group::setValue);
        capacity.setValue(form.capacity());
        deadline.setValue(form.registrationDeadline());
        DateTimeFormatter hhmm = DateTimeFormatter.ofPattern("HH:mm");
        agenda.setValue(String.join("\n", form.agenda().stream().map(a -> hhmm.format(a.at()) + " " + a.title())
                .toList()));
        memberSpeakers.setValue(form.speakers().stream().filter(Speaker::member).collect(
                java.util.stream.Collectors.toSet()));
        guestSpeakers.setValue(String.join("\n", form.speakers().stream().filter(s -> !s.member())
                .map(Speaker::name).toList()));
        materials.setValue(form.materials());
        recordingUrl.setValue(editing.recordingUrl() == null ? "" : editing.recordingUrl());
    }

    /** Shows the slot around the world and warns of an overlap for the same audience. */
    private void slotChanged() {
        fairness.removeAll();
        overlap.setVisible(false);
        ZoneId organiserZone = zone.getValue() == null ? null : ZoneId.of(zone.getValue());
        if (organiserZone == null || start.getValue() == null || end.getValue() == null || audience.getValue() == null
                || (audience.getValue() == Audience.GROUP && group.getValue() == null)) {
            return;
        }
        Long groupId = selectedGroup();
        List<Overlap> overlaps = scheduling.overlaps(start.getValue(), end.getValue(), organiserZone,
                audience.getValue(), groupId, editing == null ? null : editing.id());
        if (!overlaps.isEmpty()) {
            overlap.setText(getTranslation("webinar.overlap", overlaps.getFirst().title(),
                    WebinarText.slot(this, overlaps.getFirst().start(), overlaps.getFirst().end())));
            overlap.setVisible(true);
        }
        scheduling.fairness(start.getValue(), end.getValue(), organiserZone, audience.getValue(), groupId)
                .ifPresent(report -> showFairness(report, organiserZone));
    }

    private void showFairness(FairnessReport report, ZoneId organiserZone) {
        fairness.add(new H2(getTranslation("webinar.fairness.title")));
        fairness.add(new Paragraph(getTranslation("webinar.fairness.intro")));
        if (report.members() > 0) {
            fairness.add(new Paragraph(getTranslation("webinar.fairness.members-at-night", report.membersAtNight(),
                    report.members())));
        }
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale());
        Div table = new Div();
        table.addClassName("fairness-table");
        for (FairnessReport.ZoneRow row : report.rows()) {
            Div line = new Div();
            line.addClassName("fairness-row");
            if (row.night()) {
                line.addClassName("night");
            }
            String where = row.region() != null ? getTranslation(CountryRef.regionMessageKey(row.region())) + " · "
                    + ViewerTime.zoneName(row.zone(), getLocale()) : ViewerTime.zoneName(row.zone(), getLocale());
            line.add(new Span(where), new Span(time.format(row.start()) + " – " + time.format(row.end())));
            if (row.members() > 0) {
                line.add(new Span(getTranslation("webinar.fairness.members", row.members())));
            }
            if (row.night()) {
                line.add(new Span(getTranslation("webinar.fairness.night")));
            }
            table.add(line);
        }
        fairness.add(table);
        if (report.suggestions().isEmpty()) {
            fairness.add(new Paragraph(getTranslation("webinar.fairness.no-better")));
            return;
        }
        fairness.add(new Paragraph(getTranslation("webinar.fairness.suggestions",
                ViewerTime.zoneName(organiserZone, getLocale()))));
        HorizontalLayout suggestions = new HorizontalLayout();
        suggestions.setWrap(true);
        for (FairnessReport.Suggestion suggestion : report.suggestions()) {
            Button use = new Button(getTranslation("webinar.fairness.use", time.format(suggestion.start()),
                    suggestion.zonesAtNight(), suggestion.membersAtNight()), e -> {
                        start.setValue(suggestion.start());
                        end.setValue(suggestion.end());
                    });
            suggestions.add(use);
        }
        fairness.add(suggestions);
    }

    private void save() {
        fields.values().forEach(f -> f.setInvalid(false));
        List<AgendaItem> items;
        try {
            items = agendaItems();
        } catch (DateTimeParseException e) {
            agenda.setErrorMessage(getTranslation("webinar.error.agenda"));
            agenda.setInvalid(true);
            return;
        }
        if (zone.getValue() == null || start.getValue() == null || end.getValue() == null) {
            if (start.getValue() == null) {
                invalid("start", getTranslation("webinar.error.required"));
            }
            if (end.getValue() == null) {
                invalid("end", getTranslation("webinar.error.required"));
            }
            return;
        }
        List<Speaker> speakers = new ArrayList<>(memberSpeakers.getValue());
        guestSpeakers.getValue().lines().map(String::strip).filter(s -> !s.isEmpty())
                .forEach(name -> speakers.add(new Speaker(null, name)));
        WebinarForm form = new WebinarForm(title.getValue(), description.getValue(), items, speakers,
                start.getValue(), end.getValue(), ZoneId.of(zone.getValue()), joinUrl.getValue(),
                languages.getValue(), interpretation.getValue(),
                audience.getValue() == null ? Audience.PUBLIC : audience.getValue(), capacity.getValue(),
                deadline.getValue(), materials.getValue(), editing == null ? repeat.getValue() : null,
                occurrences.getValue() == null ? 0 : occurrences.getValue(), selectedGroup());
        try {
            long id;
            if (editing == null) {
                id = scheduling.schedule(form);
            } else {
                id = editing.id();
                scheduling.update(id, editing.version(), form, scope.getValue() == null ? EditScope.OCCURRENCE
                        : scope.getValue());
                scheduling.followUp(id, recordingUrl.getValue(), materials.getValue());
            }
            Notification.show(getTranslation("webinar.saved"));
            getUI().ifPresent(ui -> ui.navigate("webinars/" + id));
        } catch (Refused problem) {
            show(problem);
        } catch (org.springframework.dao.OptimisticLockingFailureException e) {
            Notification.show(getTranslation("webinar.error.conflict"));
        }
    }

    private @Nullable Long selectedGroup() {
        return audience.getValue() == Audience.GROUP && group.getValue() != null ? group.getValue().id() : null;
    }

    private void cancelWebinar() {
        try {
            scheduling.cancel(editing.id(), scope.getValue() == null ? EditScope.OCCURRENCE : scope.getValue());
            Notification.show(getTranslation("webinar.cancelled.notice"));
            getUI().ifPresent(ui -> ui.navigate("webinars/" + editing.id()));
        } catch (Refused problem) {
            show(problem);
        }
    }

    private void show(Refused problem) {
        for (Refused.FieldProblem p : problem.problems()) {
            String message = getTranslation(p.messageKey(), p.arguments().toArray());
            if (fields.containsKey(p.field())) {
                invalid(p.field(), message);
            } else {
                Notification.show(message);
            }
        }
    }

    private void invalid(String field, String message) {
        HasValidation component = fields.get(field);
        component.setErrorMessage(message);
        component.setInvalid(true);
    }

    /** "HH:mm title" per line; anything else is refused with a message next to the agenda. */
    private List<AgendaItem> agendaItems() {
        List<AgendaItem> items = new ArrayList<>();
        for (String line : agenda.getValue().lines().map(String::strip).filter(l -> !l.isEmpty()).toList()) {
            int space = line.indexOf(' ');
            if (space < 0) {
                throw new DateTimeParseException(line, line, 0);
            }
            items.add(new AgendaItem(LocalTime.parse(line.substring(0, space).strip()),
                    line.substring(space + 1).strip()));
        }
        return items;
    }

    private String getPageTitleText() {
        return getTranslation(editing == null ? "webinar.schedule" : "webinar.edit");
    }

    @Override
    public String pageHeading() {
        return getPageTitleText();
    }
}
