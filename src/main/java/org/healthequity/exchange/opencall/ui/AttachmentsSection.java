package org.healthequity.exchange.opencall.ui;

import java.util.Set;

import org.healthequity.exchange.opencall.CallDefinition.AttachmentRules;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;

/**
 * The files a call accepts: the largest size in megabytes and the kinds, within {@link AttachmentRules}' bounds. Empty
 * (no size given) while the size is missing.
 */
class AttachmentsSection extends SectionField<@Nullable AttachmentRules> {

    private final IntegerField maxMegabytes = new IntegerField();
    private final CheckboxGroup<String> kinds = new CheckboxGroup<>();

    AttachmentsSection() {
        maxMegabytes.setLabel(getTranslation("opencall.admin.max-size"));
        maxMegabytes.setMin(1);
        maxMegabytes.setMax(AttachmentRules.MAX_MEGABYTES);
        kinds.setLabel(getTranslation("opencall.admin.kinds"));
        kinds.setItems(AttachmentRules.knownKinds());
        maxMegabytes.addValueChangeListener(e -> changed());
        kinds.addValueChangeListener(e -> changed());
        VerticalLayout content = new VerticalLayout(new H2(getTranslation("opencall.admin.attachments")),
                new FormLayout(maxMegabytes, kinds));
        content.setPadding(false);
        add(content);
    }

    @Override
    protected @Nullable AttachmentRules generateModelValue() {
        Integer megabytes = maxMegabytes.getValue();
        return megabytes == null ? null
                : new AttachmentRules(megabytes * AttachmentRules.MEGABYTE, Set.copyOf(kinds.getValue()));
    }

    @Override
    protected void present(@Nullable AttachmentRules rules) {
        maxMegabytes.setValue(rules == null ? null : rules.megabytes());
        kinds.setValue(rules == null ? Set.of() : rules.kinds());
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        super.setReadOnly(readOnly);
        maxMegabytes.setReadOnly(readOnly);
        kinds.setReadOnly(readOnly);
    }
}
