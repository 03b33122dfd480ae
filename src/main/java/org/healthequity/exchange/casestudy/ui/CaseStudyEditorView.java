package org.healthequity.exchange.casestudy.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.healthequity.exchange.casestudy.Attachment;
import org.healthequity.exchange.casestudy.AuthorRef;
import org.healthequity.exchange.casestudy.CaseStudyAuthoring;
import org.healthequity.exchange.casestudy.CaseStudyConflict;
import org.healthequity.exchange.casestudy.CaseStudyForm;
import org.healthequity.exchange.casestudy.CaseStudyLimits;
import org.healthequity.exchange.casestudy.CaseStudyProblem;
import org.healthequity.exchange.casestudy.CaseStudySettings;
import org.healthequity.exchange.casestudy.EditableCaseStudy;
import org.healthequity.exchange.casestudy.RevisionStatus;
import org.healthequity.exchange.casestudy.SavedDraft;
import org.healthequity.exchange.casestudy.SdgTargets;
import org.healthequity.exchange.member.Countries;
import org.healthequity.exchange.member.CountryRef;
import org.healthequity.exchange.member.DirectoryFilter;
import org.healthequity.exchange.member.DirectoryService;
import org.healthequity.exchange.member.Expertise;
import org.healthequity.exchange.member.Network;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.security.Role;
import org.healthequity.exchange.shared.time.ViewerTime;
import org.healthequity.exchange.shared.ui.LimitedUpload;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.value.HasValueChangeMode;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;

import jakarta.annotation.security.RolesAllowed;

/**
 * Writing a case study. Every change is saved as a draft about a second after typing pauses, so closing the tab loses
 * at most that second; a draft saved elsewhere meanwhile is reported and what was typed stays in the form. Submitting
 * checks completeness and names every missing field.
 */
@Route("case-studies/new")
@RouteAlias("case-studies/:id/edit")
@RolesAllowed({Role.MEMBER_NAME, Role.GROUP_LEAD_NAME, Role.STEERING_COMMITTEE_NAME, Role.SECRETARIAT_NAME,
        Role.ADMIN_NAME})
