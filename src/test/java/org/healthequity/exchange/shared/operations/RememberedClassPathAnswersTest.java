package org.healthequity.exchange.shared.operations;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.di.Lookup;

import static org.assertj.core.api.Assertions.assertThat;

class RememberedClassPathAnswersTest {

    private final List<Class<?>> asked = new ArrayList<>();
    private final Lookup vaadins = new Lookup() {
        @Override
        @SuppressWarnings("unchecked")
        public <T> T lookup(Class<T> serviceClass) {
            asked.add(serviceClass);
            return serviceClass == CharSequence.class ? (T) new StringBuilder("made anew") : null;
        }

        @Override
        public <T> Collection<T> lookupAll(Class<T> serviceClass) {
            asked.add(serviceClass);
            return List.of();
        }
    };
    private final Lookup remembering = new RememberedClassPathAnswers.RememberingAbsence(vaadins);

    @Test
    void aServiceTheClassPathLacksIsSearchedForOnce() {
        assertThat(remembering.lookup(Runnable.class)).isNull();
        assertThat(remembering.lookup(Runnable.class)).isNull();

        assertThat(asked).containsExactly(Runnable.class);
    }

    @Test
    void aServiceThatExistsIsAskedOfVaadinEveryTime() {
        CharSequence first = remembering.lookup(CharSequence.class);
        CharSequence second = remembering.lookup(CharSequence.class);

        assertThat(first).isNotSameAs(second);
        assertThat(asked).containsExactly(CharSequence.class, CharSequence.class);
    }
}
