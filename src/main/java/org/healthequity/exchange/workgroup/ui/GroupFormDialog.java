package org.healthequity.exchange.workgroup.ui;

import java.util.Arrays;
import java.util.List;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;

import org.healthequity.exchange.member.Network;
import org.healthequity.exchange.shared.ui.ComponentTexts;
import org.healthequity.exchange.shared.ui.Refusals;
import org.healthequity.exchange.shared.validation.Refused;
import org.healthequity.exchange.workgroup.GroupForm;
import org.healthequity.exchange.workgroup.GroupVisibility;
import org.healthequity.exchange.workgroup.JoinPolicy;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import jakarta.validation.ConstraintViolationException;

/**
 * The form of a new group (name, purpose, network, terms, deliverables, end date, visibility, join policy, leads),
 * used by the steering committee to propose and by the secretariat to create; the service decides which.
 */
class GroupFormDialog extends Dialog {

    private final TextField name = new TextField();
    private final TextArea purpose = new TextArea();
    private final Select<Network> network = new Select<>();
    private final TextArea terms = new TextArea();
    private final TextArea deliverables = new TextArea();
    private final DatePicker endsOn = ComponentTexts.of(new DatePicker());
    private final Select<GroupVisibility> visibility = new Select<>();
    private final Select<JoinPolicy> joinPolicy = new Select<>();
    private final TextField leads = new TextField();

    GroupFormDialog(Component owner, String titleKey, String submitKey, ToLongFunction<GroupForm> submit,
            Runnable done) {
        setHeaderTitle(owner.getTranslation(titleKey));
        name.setLabel(owner.getTranslation("workgroup.form.name"));
        name.setMaxLength(GroupForm.NAME_MAX);
        name.setRequired(true);
        purpose.setLabel(owner.getTranslation("workgroup.form.purpose"));
        purpose.setMaxLength(GroupForm.PURPOSE_MAX);
        purpose.setRequired(true);
        network.setLabel(owner.getTranslation("workgroup.form.network"));
        network.setItems(Network.values());
        network.setItemLabelGenerator(n -> owner.getTranslation(n.messageKey()));
        network.setValue(Network.GKNHE);
        terms.setLabel(owner.getTranslation("workgroup.form.terms"));
        terms.setMaxLength(GroupForm.TERMS_MAX);
        deliverables.setLabel(owner.getTranslation("workgroup.form.deliverables"));
        deliverables.setMaxLength(GroupForm.DELIVERABLES_MAX);
        endsOn.setLabel(owner.getTranslation("workgroup.form.ends-on"));
        visibility.setLabel(owner.getTranslation("workgroup.form.visibility"));
        visibility.setItems(GroupVisibility.values());
        visibility.setItemLabelGenerator(v -> owner.getTranslation(v.messageKey()));
        visibility.setValue(GroupVisibility.NETWORK);
        joinPolicy.setLabel(owner.getTranslation("workgroup.form.join-policy"));
        joinPolicy.setItems(JoinPolicy.values());
        joinPolicy.setItemLabelGenerator(p -> owner.getTranslation(p.messageKey()));
        joinPolicy.setValue(JoinPolicy.REQUEST);
        leads.setLabel(owner.getTranslation("workgroup.form.leads"));
        leads.setHelperText(owner.getTranslation("workgroup.form.leads-help"));
        leads.setRequired(true);
        FormLayout form = new FormLayout(name, network, purpose, terms, deliverables, endsOn, visibility, joinPolicy,
                leads);
        add(form);
        Button save = new Button(owner.getTranslation(submitKey), e -> {
            Stream.of(name, purpose, terms, deliverables, leads).forEach(field -> field.setInvalid(false));
            try {
                submit.applyAsLong(form());
                close();
                done.run();
            } catch (Refused problem) {
                Refusals.show(problem, this, this::field);
            } catch (ConstraintViolationException invalid) {
                Refusals.show(Refused.of(invalid), this, this::field);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(owner.getTranslation("action.cancel"), e -> close()), save);
    }

    /** The field showing a refused property of {@link GroupForm}, in the form's order. */
    private @Nullable HasValidation field(String property) {
        return switch (property) {
            case "name" -> name;
            case "purpose" -> purpose;
            case "network" -> network;
            case "terms" -> terms;
            case "deliverables" -> deliverables;
            case "endsOn" -> endsOn;
            case "visibility" -> visibility;
            case "joinPolicy" -> joinPolicy;
            case "leads", "leadEmails" -> leads;
            default -> null;
        };
    }

    private GroupForm form() {
        List<String> emails = Arrays.stream(leads.getValue().split("[,;\\s]+")).filter(s -> !s.isBlank()).toList();
        return new GroupForm(name.getValue(), purpose.getValue(), network.getValue(), terms.getValue(),
                deliverables.getValue(), endsOn.getValue(), visibility.getValue(), joinPolicy.getValue(), emails);
    }
}
