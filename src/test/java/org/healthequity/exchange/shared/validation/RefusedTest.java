package org.healthequity.exchange.shared.validation;

import java.util.List;

import org.junit.jupiter.api.Test;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class RefusedTest {

    record Sample(@Size(max = 3, message = "sample.name.too-long") String name, @NotNull Integer age) {
    }

    @Test
    void beanValidationBecomesFieldProblemsNamedByTheRecordsComponents() {
        Validator validator = Validation.buildDefaultValidatorFactory().getValidator();
        var violations = validator.validate(new Sample("Anastasia", null));

        Refused refused = Refused.of(new ConstraintViolationException(violations));

        assertThat(refused.problems()).extracting(Refused.FieldProblem::field, Refused.FieldProblem::messageKey)
                .containsExactlyInAnyOrder(tuple("name", "sample.name.too-long"),
                        tuple("age", "validation.invalid"));
    }

    @Test
    void theMessageNamesTheKeysSoLogsAndTestsReadTheReason() {
        assertThat(new Refused("account.password.wrong-current")).hasMessage("account.password.wrong-current");
        assertThat(new Refused(List.of(new Refused.FieldProblem("a", "k.one"), new Refused.FieldProblem("b", "k.two"))))
                .hasMessage("k.one, k.two");
    }

    @Test
    void aRefusalWithoutProblemsCannotBeMade() {
        assertThatThrownBy(() -> new Refused(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theOneFieldConstructorRefusesTheWholeForm() {
        assertThat(new Refused("moderation.content-changed").first().wholeForm()).isTrue();
    }
}
