package org.healthequity.exchange.shared.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.healthequity.exchange.shared.validation.Refused;
import org.healthequity.exchange.shared.validation.Refused.FieldProblem;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.BindingValidationStatus;
import com.vaadin.flow.data.binder.ValidationException;

/**
 * Shows what a service (or the form's own validators) refused: each problem next to its field, and, because that field
 * may be screens away from the button, a notification naming the fields where the person is looking, with the focus
 * moved to the first of them. A problem whose field is a bound property (the form record's component name) goes to
 * that field, so no editor maps field names by hand; what no field shows is returned for the form's message area and
 * said in the notification too. Autosaves use {@link #mark}, which says nothing and leaves the focus alone.
 */
public final class Refusals {

    private static final int NOTICE_MILLIS = 8_000;

    private Refusals() {
    }

    /**
     * Marks each refused field and announces the refusal.
     *
     * @return the translated messages no bound field shows, for the form's message area
     */
    public static List<String> show(Binder<?> binder, Refused refused, Component owner) {
        return show(binder, refused, owner, field -> null);
    }

    /**
     * Like {@link #show(Binder, Refused, Component)}, for a form with parts that are not one record component each (a
     * map of sections, a picker whose value is converted elsewhere): {@code unbound} names their field by the
     * problem's field name.
     */
    public static List<String> show(Binder<?> binder, Refused refused, Component owner,
            Function<String, @Nullable HasValidation> unbound) {
        List<HasValidation> marked = new ArrayList<>();
        List<String> rest = mark(refused, owner, lookUp(binder, unbound), marked);
        announce(owner, FieldOrder.inBinderOrder(binder, marked), rest);
        return rest;
    }

    /** Marks and announces for a form without a binder (questions built from a configuration): {@code fields} names them. */
    public static List<String> show(Refused refused, Component owner,
            Function<String, @Nullable HasValidation> fields) {
        List<HasValidation> marked = new ArrayList<>();
        List<String> rest = mark(refused, owner, fields, marked);
        announce(owner, FieldOrder.inTreeOrder(owner, marked), rest);
        return rest;
    }

    /** Marks each refused field without a notification or moving the focus: for autosaves, which nobody pressed. */
    public static List<String> mark(Binder<?> binder, Refused refused, Component owner,
            Function<String, @Nullable HasValidation> unbound) {
        return mark(refused, owner, lookUp(binder, unbound), new ArrayList<>());
    }

    /** Marks without a binder and without announcing: an autosave of a form built from a configuration. */
    public static List<String> mark(Refused refused, Component owner,
            Function<String, @Nullable HasValidation> fields) {
        return mark(refused, owner, fields, new ArrayList<>());
    }

    /**
     * A check the form makes before asking the service (a required field left empty, two passwords that differ):
     * {@code field} shows {@code message}, and the refusal is announced like a service's, the focus moved to it.
     */
    public static <F extends Component & HasValidation> void refuse(F field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
        announce(field, List.of(field), List.of());
    }

    /**
     * The form's own checks marked some of its fields (a dialog of several checks): names every marked field inside
     * {@code form}, top to bottom, and focuses the first.
     */
    public static void announceMarked(Component form) {
        announce(form, FieldOrder.marked(form), List.of());
    }

    /** The form's own validators refused (the fields already show why): named in a notification, first one focused. */
    public static void invalid(ValidationException invalid, Component owner) {
        List<HasValidation> fields = invalid.getFieldValidationErrors().stream()
                .filter(BindingValidationStatus::isError).map(BindingValidationStatus::getField)
                .filter(HasValidation.class::isInstance).map(HasValidation.class::cast).distinct().toList();
        announce(owner, fields, invalid.getBeanValidationErrors().stream()
                .map(error -> error.getErrorMessage()).toList());
    }

    /**
     * Says that the save was refused, naming each marked field by its label, and moves the focus to the first one, so
     * that a refusal is never silent, whichever part of the form the person is looking at.
     */
    public static void announce(Component owner, List<? extends HasValidation> marked, List<String> rest) {
        if (marked.isEmpty() && rest.isEmpty()) {
            return;
        }
        List<String> names = marked.stream().map(Refusals::label).filter(label -> !label.isBlank()).distinct()
                .toList();
        // A refused step that marks no field (the last administrator, a closed call) is said by its own reasons.
        String text = marked.isEmpty() ? String.join(" ", rest)
                : names.isEmpty() ? owner.getTranslation("form.refused")
                : owner.getTranslation("form.refused.fields", String.join(", ", names));
        if (!marked.isEmpty() && !rest.isEmpty()) {
            text += " " + String.join(" ", rest);
        }
        Notification notification = Notification.show(text);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.setDuration(NOTICE_MILLIS);
        notification.setPosition(Notification.Position.MIDDLE);
        marked.stream().filter(Focusable.class::isInstance).findFirst()
                .ifPresent(field -> ((Focusable<?>) field).focus());
    }

    /** A save that met a newer version: said in a notification that stays a while; the form keeps what was typed. */
    public static void changedMeanwhile(Component owner, String messageKey) {
        Notification notification = Notification.show(owner.getTranslation(messageKey));
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.setDuration(10_000);
    }

    /** Takes the refusal marks off every bound field before the next attempt. */
    public static void clear(Binder<?> binder) {
        binder.getFields().forEach(field -> {
            if (field instanceof HasValidation validated) {
                validated.setInvalid(false);
            }
        });
    }

    /** A problem's message in the viewer's language, with its arguments. */
    public static String message(Component owner, FieldProblem problem) {
        return owner.getTranslation(problem.messageKey(), problem.arguments().toArray());
    }

    private static Function<String, @Nullable HasValidation> lookUp(Binder<?> binder,
            Function<String, @Nullable HasValidation> unbound) {
        return name -> {
            Object field = binder.getBinding(name).<Object>map(Binder.Binding::getField)
                    .orElseGet(() -> unbound.apply(name));
            return field instanceof HasValidation validated ? validated : null;
        };
    }

    private static List<String> mark(Refused refused, Component owner, Function<String, @Nullable HasValidation> fields,
            List<HasValidation> marked) {
        List<String> rest = new ArrayList<>();
        for (FieldProblem problem : refused.problems()) {
            String message = message(owner, problem);
            HasValidation field = problem.wholeForm() ? null : fields.apply(problem.field());
            if (field != null) {
                field.setErrorMessage(message);
                field.setInvalid(true);
                marked.add(field);
            } else {
                rest.add(message);
            }
        }
        return rest;
    }

    private static String label(HasValidation field) {
        if (field instanceof HasLabel labelled && labelled.getLabel() != null) {
            return labelled.getLabel();
        }
        String aria = field instanceof Component component ? component.getElement().getAttribute("aria-label") : null;
        return aria == null ? "" : aria;
    }
}
