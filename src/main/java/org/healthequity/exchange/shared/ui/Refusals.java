package org.healthequity.exchange.shared.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.healthequity.exchange.shared.validation.Refused;
import org.healthequity.exchange.shared.validation.Refused.FieldProblem;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.data.binder.Binder;

/**
 * Shows what a service refused on a form bound with {@link Binder}: a problem whose field is a bound property (the form
 * record's component name) goes next to that field, everything else (the whole form, a property no field shows) is
 * returned or notified. The binding by property name is the mapping, so no editor maps field names by hand.
 */
public final class Refusals {

    private Refusals() {
    }

    /**
     * Marks each refused field with its translated message.
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
        List<String> rest = new ArrayList<>();
        for (FieldProblem problem : refused.problems()) {
            String message = message(owner, problem);
            Object field = problem.wholeForm() ? null
                    : binder.getBinding(problem.field()).<Object>map(Binder.Binding::getField)
                            .orElseGet(() -> unbound.apply(problem.field()));
            if (field instanceof HasValidation validated) {
                validated.setErrorMessage(message);
                validated.setInvalid(true);
            } else {
                rest.add(message);
            }
        }
        return rest;
    }

    /** Like {@link #show}, with the messages no field shows in an error notification. */
    public static void showOrNotify(Binder<?> binder, Refused refused, Component owner) {
        List<String> rest = show(binder, refused, owner);
        if (!rest.isEmpty()) {
            Notification.show(String.join(" ", rest)).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
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
}
