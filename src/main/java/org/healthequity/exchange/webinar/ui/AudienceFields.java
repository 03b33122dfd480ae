package org.healthequity.exchange.webinar.ui;

import java.util.ArrayList;
import java.util.List;

import org.healthequity.exchange.webinar.Audience;
import org.healthequity.exchange.webinar.WebinarForm;
import org.healthequity.exchange.workgroup.GroupOption;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.binder.Binder;

/** Who the webinar is for: the audience, the working group when it is a group's meeting, and the places. */
class AudienceFields extends FormLayout {

    private final Select<Audience> audience = new Select<>();
    private final Select<GroupOption> group = new Select<>();
    private final IntegerField capacity = new IntegerField();

    /**
     * @param audiences the audiences the organiser may choose
     * @param groupChoices the groups the organiser may schedule for
     * @param storedGroup the group of the webinar being edited, shown even when it is no longer a choice
     */
    AudienceFields(Binder<WebinarForm> binder, List<Audience> audiences, List<GroupOption> groupChoices,
            @Nullable Long storedGroup) {
        audience.setLabel(getTranslation("webinar.field.audience"));
        audience.setItems(audiences);
        audience.setItemLabelGenerator(a -> a == null ? "" : getTranslation(a.messageKey()));
        audience.setReadOnly(audiences.size() == 1);
        group.setLabel(getTranslation("webinar.field.group"));
        List<GroupOption> groups = new ArrayList<>(groupChoices);
        if (storedGroup != null && groups.stream().noneMatch(g -> g.id() == storedGroup)) {
            // Staff editing a meeting of a group that is no longer active: keep showing it.
            groups.add(new GroupOption(storedGroup, "", "#" + storedGroup));
        }
        group.setItems(groups);
        group.setItemLabelGenerator(g -> g == null ? "" : g.name());
        group.setEmptySelectionAllowed(false);
        capacity.setLabel(getTranslation("webinar.field.capacity"));
        capacity.setHelperText(getTranslation("webinar.field.capacity-help"));
        capacity.setMin(WebinarForm.CAPACITY_MIN);
        capacity.setMax(WebinarForm.CAPACITY_MAX);

        binder.bind(audience, "audience");
        binder.forField(group).withConverter((GroupOption g) -> g == null ? null : g.id(),
                (Long id) -> groups.stream().filter(g -> id != null && g.id() == id).findFirst().orElse(null))
                .bind("groupId");
        binder.forField(capacity).withValidator(
                c -> c == null || (c >= WebinarForm.CAPACITY_MIN && c <= WebinarForm.CAPACITY_MAX),
                getTranslation("webinar.error.capacity-range", WebinarForm.CAPACITY_MAX)).bind("capacity");
        audience.addValueChangeListener(e -> group.setVisible(e.getValue() == Audience.GROUP));
        group.setVisible(false);
        add(audience, group, capacity);
    }

    /** Runs {@code changed} whenever the audience or the group changes. */
    void onChange(Runnable changed) {
        audience.addValueChangeListener(e -> changed.run());
        group.addValueChangeListener(e -> changed.run());
    }

    @Nullable Audience audience() {
        return audience.getValue();
    }

    /** The chosen group when the audience is a group, else null. */
    @Nullable Long groupId() {
        return audience.getValue() == Audience.GROUP && group.getValue() != null ? group.getValue().id() : null;
    }

    /** Whether the audience is complete: a group audience needs its group. */
    boolean chosen() {
        return audience.getValue() != null && (audience.getValue() != Audience.GROUP || group.getValue() != null);
    }
}
