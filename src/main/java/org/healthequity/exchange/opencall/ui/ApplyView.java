package org.healthequity.exchange.opencall.ui;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.healthequity.exchange.member.Countries;
import org.healthequity.exchange.member.CountryRef;
import org.healthequity.exchange.member.InstitutionType;
import org.healthequity.exchange.opencall.Answers;
import org.healthequity.exchange.opencall.ApplicationDocuments;
import org.healthequity.exchange.opencall.ApplicationFileInfo;
import org.healthequity.exchange.opencall.ApplicationSheet;
import org.healthequity.exchange.opencall.ApplicationStatus;
import org.healthequity.exchange.opencall.ApplicationSubmission;
import org.healthequity.exchange.opencall.CallCatalogue;
import org.healthequity.exchange.opencall.CallConflict;
import org.healthequity.exchange.opencall.CallDefinition;
import org.healthequity.exchange.opencall.CallDefinition.Question;
import org.healthequity.exchange.opencall.CallPage;
import org.healthequity.exchange.opencall.CallProblem;
import org.healthequity.exchange.opencall.EligibilityAnswers;
import org.healthequity.exchange.opencall.QuestionKind;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.time.ViewerTime;
import org.healthequity.exchange.shared.ui.LimitedUpload;
import org.healthequity.exchange.shared.ui.RouteIds;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.shared.HasValidationProperties;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

/**
 * Applying to a call: the eligibility check first, then the form, saved a moment after the applicant stops typing;
 * files checked on upload; submit, revise until the deadline, withdraw. Every refusal is shown next to its field and
 * nothing typed is lost.
 */
