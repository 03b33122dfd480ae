package org.healthequity.exchange.shared.ui;

import java.util.List;

import org.healthequity.exchange.shared.validation.Refused;
import org.healthequity.exchange.shared.validation.Refused.FieldProblem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.internal.StateNode;

import static org.assertj.core.api.Assertions.assertThat;

class RefusalsTest {

    /** A form record as the features have them. */
    public record Sample(String name, Integer age) {
    }

    private final TextField name = new TextField("Name");
    private final IntegerField age = new IntegerField("Age");
    private final Binder<Sample> binder = new Binder<>(Sample.class);

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
        binder.bind(name, "name");
        binder.bind(age, "age");
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void aRecordBoundByPropertyNameIsReadAndWrittenWithItsFieldsEditable() throws ValidationException {
        binder.readRecord(new Sample("Ana", 40));
        age.setValue(41);

        assertThat(name.getValue()).isEqualTo("Ana");
        assertThat(name.isReadOnly()).isFalse();
        assertThat(binder.writeRecord()).isEqualTo(new Sample("Ana", 41));
    }

    @Test
    void aFieldProblemGoesNextToTheFieldBoundToItsProperty() {
        List<String> rest = Refusals.show(binder, new Refused("age", "sample.age.range", 120), new Div());

        assertThat(age.isInvalid()).isTrue();
        assertThat(age.getErrorMessage()).contains("sample.age.range");
        assertThat(name.isInvalid()).isFalse();
        assertThat(rest).isEmpty();
    }

    @Test
    void wholeFormAndUnknownFieldProblemsAreReturnedForTheMessageArea() {
        List<String> rest = Refusals.show(binder, new Refused(List.of(new FieldProblem("", "sample.stale"),
                new FieldProblem("nickname", "sample.nickname"))), new Div());

        assertThat(rest).hasSize(2).anySatisfy(m -> assertThat(m).contains("sample.stale"))
                .anySatisfy(m -> assertThat(m).contains("sample.nickname"));
        assertThat(name.isInvalid()).isFalse();
        assertThat(age.isInvalid()).isFalse();
    }

    @Test
    void partsNotBoundOneToOneAreFoundThroughTheFormsOwnLookup() {
        TextArea summary = new TextArea("Summary");

        List<String> rest = Refusals.show(binder, new Refused("summary", "sample.required"), new Div(),
                field -> field.equals("summary") ? summary : null);

        assertThat(summary.isInvalid()).isTrue();
        assertThat(rest).isEmpty();
    }

    @Test
    void clearTakesTheMarksOffBeforeTheNextAttempt() {
        Refusals.show(binder, new Refused("name", "sample.required"), new Div());

        Refusals.clear(binder);

        assertThat(name.isInvalid()).isFalse();
    }

    @Test
    void aRefusalIsAnnouncedAndTheFocusGoesToTheFirstMarkedFieldInTheFormsOrder() {
        Div owner = new Div();
        UI.getCurrent().add(owner, name, age);
        UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations();

        Refusals.show(binder, new Refused(List.of(new FieldProblem("age", "sample.age.range"),
                new FieldProblem("name", "sample.required"))), owner);

        assertThat(focused()).containsExactly(name.getElement().getNode());
        assertThat(NotificationsKt.getNotifications()).hasSize(1);
    }

    @Test
    void anAutosaveOnlyMarksTheFieldsWithoutANotificationOrMovingTheFocus() {
        Div owner = new Div();
        UI.getCurrent().add(owner, name, age);
        UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations();

        Refusals.mark(binder, new Refused("age", "sample.age.range"), owner, field -> null);

        assertThat(age.isInvalid()).isTrue();
        assertThat(focused()).isEmpty();
        assertThat(NotificationsKt.getNotifications()).isEmpty();
    }

    /** The nodes the server asks the browser to focus in the next response. */
    private static List<StateNode> focused() {
        UI.getCurrent().getInternals().getStateTree().runExecutionsBeforeClientResponse();
        return UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .filter(call -> call.getInvocation().getExpression().contains("focus()"))
                .map(PendingJavaScriptInvocation::getOwner).toList();
    }
}
