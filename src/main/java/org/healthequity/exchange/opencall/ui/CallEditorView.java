package org.healthequity.exchange.opencall.ui;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.healthequity.exchange.member.Countries;
import org.healthequity.exchange.member.CountryRef;
import org.healthequity.exchange.member.InstitutionType;
import org.healthequity.exchange.member.Network;
import org.healthequity.exchange.opencall.CallAdministration;
import org.healthequity.exchange.opencall.CallAdministration.EditableCall;
import org.healthequity.exchange.opencall.CallDefinition;
import org.healthequity.exchange.opencall.CallDefinition.AttachmentRules;
import org.healthequity.exchange.opencall.CallDefinition.Criterion;
import org.healthequity.exchange.opencall.CallDefinition.Declaration;
import org.healthequity.exchange.opencall.CallDefinition.Eligibility;
import org.healthequity.exchange.opencall.CallDefinition.Question;
import org.healthequity.exchange.opencall.CallForm;
import org.healthequity.exchange.opencall.CallStatus;
import org.healthequity.exchange.shared.files.FileKind;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.security.Role;
import org.healthequity.exchange.shared.time.ViewerTime;
import org.healthequity.exchange.shared.ui.LimitedUpload;
import org.healthequity.exchange.shared.ui.Refusals;
import org.healthequity.exchange.shared.ui.RouteIds;
import org.healthequity.exchange.shared.ui.TitledPage;
import org.healthequity.exchange.shared.validation.ChangedMeanwhile;
import org.healthequity.exchange.shared.validation.Refused;
import org.healthequity.exchange.shared.validation.Refused.FieldProblem;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;

/**
 * A call as a whole: texts and Terms of Reference, schedule in the call's time zone, eligibility, the application
 * form, attachment rules and the review rubric. The configuration is read-only once the call is open; texts and dates
 * may change until it is decided. A save names the version it was loaded at, so a change made elsewhere meanwhile is
 * reported and what was typed stays in the form.
 */
@Route("admin/calls/new")
@RouteAlias("admin/calls/:id")
@RolesAllowed({Role.SECRETARIAT_NAME, Role.ADMIN_NAME})
public class CallEditorView extends VerticalLayout implements BeforeEnterObserver, TitledPage {

    static final long TERMS_MAX_BYTES = CallAdministration.TERMS_MAX_BYTES;
    private static final long MB = 1024 * 1024;

    /** The fields a call cannot be saved without: marked required, and checked before anything is sent. */
    private static final List<String> REQUIRED = List.of("network", "cycle", "title", "timeZone", "opens", "closes");

    private final CallAdministration administration;
    private final Binder<CallForm> binder = new Binder<>(CallForm.class);
    private final Select<Network> network = new Select<>();
    private final IntegerField cycle = new IntegerField();
    private final TextField title = new TextField();
    private final TextArea description = new TextArea();
    private final TextArea terms = new TextArea();
    private final Paragraph termsState = new Paragraph();
    private final Paragraph termsError = new Paragraph();
    private final Upload termsUpload;
    private final ComboBox<String> timeZone = new ComboBox<>();
    private final DateTimePicker opens = new DateTimePicker();
    private final DateTimePicker closes = new DateTimePicker();
    private final MultiSelectComboBox<InstitutionType> institutionTypes = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<String> regions = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<CountryRef> countries = new MultiSelectComboBox<>();
    private final ItemList<Declaration> declarations;
    private final Paragraph eligibilityError = new Paragraph();
    private final ItemList<Question> questions;
    private final IntegerField maxMegabytes = new IntegerField();
    private final CheckboxGroup<String> kinds = new CheckboxGroup<>();
    private final Paragraph attachmentsError = new Paragraph();
    private final ItemList<Criterion> rubric;
    private final Paragraph formError = new Paragraph();
    private final Paragraph statusLine = new Paragraph();
    private final Button save = new Button();
    private final HorizontalLayout actions = new HorizontalLayout();
    private final List<CountryRef> countryList;
    private final Language language;