@Route("calls/:id/apply")
@PermitAll
public class ApplyView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final int SAVE_DELAY_MS = 1000;

    private final ApplicationSubmission submission;
    private final ApplicationDocuments documents;
    private final CallCatalogue catalogue;
    private final Countries countries;
    private final Clock clock;

    private final Map<String, HasValue<?, ?>> fields = new LinkedHashMap<>();
    private final Map<String, Div> fileLists = new HashMap<>();
    private final Span saveState = new Span();
    private @Nullable ApplicationSheet sheet;
    private long version;
    private boolean conflict;
    private String title = "";

    public ApplyView(ApplicationSubmission submission, ApplicationDocuments documents, CallCatalogue catalogue,
            Countries countries, Clock clock) {
        this.submission = submission;
        this.documents = documents;
        this.catalogue = catalogue;
        this.countries = countries;
        this.clock = clock;
        saveState.addClassName("save-state");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        var page = RouteIds.id(event).flatMap(catalogue::call);
        if (page.isEmpty()) {
            add(new H1(getTranslation("opencall.call.not-found")), new Anchor("calls", getTranslation("nav.calls")));
            return;
        }
        title = page.get().summary().title();
        var mine = submission.myApplicationTo(page.get().summary().id());
        if (mine.isPresent() && page.get().myStatus() != ApplicationStatus.WITHDRAWN) {
            showForm(submission.sheet(mine.get()));
        } else if (page.get().summary().acceptsAt(clock.instant())) {
            showEligibility(page.get());
        } else {
            add(new H1(getTranslation("opencall.apply.title", title)),
                    new Paragraph(getTranslation("opencall.call.closed")));
        }
    }

    private void showEligibility(CallPage page) {
        removeAll();
        Language language = Language.of(getLocale());
        add(new H1(getTranslation("opencall.apply.title", page.summary().title())),
                new H2(getTranslation("opencall.apply.eligibility")),
                new Paragraph(getTranslation("opencall.apply.eligibility-intro")));
        TextField institution = new TextField(getTranslation("opencall.apply.institution"));
        institution.setMaxLength(200);
        institution.setRequiredIndicatorVisible(true);
        institution.setWidthFull();
        Select<InstitutionType> type = new Select<>();
        type.setLabel(getTranslation("opencall.apply.institution-type"));
        type.setItems(InstitutionType.values());
        type.setItemLabelGenerator(t -> CallLabels.institutionType(this, t));
        ComboBox<CountryRef> country = new ComboBox<>(getTranslation("opencall.apply.country"));
        country.setItems(countries.all(language));
        country.setItemLabelGenerator(CountryRef::name);
        Map<String, Checkbox> declarations = new LinkedHashMap<>();
        VerticalLayout declarationBoxes = new VerticalLayout();
        declarationBoxes.setPadding(false);
        for (CallDefinition.Declaration declaration : page.definition().eligibility().declarations()) {
            Checkbox box = new Checkbox(declaration.text().in(language));
            declarations.put(declaration.key(), box);
            declarationBoxes.add(box);
        }
        Paragraph failed = new Paragraph();
        failed.addClassName("error");
        failed.setVisible(false);
        Button start = new Button(getTranslation("opencall.apply.check"));
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClickListener(e -> {
            institution.setInvalid(false);
            type.setInvalid(false);
            country.setInvalid(false);
            declarations.values().forEach(box -> box.getElement().removeAttribute("invalid"));
            failed.setVisible(false);
            if (institution.getValue().isBlank() || type.isEmpty() || country.isEmpty()) {
                institution.setInvalid(institution.getValue().isBlank());
                institution.setErrorMessage(getTranslation("opencall.problem.required"));
                type.setInvalid(type.isEmpty());
                type.setErrorMessage(getTranslation("opencall.problem.required"));
                country.setInvalid(country.isEmpty());
                country.setErrorMessage(getTranslation("opencall.problem.required"));
                return;
            }
            EligibilityAnswers answers = new EligibilityAnswers(institution.getValue().strip(), type.getValue(),
                    country.getValue().iso2(), declarations.entrySet().stream().filter(d -> d.getValue().getValue())
                            .map(Map.Entry::getKey).collect(Collectors.toSet()));
            try {
                var saved = submission.start(page.summary().id(), answers);
                showForm(submission.sheet(saved.id()));
            } catch (CallProblem problem) {
                failed.setText(getTranslation("opencall.apply.not-eligible"));
                failed.setVisible(true);
                for (CallProblem.FieldProblem p : problem.problems()) {
                    String message = getTranslation(p.messageKey(), p.arguments().toArray());
                    switch (p.field()) {
                        case "country" -> {
                            country.setInvalid(true);
                            country.setErrorMessage(message);
                        }
                        case "institutionType" -> {
                            type.setInvalid(true);
                            type.setErrorMessage(message);
                        }
                        default -> {
                            Checkbox box = declarations.get(p.field().replace("declaration:", ""));
                            if (box != null) {
                                box.getElement().setAttribute("invalid", true);
                                box.setTooltipText(message);
                                box.setHelperText(message);
                            } else {
                                failed.setText(message);
                            }
                        }
                    }
                }
            }
        });
        add(institution, type, country, declarationBoxes, failed, start);
    }

    private void showForm(ApplicationSheet loaded) {
        removeAll();
        fields.clear();
        fileLists.clear();
        sheet = loaded;
        version = loaded.version();
        conflict = false;
        Language language = Language.of(getLocale());
        add(new H1(getTranslation("opencall.apply.title", loaded.call().title())), CallText.deadline(this,
                loaded.call()));
        add(new Paragraph(getTranslation("opencall.my.status") + ": " + CallLabels.applicationStatus(this, loaded.status())));
        if (loaded.screeningReason() != null) {
            add(new Paragraph(getTranslation("opencall.apply.screening-reason", loaded.screeningReason())));
        }
        if (loaded.submittedAt() != null && loaded.status() == ApplicationStatus.SUBMITTED && loaded.editable()) {
            add(new Paragraph(getTranslation("opencall.apply.submitted-on", ViewerTime.format(loaded.submittedAt()))));
        }
        if (loaded.hasUnsubmittedChanges()) {
            Paragraph changes = new Paragraph(getTranslation("opencall.apply.unsubmitted-changes"));
            changes.addClassName("warning");
            add(changes);
        }
        if (!loaded.editable()) {
            Paragraph readOnly = new Paragraph(getTranslation("opencall.apply.read-only"));
            readOnly.addClassName("warning");
            add(readOnly);
        } else {
            add(new Paragraph(getTranslation("opencall.apply.autosave")));
        }
        add(new H2(getTranslation("opencall.apply.form")));
        for (Question question : loaded.definition().questions()) {
            add(questionField(question, loaded, language));
        }
        if (loaded.editable()) {
            Button submit = new Button(getTranslation(loaded.status() == ApplicationStatus.SUBMITTED
                    ? "opencall.apply.resubmit" : "opencall.apply.submit"), e -> submit());
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            submit.setDisableOnClick(true);
            Button withdraw = new Button(getTranslation("opencall.apply.withdraw"), e -> withdraw());
            withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            HorizontalLayout buttons = new HorizontalLayout(submit, withdraw, saveState);
            buttons.setAlignItems(Alignment.BASELINE);
            add(buttons);
        }
    }

    private Component questionField(Question question, ApplicationSheet loaded, Language language) {
        String label = question.label().in(language) + (question.required()
                ? " " + getTranslation("opencall.call.required-mark") : "");
        String help = question.help().in(language);
        Answers answers = loaded.answers();
        boolean editable = loaded.editable();
        return switch (question.kind()) {
            case SHORT_TEXT -> {
                TextField field = new TextField(label);
                field.setWidthFull();
                field.setMaxLength(CallDefinition.SHORT_TEXT_MAX);
                field.setValue(answers.text(question.key()));
                field.setHelperText(help);
                yield text(question, field, editable);
            }
            case LONG_TEXT -> {
                TextArea field = new TextArea(label);
                field.setWidthFull();
                field.setMinHeight("8em");
                field.setMaxLength(CallDefinition.LONG_TEXT_MAX);
                field.setValue(answers.text(question.key()));
                Runnable count = () -> field.setHelperText((help.isBlank() ? "" : help + " · ")
                        + (question.wordLimit() > 0
                                ? getTranslation("opencall.apply.words", Answers.words(field.getValue()),
                                        question.wordLimit())
                                : getTranslation("opencall.apply.words-free", Answers.words(field.getValue()))));
                count.run();
                field.addValueChangeListener(e -> count.run());
                yield text(question, field, editable);
            }
            case SINGLE_CHOICE -> {
                RadioButtonGroup<String> field = new RadioButtonGroup<>(label);
                field.setItems(question.options().stream().map(CallDefinition.Choice::key).toList());
                field.setItemLabelGenerator(key -> optionLabel(question, key, language));
                answers.choices(question.key()).stream().findFirst().ifPresent(field::setValue);
                field.setHelperText(help);
                yield choice(question, field, editable);
            }
            case MULTIPLE_CHOICE -> {
                CheckboxGroup<String> field = new CheckboxGroup<>(label);
                field.setItems(question.options().stream().map(CallDefinition.Choice::key).toList());
                field.setItemLabelGenerator(key -> optionLabel(question, key, language));
                field.setValue(Set.copyOf(answers.choices(question.key())));
                field.setHelperText(help);
                yield choice(question, field, editable);
            }
            case FILE -> fileQuestion(question, label, help, loaded, editable);
        };
    }

    private static String optionLabel(Question question, String key, Language language) {
        return question.options().stream().filter(o -> o.key().equals(key)).findFirst()
                .map(o -> o.label().in(language)).orElse(key);
    }

    private <F extends AbstractField<?, String> & com.vaadin.flow.data.value.HasValueChangeMode> Component text(
            Question question, F field, boolean editable) {
        field.setReadOnly(!editable);
        field.setValueChangeMode(ValueChangeMode.TIMEOUT);
        field.setValueChangeTimeout(SAVE_DELAY_MS);
        field.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                save();
            }
        });
        fields.put(question.key(), field);
        return field;
    }

    private Component choice(Question question, AbstractField<?, ?> field, boolean editable) {
        field.setReadOnly(!editable);
        field.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                save();
            }
        });
        fields.put(question.key(), field);
        return field;
    }

    private Component fileQuestion(Question question, String label, String help, ApplicationSheet loaded,
            boolean editable) {
        Div box = new Div();
        box.addClassName("file-question");
        box.add(new H3(label));
        if (!help.isBlank()) {
            box.add(new Paragraph(help));
        }
        Div list = new Div();
        fileLists.put(question.key(), list);
        showFiles(question.key(), loaded.files());
        box.add(list);
        if (editable) {
            var rules = loaded.definition().attachments();
            Paragraph error = new Paragraph();
            error.addClassName("error");
            error.setVisible(false);
            Upload upload = new Upload(new LimitedUpload(rules.maxBytes(), (name, bytes) -> {
                error.setVisible(false);
                try {
                    submission.addFile(loaded.id(), question.key(), name, bytes);
                    refreshFiles();
                } catch (CallProblem problem) {
                    error.setText(getTranslation(problem.first().messageKey(), problem.first().arguments().toArray()));
                    error.setVisible(true);
                }
            }, () -> {
                error.setText(getTranslation("opencall.problem.file-too-large", rules.maxBytes() / (1024 * 1024)));
                error.setVisible(true);
            }));
            upload.setUploadButton(new Button(getTranslation("opencall.apply.upload")));
            upload.getElement().setAttribute("aria-label", label);
            box.add(new Paragraph(getTranslation("opencall.apply.file-rules", String.join(", ", rules.kinds()),
                    Math.max(1, rules.maxBytes() / (1024 * 1024)))), upload, error);
        }
        return box;
    }

    private void refreshFiles() {
        if (sheet != null) {
            List<ApplicationFileInfo> files = submission.sheet(sheet.id()).files();
            fileLists.keySet().forEach(key -> showFiles(key, files));
        }
    }

    private void showFiles(String question, List<ApplicationFileInfo> files) {
        Div list = fileLists.get(question);
        if (list == null || sheet == null) {
            return;
        }
        long applicationId = sheet.id();
        list.removeAll();
        List<ApplicationFileInfo> mine = files.stream().filter(f -> f.question().equals(question)).toList();
        list.add(CallText.files(mine, fileId -> documents.file(applicationId, fileId)));
        if (sheet.editable()) {
            for (ApplicationFileInfo file : mine) {
                Button remove = new Button(getTranslation("opencall.apply.remove-file", file.fileName()), e -> {
                    submission.removeFile(applicationId, file.id());
                    refreshFiles();
                });
                remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                list.add(remove);
            }
        }
    }

    Answers answers() {
        Map<String, List<String>> values = new LinkedHashMap<>();
        fields.forEach((key, field) -> {
            Object value = field.getValue();
            if (value instanceof String text) {
                values.put(key, List.of(text));
            } else if (value instanceof Set<?> set) {
                values.put(key, set.stream().map(String::valueOf).sorted().toList());
            } else if (value != null) {
                values.put(key, List.of(String.valueOf(value)));
            }
        });
        return new Answers(values);
    }

    /** Saves the draft; a conflict stops autosaving and keeps what was typed. */
    boolean save() {
        if (sheet == null || !sheet.editable() || conflict) {
            return false;
        }
        clearErrors();
        try {
            version = submission.saveDraft(sheet.id(), version, answers()).version();
            saveState.setText(getTranslation("opencall.apply.saved-at", ViewerTime.format(clock.instant())));
            return true;
        } catch (CallConflict e) {
            conflicted();
        } catch (CallProblem problem) {
            showProblems(problem);
            if (problem.first().messageKey().equals("opencall.problem.deadline-passed")) {
                Notification.show(getTranslation(problem.first().messageKey()));
            }
        }
        return false;
    }

    private void submit() {
        if (sheet == null) {
            return;
        }
        clearErrors();
        try {
            var outcome = submission.submit(sheet.id(), version, answers());
            Notification.show(getTranslation(outcome.submitted() ? "opencall.apply.submitted"
                    : "opencall.apply.already-submitted"));
            showForm(submission.sheet(sheet.id()));
        } catch (CallConflict e) {
            conflicted();
        } catch (CallProblem problem) {
            showProblems(problem);
            Notification.show(getTranslation(problem.first().field().isEmpty() ? problem.first().messageKey()
                    : "opencall.apply.fix-fields"));
        }
    }

    private void withdraw() {
        if (sheet == null) {
            return;
        }
        try {
            submission.withdraw(sheet.id());
            Notification.show(getTranslation("opencall.apply.withdrawn"));
            getUI().ifPresent(ui -> ui.navigate("my/applications"));
        } catch (CallProblem problem) {
            Notification.show(getTranslation(problem.first().messageKey()));
        }
    }

    private void conflicted() {
        conflict = true;
        saveState.setText(getTranslation("opencall.changed-elsewhere"));
        Notification.show(getTranslation("opencall.changed-elsewhere"));
    }

    private void showProblems(CallProblem problem) {
        List<String> general = new ArrayList<>();
        for (CallProblem.FieldProblem p : problem.problems()) {
            String message = getTranslation(p.messageKey(), p.arguments().toArray());
            HasValue<?, ?> field = fields.get(p.field());
            if (field instanceof HasValidationProperties validated) {
                validated.setErrorMessage(message);
                validated.setInvalid(true);
            } else {
                general.add(message);
            }
        }
        saveState.setText(general.isEmpty() ? getTranslation("opencall.apply.fix-fields")
                : getTranslation("opencall.apply.save-failed", String.join(" ", general)));
    }

    private void clearErrors() {
        fields.values().forEach(f -> {
            if (f instanceof HasValidationProperties validated) {
                validated.setInvalid(false);
            }
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("opencall.apply.title", title) + " · " + getTranslation("app.name");
    }
}
