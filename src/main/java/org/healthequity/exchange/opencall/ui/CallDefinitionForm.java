package org.healthequity.exchange.opencall.ui;

import java.util.List;

import org.healthequity.exchange.member.CountryRef;
import org.healthequity.exchange.opencall.CallDefinition;
import org.healthequity.exchange.opencall.CallDefinition.Criterion;
import org.healthequity.exchange.opencall.CallDefinition.Question;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.ui.Refusals;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;

/**
 * A call's configuration (eligibility, questions, attachment rules, rubric) as one field of the call's form, its parts
 * bound by {@link CallDefinition}'s component names, so that a refusal of a part finds it by that name. Read-only once
 * the call is open: then its value stays the configuration it was given. Empty while a part is incomplete.
 */
class CallDefinitionForm extends SectionField<@Nullable CallDefinition> {

    private final Binder<CallDefinition> binder = new Binder<>(CallDefinition.class);
    private CallDefinition loaded = CallDefinition.empty();

    CallDefinitionForm(List<CountryRef> countryList, Language language) {
        EligibilitySection eligibility = new EligibilitySection(countryList, language);
        ItemList<Question> questions = DefinitionLists.questions(language);
        AttachmentsSection attachments = new AttachmentsSection();
        ItemList<Criterion> rubric = DefinitionLists.rubric(language);
        binder.bind(eligibility, "eligibility");
        binder.bind(questions, "questions");
        binder.forField(attachments).asRequired(getTranslation("opencall.admin.max-size-required"))
                .bind("attachments");
        binder.bind(rubric, "rubric");
        eligibility.addValueChangeListener(e -> changed());
        questions.addValueChangeListener(e -> changed());
        attachments.addValueChangeListener(e -> changed());
        rubric.addValueChangeListener(e -> changed());
        VerticalLayout content = new VerticalLayout(eligibility, questions, attachments, rubric);
        content.setPadding(false);
        add(content);
    }

    @Override
    protected @Nullable CallDefinition generateModelValue() {
        if (isReadOnly()) {
            return loaded;
        }
        try {
            return binder.writeRecord();
        } catch (ValidationException incomplete) {
            return null;
        }
    }

    @Override
    protected void present(@Nullable CallDefinition definition) {
        loaded = definition == null ? CallDefinition.empty() : definition;
        binder.readRecord(loaded);
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        super.setReadOnly(readOnly);
        binder.setReadOnly(readOnly);
    }

    /** The part bound to a {@link CallDefinition} component, for refusals that name it; null for another name. */
    @Nullable HasValidation part(String property) {
        return binder.getBinding(property).map(b -> b.getField()).filter(HasValidation.class::isInstance)
                .map(HasValidation.class::cast).orElse(null);
    }

    /** Marks the parts that are missing while the configuration may change. */
    void markIncomplete() {
        if (!isReadOnly()) {
            binder.validate();
        }
    }

    void clearRefusals() {
        Refusals.clear(binder);
    }
}
