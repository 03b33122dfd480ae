package org.healthequity.exchange.opencall.ui;

import java.util.List;

import org.healthequity.exchange.member.Network;
import org.healthequity.exchange.opencall.CallForm;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;

/** A call's network, cycle, title, description and Terms of Reference text, within {@link CallForm}'s limits. */
class GeneralSection extends VerticalLayout {

    private final Select<Network> network = new Select<>();
    private final IntegerField cycle = new IntegerField();
    private final TextField title = new TextField();
    private final TextArea description = new TextArea();
    private final TextArea terms = new TextArea();

    GeneralSection() {
        setPadding(false);
        network.setLabel(getTranslation("opencall.admin.network"));
        network.setItems(Network.values());
        network.setItemLabelGenerator(n -> CallLabels.network(this, n));
        cycle.setLabel(getTranslation("opencall.admin.cycle"));
        cycle.setMin(CallForm.CYCLE_MIN);
        cycle.setMax(CallForm.CYCLE_MAX);
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
        add(new H2(getTranslation("opencall.admin.general")), form);
    }

    /** Binds each field to the {@link CallForm} component of its name; the ones a call needs are required. */
    void bind(Binder<CallForm> binder) {
        String required = getTranslation("opencall.admin.required");
        binder.forField(network).asRequired(required).bind("network");
        binder.forField(cycle).asRequired(required).bind("cycle");
        binder.forField(title).asRequired(required).withValidator(t -> !t.isBlank(), required).bind("title");
        binder.bind(description, "description");
        binder.bind(terms, "terms");
    }

    /** Network and cycle are configuration (fixed once the call is open); the texts change until it is decided. */
    void setEditable(boolean configurable, boolean finished) {
        network.setReadOnly(!configurable);
        cycle.setReadOnly(!configurable);
        title.setReadOnly(finished);
        description.setReadOnly(finished);
        terms.setReadOnly(finished);
    }

    String title() {
        return title.getValue();
    }
}