    private @Nullable Long callId;
    private long version = -1;
    private CallStatus status = CallStatus.DRAFT;
    private CallDefinition loadedDefinition = CallDefinition.empty();
    private String pageTitle = "";

    public CallEditorView(CallAdministration administration, Countries countryService) {
        this.administration = administration;
        this.language = Language.of(getLocale());
        this.countryList = countryService.all(language);
        addClassName("call-editor");
        declarations = new ItemList<>("opencall.admin.declarations", "opencall.admin.add-declaration",
                "opencall.admin.no-declarations", (item, done) -> DeclarationDialog.open(this, item, done));
        declarations.grid().addColumn(Declaration::key).setHeader(getTranslation("opencall.admin.key"))
                .setAutoWidth(true);
        declarations.grid().addColumn(d -> d.text().in(language))
                .setHeader(getTranslation("opencall.admin.declaration-text")).setFlexGrow(1);
        questions = new ItemList<>("opencall.admin.questions", "opencall.admin.add-question",
                "opencall.admin.no-questions", (item, done) -> QuestionDialog.open(this, item, done));
        questions.grid().addColumn(Question::key).setHeader(getTranslation("opencall.admin.key")).setAutoWidth(true);
        questions.grid().addColumn(q -> CallLabels.kind(this, q.kind()))
                .setHeader(getTranslation("opencall.admin.question-kind")).setAutoWidth(true);
        questions.grid().addColumn(q -> getTranslation(q.required() ? "opencall.admin.mandatory"
                : "opencall.admin.optional")).setHeader(getTranslation("opencall.admin.answer")).setAutoWidth(true);
        questions.grid().addColumn(q -> q.label().in(language))
                .setHeader(getTranslation("opencall.admin.question-label")).setFlexGrow(1);
        rubric = new ItemList<>("opencall.admin.rubric", "opencall.admin.add-criterion", "opencall.admin.no-criteria",
                (item, done) -> CriterionDialog.open(this, item, done));
        rubric.grid().addColumn(Criterion::key).setHeader(getTranslation("opencall.admin.key")).setAutoWidth(true);
        rubric.grid().addColumn(Criterion::weight).setHeader(getTranslation("opencall.admin.weight"))
                .setAutoWidth(true);
        rubric.grid().addColumn(Criterion::scaleLabel)
                .setHeader(getTranslation("opencall.admin.scale")).setAutoWidth(true);
        rubric.grid().addColumn(c -> c.label().in(language))
                .setHeader(getTranslation("opencall.admin.criterion-label")).setFlexGrow(1);
        termsUpload = new Upload(new LimitedUpload(TERMS_MAX_BYTES, this::uploadTerms,
                () -> termsFailed(getTranslation("opencall.admin.terms-too-large", TERMS_MAX_BYTES / MB))));
        termsUpload.setAcceptedFileTypes("application/pdf", ".pdf");
        termsUpload.setMaxFiles(1);
        termsUpload.getElement().setAttribute("aria-label", getTranslation("opencall.admin.terms-pdf"));
        for (Paragraph error : List.of(termsError, eligibilityError, attachmentsError, formError)) {
            error.addClassName("error");
            error.setVisible(false);
        }
        save.setText(getTranslation("opencall.admin.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        actions.setAlignItems(Alignment.BASELINE);
        bind();
        add(new H1(getTranslation("opencall.admin.editor-title")), new Anchor("admin/calls",
                getTranslation("opencall.admin.back")), statusLine, general(), schedule(), eligibility(),
                questions, attachments(), rubric, formError, actions);
    }

    /** The fields that are one component of {@link CallForm} each, bound by its name; refusals find them by it. */
    private void bind() {
        binder.bind(network, "network");
        binder.bind(cycle, "cycle");
        binder.bind(title, "title");
        binder.bind(description, "description");
        binder.bind(terms, "terms");
        binder.bind(timeZone, "timeZone");
        binder.bind(opens, "opens");
        binder.bind(closes, "closes");
        REQUIRED.forEach(property -> binder.getBinding(property).orElseThrow().getField()
                .setRequiredIndicatorVisible(true));
    }

    private VerticalLayout general() {
        network.setLabel(getTranslation("opencall.admin.network"));
        network.setItems(Network.values());
        network.setItemLabelGenerator(n -> CallLabels.network(this, n));
        cycle.setLabel(getTranslation("opencall.admin.cycle"));
        cycle.setMin(2000);
        cycle.setMax(2200);
        title.setLabel(getTranslation("opencall.admin.title"));
        title.setMaxLength(CallForm.TITLE_MAX);
        description.setLabel(getTranslation("opencall.admin.description"));
        terms.setLabel(getTranslation("opencall.admin.terms"));
        for (TextArea area : List.of(description, terms)) {
            area.setMaxLength(CallForm.TEXT_MAX);
            area.setHelperText(getTranslation("opencall.admin.markdown-help"));
            area.addClassName("long-text");
            area.setWidthFull();
        }
        FormLayout form = new FormLayout(network, cycle);
        form.add(title, 2);
        form.add(description, 2);
        form.add(terms, 2);
        return section("opencall.admin.general", form, new H2(getTranslation("opencall.admin.terms-pdf")), termsState,
                termsUpload, termsError);
    }

    private VerticalLayout schedule() {
        timeZone.setLabel(getTranslation("opencall.admin.time-zone"));
        timeZone.setItems(ZoneId.getAvailableZoneIds().stream().filter(z -> z.contains("/") && !z.startsWith("SystemV/"))
                .sorted().toList());
        timeZone.addValueChangeListener(e -> nameZone());
        opens.setLabel(getTranslation("opencall.admin.opens"));
        closes.setLabel(getTranslation("opencall.admin.closes"));
        return section("opencall.admin.schedule", new FormLayout(timeZone, opens, closes),
                new Paragraph(getTranslation("opencall.admin.schedule-help")));
    }

    private VerticalLayout eligibility() {
        institutionTypes.setLabel(getTranslation("opencall.admin.institution-types"));
        institutionTypes.setItems(InstitutionType.values());
        institutionTypes.setItemLabelGenerator(t -> CallLabels.institutionType(this, t));
        regions.setLabel(getTranslation("opencall.admin.regions"));
        regions.setItems(Countries.REGIONS);
        regions.setItemLabelGenerator(r -> CallLabels.region(this, r));
        countries.setLabel(getTranslation("opencall.admin.countries"));
        countries.setItems(countryList);
        countries.setItemLabelGenerator(CountryRef::name);
        FormLayout form = new FormLayout(institutionTypes, regions);
        form.add(countries, 2);
        return section("opencall.admin.eligibility", new Paragraph(getTranslation("opencall.admin.eligibility-help")),
                form, declarations, eligibilityError);
    }

    private VerticalLayout attachments() {
        maxMegabytes.setLabel(getTranslation("opencall.admin.max-size"));
        maxMegabytes.setMin(1);
        maxMegabytes.setMax(50);
        kinds.setLabel(getTranslation("opencall.admin.kinds"));
        kinds.setItems(java.util.Arrays.stream(FileKind.values()).map(FileKind::name).toList());
        return section("opencall.admin.attachments", new FormLayout(maxMegabytes, kinds), attachmentsError);
    }

    private VerticalLayout section(String titleKey, com.vaadin.flow.component.Component... content) {
        VerticalLayout section = new VerticalLayout(new H2(getTranslation(titleKey)));
        section.add(content);
        section.setPadding(false);
        return section;
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
                .flatMap(n -> java.util.Arrays.stream(Network.values()).filter(v -> v.name().equals(n)).findFirst())
                .orElse(Network.HIM);
        pageTitle = getTranslation("opencall.admin.new-call");
        fill(administration.newForm(chosen), false);
        showState();
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
        fill(call.form(), call.hasTermsPdf());
        showState();
    }

    private void fill(CallForm form, boolean hasTermsPdf) {
        binder.readRecord(form);
        CallDefinition definition = form.definition();
        loadedDefinition = definition;
        Eligibility eligibility = definition.eligibility();
        institutionTypes.setValue(eligibility.institutionTypes());
        regions.setValue(eligibility.regions());
        countries.setValue(countryList.stream().filter(c -> eligibility.countries().contains(c.iso2()))
                .collect(Collectors.toSet()));
        declarations.setItems(eligibility.declarations());
        questions.setItems(definition.questions());
        maxMegabytes.setValue((int) Math.max(1, Math.round((double) definition.attachments().maxBytes() / MB)));
        kinds.setValue(definition.attachments().kinds());
        rubric.setItems(definition.rubric());
        termsState.setText(getTranslation(hasTermsPdf ? "opencall.admin.terms-attached"
                : callId == null ? "opencall.admin.terms-save-first" : "opencall.admin.terms-none"));
        if (callId != null) {
            // The call's page shows it as applicants will see it, the Terms PDF included (drafts: staff only).
            termsState.add(new com.vaadin.flow.component.html.Span(" "),
                    new com.vaadin.flow.component.html.Anchor("calls/" + callId, getTranslation("opencall.admin.preview")));
        }
        nameZone();
    }

    /** What may still change: the configuration only in a draft, texts and dates until the call is decided. */
    private void showState() {
        boolean finished = status == CallStatus.DECIDED || status == CallStatus.ARCHIVED;
        boolean configurable = status == CallStatus.DRAFT;
        for (HasValue<?, ?> field : List.of(network, cycle, institutionTypes, regions, countries, maxMegabytes,
                kinds)) {
            field.setReadOnly(!configurable);
        }
        for (HasValue<?, ?> field : List.of(title, description, terms, timeZone, opens, closes)) {
            field.setReadOnly(finished);
        }
        declarations.setReadOnly(!configurable);
        questions.setReadOnly(!configurable);
        rubric.setReadOnly(!configurable);
        termsUpload.setVisible(callId != null && !finished);
        save.setVisible(!finished);
        statusLine.setText(getTranslation("opencall.admin.status-line", CallLabels.status(this, status)));
        actions.removeAll();
        actions.add(save);
        if (callId != null) {
            long id = callId;
            CallSteps.next(this, administration, id, title.getValue(), status, () -> find(id).ifPresent(this::load))
                    .ifPresent(actions::add);
            actions.add(new Anchor("admin/calls/" + id + "/applications",
                    getTranslation("opencall.admin.applications")));
        }
    }

    private void nameZone() {
        String zone = timeZone.getValue();
        String named;
        try {
            named = zone == null ? "" : getTranslation("opencall.admin.in-zone",
                    ViewerTime.zoneName(ZoneId.of(zone), getLocale()));
        } catch (DateTimeException e) {
            named = "";
        }
        opens.setHelperText(named);
        closes.setHelperText(named);
    }

    private void save() {
        clearErrors();
        Optional<CallForm> form = form();
        if (form.isEmpty()) {
            return;
        }
        try {
            boolean created = callId == null;
            EditableCall saved = administration.save(callId, version, form.get());
            CallLabels.done(this, "opencall.admin.saved");
            if (created) {
                getUI().ifPresent(ui -> ui.navigate("admin/calls/" + saved.id()));
            } else {
                load(saved);
            }
        } catch (ChangedMeanwhile conflict) {
            Notification.show(getTranslation("opencall.changed-elsewhere"))
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        } catch (Refused problem) {
            showProblems(problem.problems());
        } catch (ConstraintViolationException invalid) {
            showProblems(List.of(new FieldProblem("", "opencall.admin.invalid")));
        }
    }

    /** The form as typed; fields that must be filled are marked, and nothing is sent while one is empty. */
    private Optional<CallForm> form() {
        List<FieldProblem> missing = new ArrayList<>();
        for (String property : REQUIRED) {
            HasValue<?, ?> field = binder.getBinding(property).orElseThrow().getField();
            if (field.isEmpty() || field.getValue() instanceof String text && text.isBlank()) {
                missing.add(new FieldProblem(property, "opencall.admin.required"));
            }
        }
        if (maxMegabytes.getValue() == null && status == CallStatus.DRAFT) {
            missing.add(new FieldProblem("attachments", "opencall.admin.max-size-required"));
        }
        if (!missing.isEmpty()) {
            showProblems(missing);
            return Optional.empty();
        }
        return Optional.of(new CallForm(network.getValue(), cycle.getValue(), title.getValue(),
                description.getValue(), terms.getValue(), timeZone.getValue(), opens.getValue(), closes.getValue(),
                status == CallStatus.DRAFT ? definition() : loadedDefinition));
    }

    /** The configuration as edited; once the call is open it is read-only and the loaded one is sent back as is. */
    private CallDefinition definition() {
        Eligibility eligibility = new Eligibility(Set.copyOf(institutionTypes.getValue()),
                Set.copyOf(regions.getValue()),
                countries.getValue().stream().map(CountryRef::iso2).collect(Collectors.toSet()), declarations.items());
        return new CallDefinition(eligibility, questions.items(),
                new AttachmentRules(maxMegabytes.getValue() * MB, Set.copyOf(kinds.getValue())), rubric.items());
    }

    /** Problems of bound fields go next to them; the configuration's lists and the Terms PDF show their own. */
    private void showProblems(List<FieldProblem> problems) {
        Map<String, List<String>> lists = new HashMap<>();
        List<FieldProblem> bound = new ArrayList<>();
        for (FieldProblem problem : problems) {
            if (binder.getBinding(problem.field()).isPresent() && !problem.field().equals("terms")) {
                bound.add(problem);
            } else {
                lists.computeIfAbsent(problem.field(), k -> new ArrayList<>()).add(CallLabels.problem(this, problem));
            }
        }
        if (!bound.isEmpty()) {
            Refusals.show(binder, new Refused(bound), this);
        }
        eligibilityError.setText(String.join(" ", lists.getOrDefault("eligibility", List.of())));
        eligibilityError.setVisible(lists.containsKey("eligibility"));
        questions.showErrors(lists.getOrDefault("questions", List.of()));
        rubric.showErrors(lists.getOrDefault("rubric", List.of()));
        attachmentsError.setText(String.join(" ", lists.getOrDefault("attachments", List.of())));
        attachmentsError.setVisible(lists.containsKey("attachments"));
        if (lists.containsKey("terms")) {
            termsFailed(String.join(" ", lists.get("terms")));
        }
        List<String> general = new ArrayList<>();
        lists.forEach((field, messages) -> {
            if (!Set.of("eligibility", "questions", "rubric", "attachments", "terms").contains(field)) {
                general.addAll(messages);
            }
        });
        formError.setText(general.isEmpty() ? getTranslation("opencall.admin.check-fields")
                : String.join(" ", general));
        formError.setVisible(true);
    }

    private void clearErrors() {
        Refusals.clear(binder);
        for (Paragraph error : List.of(eligibilityError, attachmentsError, formError, termsError)) {
            error.setVisible(false);
        }
        questions.showErrors(List.of());
        rubric.showErrors(List.of());
    }

    private void uploadTerms(byte[] pdf) {
        termsError.setVisible(false);
        if (callId == null) {
            termsFailed(getTranslation("opencall.admin.terms-save-first"));
            return;
        }
        try {
            administration.uploadTerms(callId, pdf);
            termsState.setText(getTranslation("opencall.admin.terms-attached"));
            termsUpload.clearFileList();
        } catch (Refused problem) {
            termsFailed(String.join(" ", CallLabels.problems(this, problem)));
        }
    }

    private void termsFailed(String message) {
        termsError.setText(message);
        termsError.setVisible(true);
        termsUpload.clearFileList();
    }

    @Override
    public String pageHeading() {
        return pageTitle.isBlank() ? getTranslation("opencall.admin.editor-title") : pageTitle;
    }
}
