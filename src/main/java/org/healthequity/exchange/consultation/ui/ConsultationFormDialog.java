package org.healthequity.exchange.consultation.ui;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.healthequity.exchange.consultation.ConsultationAdministration;
import org.healthequity.exchange.consultation.ConsultationForm;
import org.healthequity.exchange.consultation.ConsultationLimits;
import org.healthequity.exchange.consultation.ConsultationPhase;
import org.healthequity.exchange.consultation.ConsultationScope;
import org.healthequity.exchange.consultation.EditableConsultation;
import org.healthequity.exchange.member.Network;
import org.healthequity.exchange.shared.time.ViewerTime;
import org.healthequity.exchange.shared.ui.ComponentTexts;
import org.healthequity.exchange.shared.ui.Refusals;
import org.healthequity.exchange.shared.validation.ChangedMeanwhile;
import org.healthequity.exchange.shared.validation.Refused;
import org.healthequity.exchange.workgroup.GroupOption;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;

/**
 * The secretariat's form of a consultation: texts, who takes part, anonymity, times in the viewer's time zone and
 * sub-questions; save, publish and close. What the service refuses is shown next to its field.
 */
class ConsultationFormDialog extends Dialog {

    private final ConsultationAdministration administration;
    private final Runnable done;
    private final TextField title = new TextField();
    private final TextArea question = new TextArea();
    private final TextArea background = new TextArea();
    private final Select<ConsultationScope> scope = new Select<>();
    private final Select<Network> network = new Select<>();
    private final Select<Long> group = new Select<>();
    private final TextArea invitees = new TextArea();
    private final Checkbox anonymous = new Checkbox();
    private final DateTimePicker opensAt = ComponentTexts.of(new DateTimePicker());
    private final DateTimePicker closesAt = ComponentTexts.of(new DateTimePicker());
    private final TextArea subQuestions = new TextArea();
    private final Button publish = new Button();
    private final Button close = new Button();
    private @Nullable EditableConsultation loaded;

    ConsultationFormDialog(ConsultationAdministration administration, @Nullable EditableConsultation existing,
            Runnable done) {
        this.administration = administration;
        this.done = done;
        setHeaderTitle(getTranslation(existing == null ? "consultation.admin.create" : "consultation.admin.edit"));
        label(title, "consultation.form.title").setMaxLength(ConsultationLimits.TITLE);
        label(question, "consultation.form.question").setMaxLength(ConsultationLimits.QUESTION);
        label(background, "consultation.form.background").setMaxLength(ConsultationLimits.BACKGROUND);
        scope.setLabel(getTranslation("consultation.form.scope"));
        scope.setItems(ConsultationScope.values());
        scope.setItemLabelGenerator(s -> getTranslation("consultation.form.scope."
                + s.name().toLowerCase(Locale.ROOT)));
        scope.addValueChangeListener(e -> showScope());
        network.setLabel(getTranslation("consultation.form.network"));
        network.setItems(Network.values());
        network.setItemLabelGenerator(n -> getTranslation(n.messageKey()));
        List<GroupOption> groups = administration.groups();
        group.setLabel(getTranslation("consultation.form.group"));
        group.setItems(groups.stream().map(GroupOption::id).toList());
        group.setItemLabelGenerator(id -> groups.stream().filter(g -> g.id() == id).map(GroupOption::name)
                .findFirst().orElse(""));
        label(invitees, "consultation.form.invitees");
        anonymous.setLabel(getTranslation("consultation.form.anonymous"));
        opensAt.setLabel(getTranslation("consultation.form.opens"));
        closesAt.setLabel(getTranslation("consultation.form.closes"));
        String zone = getTranslation("consultation.form.in-zone", ViewerTime.zoneName(ViewerTime.zone(),
                ViewerTime.locale()));
        opensAt.setHelperText(zone);
        closesAt.setHelperText(zone);
        label(subQuestions, "consultation.form.sub-questions");
        FormLayout form = new FormLayout(title, question, background, scope, network, group, invitees, anonymous,
                opensAt, closesAt, subQuestions);
        form.setColspan(question, 2);
        form.setColspan(background, 2);
        form.setColspan(subQuestions, 2);
        add(form);
        Button save = new Button(getTranslation("consultation.form.save"), e -> attempt(() -> loaded == null
                ? administration.create(form()) : administration.save(loaded.id(), loaded.version(), form())));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.setText(getTranslation("consultation.form.publish"));
        publish.addClickListener(e -> attempt(() -> administration.publish(current().id(), current().version())));
        close.setText(getTranslation("consultation.form.close"));
        close.addClickListener(e -> attempt(() -> administration.close(current().id(), current().version())));
        getFooter().add(new Button(getTranslation("consultation.form.cancel"), e -> close()), close, publish, save);
        if (existing == null) {
            scope.setValue(ConsultationScope.NETWORK);
            network.setValue(Network.GKNHE);
        }
        show(existing);
    }