public class CaseStudyEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final int AUTOSAVE_MS = 1000;

    private final CaseStudyAuthoring authoring;
    private final java.time.Clock clock;

    private final Select<Network> network = new Select<>();
    private final Select<Language> language = new Select<>();
    private final TextField title = new TextField();
    private final Map<String, TextArea> longFields = new HashMap<>();
    private final MultiSelectComboBox<CountryRef> countries = new MultiSelectComboBox<>();
    private final IntegerField yearFrom = new IntegerField();
    private final IntegerField yearTo = new IntegerField();
    private final MultiSelectComboBox<String> themes = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<String> dimensions = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<String> sdgTargets = new MultiSelectComboBox<>();
    private final TextField contacts = new TextField();
    private final TextArea links = new TextArea();
    private final MultiSelectComboBox<AuthorRef> coAuthors = new MultiSelectComboBox<>();
    private final Span saveState = new Span();
    private final Paragraph returned = new Paragraph();
    private final UnorderedList attachmentList = new UnorderedList();
    private final Upload upload;
    private final Paragraph uploadError = new Paragraph();
    private final Button submit = new Button();
    private final Button withdraw = new Button();
    private final Button save = new Button();
    private final Countries countryService;

    private @Nullable Long caseStudyId;
    private @Nullable Long translationOf;
    private long version = -1;
    private boolean editable = true;
    private boolean loading;
    private boolean conflict;

    public CaseStudyEditorView(CaseStudyAuthoring authoring, Countries countryService,
            DirectoryService directory, CaseStudySettings settings, java.time.Clock clock) {
        this.authoring = authoring;
        this.clock = clock;
        this.countryService = countryService;
        addClassName("case-study-editor");
        Language viewerLanguage = Language.of(getLocale());

        network.setLabel(getTranslation("case-study.network"));
        network.setItems(Network.values());
        network.setItemLabelGenerator(n -> getTranslation(n.messageKey()));
        language.setLabel(getTranslation("case-study.language"));
        language.setItems(Language.values());
        language.setItemLabelGenerator(Language::nativeName);
        title.setLabel(getTranslation("case-study.field.title"));
        title.setMaxLength(CaseStudyLimits.TITLE);
        title.setRequiredIndicatorVisible(true);
        FormLayout form = new FormLayout(network, language, title);
        form.setColspan(title, 2);
        for (String field : CaseStudyForm.LONG_FIELDS) {
            TextArea area = new TextArea(getTranslation(CaseStudyText.fieldKey(field)));
            area.setMaxLength(CaseStudyLimits.LONG_TEXT);
            area.setHelperText(getTranslation("case-study.field." + (field.equals("summary") ? "summary-help"
                    : "markdown-help")));
            area.setMinHeight("6em");
            area.setRequiredIndicatorVisible(List.of("summary", "objectives", "implementation", "results",
                    "lessonsLearned").contains(field));
            longFields.put(field, area);
            form.add(area, 2);
        }
        countries.setLabel(getTranslation("case-study.countries"));
        countries.setItems(countryService.all(viewerLanguage));
        countries.setItemLabelGenerator(CountryRef::name);
        countries.setRequiredIndicatorVisible(true);
        yearFrom.setLabel(getTranslation("case-study.year-from"));
        yearTo.setLabel(getTranslation("case-study.year-to"));
        for (IntegerField year : List.of(yearFrom, yearTo)) {
            year.setMin(CaseStudyLimits.FIRST_YEAR);
            year.setMax(CaseStudyLimits.LAST_YEAR);
        }
        yearFrom.setRequiredIndicatorVisible(true);
        themes.setLabel(getTranslation("case-study.themes"));
        themes.setItems(Expertise.THEMES);
        themes.setItemLabelGenerator(t -> Vocabulary.theme(this, t));
        themes.setRequiredIndicatorVisible(true);
        dimensions.setLabel(getTranslation("case-study.dimensions"));
        dimensions.setItems(Expertise.DIMENSIONS);
        dimensions.setItemLabelGenerator(d -> Vocabulary.dimension(this, d));
        sdgTargets.setLabel(getTranslation("case-study.sdg-targets"));
        sdgTargets.setItems(SdgTargets.all());
        sdgTargets.setItemLabelGenerator(t -> Vocabulary.target(this, t));
        contacts.setLabel(getTranslation("case-study.field.contacts"));
        contacts.setMaxLength(CaseStudyLimits.CONTACTS);
        links.setLabel(getTranslation("case-study.field.links"));
        links.setHelperText(getTranslation("case-study.field.links-help"));
        links.setMaxLength(CaseStudyLimits.LINKS);
        coAuthors.setLabel(getTranslation("case-study.co-authors"));
        coAuthors.setItemLabelGenerator(AuthorRef::name);
        coAuthors.setItems(query -> directory.page(new DirectoryFilter(query.getFilter().orElse(""), null, null, null,
                null, null, null), viewerLanguage, query.getOffset(), query.getLimit()).stream()
                .map(card -> new AuthorRef(card.id(), card.name())));
        form.add(countries, yearFrom, yearTo, themes, dimensions, sdgTargets, contacts, links, coAuthors);
        form.setColspan(countries, 2);
        form.setColspan(sdgTargets, 2);
        form.setColspan(links, 2);
        form.setColspan(coAuthors, 2);

        upload = new Upload(new LimitedUpload(settings.maxAttachmentBytes(), this::attach,
                () -> uploadFailed("case-study.attachment.too-large")));
        upload.setAcceptedFileTypes("application/pdf", ".pdf", ".docx", "image/png", ".png", "image/jpeg", ".jpg",
                ".jpeg");
        upload.setMaxFiles(CaseStudyLimits.MAX_ATTACHMENTS);
        upload.getElement().setAttribute("aria-label", getTranslation("case-study.attachments"));
        uploadError.addClassName("error");
        uploadError.setVisible(false);

        save.setText(getTranslation("case-study.save"));
        save.addClickListener(e -> save(true));
        submit.setText(getTranslation("case-study.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> submit());
        withdraw.setText(getTranslation("case-study.withdraw"));
        withdraw.addClickListener(e -> withdraw());
        withdraw.setVisible(false);
        saveState.addClassName("save-state");
        returned.addClassName("warning");
        returned.setVisible(false);
        HorizontalLayout buttons = new HorizontalLayout(save, submit, withdraw, saveState);
        buttons.setAlignItems(Alignment.BASELINE);

        add(new H1(getTranslation("case-study.editor.title")), new Paragraph(getTranslation("case-study.editor.intro")),
                returned, form, new H2(getTranslation("case-study.attachments")),
                new Paragraph(getTranslation("case-study.attachment.rules",
                        settings.maxAttachmentBytes() / (1024 * 1024))),
                attachmentList, upload, uploadError, buttons);
        autosave();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (event.getRouteParameters().get("id").isPresent()) {
            Optional<Long> id = RouteIds.id(event);
            if (id.isEmpty()) {
                event.forwardTo("case-studies/new");
                return;
            }
            try {
                load(authoring.edit(id.get()));
            } catch (CaseStudyProblem | org.springframework.security.access.AccessDeniedException problem) {
                // Not an author, or nothing left to edit: the form is not shown, and nothing about the case study.
                removeAll();
                add(new H1(getTranslation("case-study.not-found")),
                        new Paragraph(getTranslation("case-study.not-editable.text")));
            }
            return;
        }
        translationOf = event.getLocation().getQueryParameters().getSingleParameter("translationOf")
                .flatMap(RouteIds::parse).orElse(null);
        try {
            fill(authoring.newForm(Language.of(getLocale()), translationOf));
        } catch (CaseStudyProblem problem) {
            translationOf = null;
            fill(authoring.newForm(Language.of(getLocale()), null));
            Notification.show(getTranslation(problem.firstMessageKey()));
        }
        showAttachments(List.of());
        upload.setVisible(true);
    }

    private void load(EditableCaseStudy editable) {
        caseStudyId = editable.id();
        version = editable.version();
        this.editable = editable.editable();
        fill(editable.form());
        coAuthors.setValue(editable.authors().stream().skip(1).collect(Collectors.toSet()));
        showAttachments(editable.attachments());
        if (editable.returnComment() != null && editable.workingStatus() == RevisionStatus.RETURNED) {
            returned.setText(getTranslation("case-study.returned-with", editable.returnComment()));
            returned.setVisible(true);
        }
        boolean submitted = editable.workingStatus() == RevisionStatus.SUBMITTED;
        withdraw.setVisible(submitted);
        submit.setVisible(!submitted);
        setReadOnly(!this.editable);
        saveState.setText(submitted ? getTranslation("case-study.in-review") : "");
    }

    private void fill(CaseStudyForm form) {
        loading = true;
        try {
            network.setValue(form.network());
            language.setValue(form.language());
            title.setValue(form.title());
            longFields.forEach((field, area) -> area.setValue(form.longField(field)));
            Set<String> wanted = Set.copyOf(form.countries());
            countries.setValue(countryService.all(Language.of(getLocale())).stream()
                    .filter(c -> wanted.contains(c.iso2())).collect(Collectors.toSet()));
            yearFrom.setValue(form.yearFrom());
            yearTo.setValue(form.yearTo());
            themes.setValue(Set.copyOf(form.themes()));
            dimensions.setValue(Set.copyOf(form.dimensions()));
            sdgTargets.setValue(Set.copyOf(form.sdgTargets()));
            contacts.setValue(form.contacts());
            links.setValue(form.links());
        } finally {
            loading = false;
        }
    }

    /** Every field saves the draft a moment after it changes. */
    private void autosave() {
        List<HasValue<?, ?>> fields = new ArrayList<>(List.of(network, language, title, countries, yearFrom, yearTo,
                themes, dimensions, sdgTargets, contacts, links, coAuthors));
        fields.addAll(longFields.values());
        for (HasValue<?, ?> field : fields) {
            if (field instanceof HasValueChangeMode typed) {
                typed.setValueChangeMode(ValueChangeMode.TIMEOUT);
                typed.setValueChangeTimeout(AUTOSAVE_MS);
            }
            field.addValueChangeListener(e -> {
                if (!loading && e.isFromClient()) {
                    save(false);
                }
            });
        }
    }

    CaseStudyForm form() {
        return new CaseStudyForm(network.getValue() == null ? Network.GKNHE : network.getValue(),
                language.getValue() == null ? Language.ENGLISH : language.getValue(), title.getValue(),
                longFields.get("summary").getValue(), longFields.get("objectives").getValue(),
                longFields.get("context").getValue(), longFields.get("stakeholders").getValue(),
                longFields.get("implementation").getValue(), longFields.get("results").getValue(),
                longFields.get("enablingFactors").getValue(), longFields.get("sustainability").getValue(),
                longFields.get("lessonsLearned").getValue(),
                countries.getValue().stream().map(CountryRef::iso2).sorted().toList(), yearFrom.getValue(),
                yearTo.getValue(), themes.getValue().stream().sorted().toList(),
                dimensions.getValue().stream().sorted().toList(), sdgTargets.getValue().stream().sorted().toList(),
                contacts.getValue(), links.getValue(),
                coAuthors.getValue().stream().map(AuthorRef::accountId).sorted().toList());
    }

    /**
     * Saves the draft; returns whether it was saved. An autosave of an empty new form creates nothing; a conflict
     * stops autosaving until the person decides, and keeps the form as typed.
     */
    boolean save(boolean explicit) {
        if (!editable || (conflict && !explicit)) {
            return false;
        }
        CaseStudyForm form = form();
        if (caseStudyId == null && !explicit && form.title().isBlank()
                && CaseStudyForm.LONG_FIELDS.stream().allMatch(f -> form.longField(f).isBlank())) {
            return false;
        }
        clearErrors();
        try {
            SavedDraft saved = authoring.saveDraft(caseStudyId, form, version, translationOf);
            boolean created = caseStudyId == null;
            caseStudyId = saved.caseStudyId();
            version = saved.version();
            conflict = false;
            if (created) {
                getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                        "case-studies/" + saved.caseStudyId() + "/edit"));
            }
            saveState.setText(getTranslation("case-study.saved-at", ViewerTime.format(clock.instant())));
            return true;
        } catch (CaseStudyConflict e) {
            conflict = true;
            saveState.setText(getTranslation("case-study.conflict"));
            Notification notification = Notification.show(getTranslation("case-study.conflict"));
            notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
            return false;
        } catch (CaseStudyProblem problem) {
            showProblems(problem);
            return false;
        } catch (jakarta.validation.ConstraintViolationException e) {
            saveState.setText(getTranslation("case-study.too-long"));
            return false;
        }
    }

    private void submit() {
        if (!save(true) || caseStudyId == null) {
            return;
        }
        try {
            authoring.submit(caseStudyId, version);
            Notification.show(getTranslation("case-study.submitted"));
            getUI().ifPresent(ui -> ui.navigate("my/case-studies"));
        } catch (CaseStudyConflict e) {
            conflict = true;
            Notification.show(getTranslation("case-study.conflict"));
        } catch (CaseStudyProblem problem) {
            showProblems(problem);
        }
    }

    private void withdraw() {
        if (caseStudyId == null) {
            return;
        }
        try {
            authoring.withdraw(caseStudyId);
            load(authoring.edit(caseStudyId));
            Notification.show(getTranslation("case-study.withdrawn"));
        } catch (CaseStudyProblem problem) {
            Notification.show(getTranslation(problem.firstMessageKey()));
        }
    }

    private void attach(String fileName, byte[] content) {
        uploadError.setVisible(false);
        if (caseStudyId == null && !save(true)) {
            uploadFailed("case-study.attachment.save-first");
            return;
        }
        try {
            SavedDraft saved = authoring.addAttachment(java.util.Objects.requireNonNull(caseStudyId), version, fileName,
                    content);
            version = saved.version();
            showAttachments(authoring.edit(caseStudyId).attachments());
            upload.clearFileList();
        } catch (CaseStudyProblem problem) {
            uploadFailed(problem.firstMessageKey());
        } catch (CaseStudyConflict e) {
            conflict = true;
            uploadFailed("case-study.conflict");
        }
    }

    private void uploadFailed(String messageKey) {
        uploadError.setText(getTranslation(messageKey));
        uploadError.setVisible(true);
        upload.clearFileList();
    }

    private void showAttachments(List<Attachment> attachments) {
        attachmentList.removeAll();
        for (Attachment attachment : attachments) {
            ListItem item = new ListItem(new Span(attachment.fileName() + " "));
            if (editable && caseStudyId != null) {
                Button remove = new Button(getTranslation("case-study.attachment.remove"), e -> remove(attachment));
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                remove.getElement().setAttribute("aria-label",
                        getTranslation("case-study.attachment.remove") + " " + attachment.fileName());
                item.add(remove);
            }
            attachmentList.add(item);
        }
    }

    private void remove(Attachment attachment) {
        try {
            version = authoring.removeAttachment(java.util.Objects.requireNonNull(caseStudyId), version,
                    attachment.id()).version();
            showAttachments(authoring.edit(caseStudyId).attachments());
        } catch (CaseStudyConflict e) {
            conflict = true;
            Notification.show(getTranslation("case-study.conflict"));
        }
    }

    private void showProblems(CaseStudyProblem problem) {
        List<String> general = new ArrayList<>();
        for (CaseStudyProblem.FieldProblem p : problem.problems()) {
            HasValidation field = field(p.field());
            if (field == null) {
                general.add(getTranslation(p.messageKey()));
            } else {
                field.setErrorMessage(getTranslation(p.messageKey()));
                field.setInvalid(true);
            }
        }
        saveState.setText(general.isEmpty() ? getTranslation("case-study.check-fields") : String.join(" ", general));
    }

    private void clearErrors() {
        List<HasValidation> all = new ArrayList<>(List.of(network, language, title, countries, yearFrom, yearTo,
                themes, dimensions, sdgTargets, contacts, links, coAuthors));
        all.addAll(longFields.values());
        all.forEach(f -> f.setInvalid(false));
    }

    private @Nullable HasValidation field(String name) {
        return switch (name) {
            case "network" -> network;
            case "language" -> language;
            case "title" -> title;
            case "countries" -> countries;
            case "yearFrom" -> yearFrom;
            case "yearTo" -> yearTo;
            case "themes" -> themes;
            case "dimensions" -> dimensions;
            case "sdgTargets" -> sdgTargets;
            case "contacts" -> contacts;
            case "links" -> links;
            case "coAuthors" -> coAuthors;
            default -> longFields.get(name);
        };
    }

    private void setReadOnly(boolean readOnly) {
        List<HasValue<?, ?>> fields = new ArrayList<>(List.of(network, language, title, countries, yearFrom, yearTo,
                themes, dimensions, sdgTargets, contacts, links, coAuthors));
        fields.addAll(longFields.values());
        fields.forEach(f -> f.setReadOnly(readOnly));
        upload.setVisible(!readOnly);
        save.setVisible(!readOnly);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("case-study.editor.title") + " · " + getTranslation("app.name");
    }
}