    private <T extends TextFieldBase<T, String>> T label(T field, String key) {
        field.setLabel(getTranslation(key));
        field.setWidthFull();
        return field;
    }

    private void show(@Nullable EditableConsultation consultation) {
        loaded = consultation;
        publish.setVisible(consultation != null && consultation.phase() == ConsultationPhase.DRAFT);
        close.setVisible(consultation != null && consultation.phase() == ConsultationPhase.OPEN);
        if (consultation == null) {
            showScope();
            return;
        }
        ConsultationForm f = consultation.form();
        ZoneId zone = ViewerTime.zone();
        title.setValue(f.title());
        question.setValue(f.question());
        background.setValue(f.background());
        scope.setValue(f.scope());
        network.setValue(f.network());
        group.setValue(f.groupId());
        invitees.setValue(String.join("\n", f.invitees()));
        anonymous.setValue(f.anonymous());
        anonymous.setEnabled(!consultation.hasContributions());
        opensAt.setValue(f.opensAt() == null ? null : LocalDateTime.ofInstant(f.opensAt(), zone));
        closesAt.setValue(f.closesAt() == null ? null : LocalDateTime.ofInstant(f.closesAt(), zone));
        subQuestions.setValue(String.join("\n", f.subQuestions()));
        showScope();
    }

    private void showScope() {
        network.setVisible(scope.getValue() == ConsultationScope.NETWORK);
        group.setVisible(scope.getValue() == ConsultationScope.GROUP);
        invitees.setVisible(scope.getValue() == ConsultationScope.INVITED);
    }

    private EditableConsultation current() {
        if (loaded == null) {
            throw new IllegalStateException();
        }
        return loaded;
    }

    ConsultationForm form() {
        ZoneId zone = ViewerTime.zone();
        return new ConsultationForm(title.getValue(), question.getValue(), background.getValue(), scope.getValue(),
                network.getValue(), group.getValue(), lines(invitees.getValue()), anonymous.getValue(),
                instant(opensAt.getValue(), zone), instant(closesAt.getValue(), zone), lines(subQuestions.getValue()));
    }

    private static @Nullable Instant instant(@Nullable LocalDateTime time, ZoneId zone) {
        return time == null ? null : time.atZone(zone).toInstant();
    }

    private static List<String> lines(String text) {
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private void attempt(java.util.function.Supplier<EditableConsultation> step) {
        try {
            show(step.get());
            Notification.show(getTranslation("consultation.form.saved"));
            done.run();
        } catch (Refused refused) {
            Refusals.show(refused, this, this::field);
        } catch (ChangedMeanwhile conflict) {
            Refusals.changedMeanwhile(this, "consultation.form.changed-meanwhile");
        }
    }

    private @Nullable HasValidation field(String name) {
        return switch (name) {
            case "title" -> title;
            case "question" -> question;
            case "background" -> background;
            case "scope" -> scope;
            case "network" -> network;
            case "groupId" -> group;
            case "invitees" -> invitees;
            case "opensAt" -> opensAt;
            case "closesAt" -> closesAt;
            case "subQuestions" -> subQuestions;
            default -> null;
        };
    }
}
