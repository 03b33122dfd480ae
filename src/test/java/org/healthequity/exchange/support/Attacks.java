package org.healthequity.exchange.support;

import java.lang.reflect.Method;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.DynamicTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Calls a service the way an attacker would, with an identifier that belongs to someone else, and says what the call
 * gave away: a refusal (with the module's message key), nothing (an empty answer), or data. Each attack is one dynamic
 * test named by the method and the attack.
 */
public final class Attacks {

    /** An id no row has, to compare the answer for a hidden object with the answer for no object at all. */
    public static final long UNKNOWN = 987_654_321L;

    /** A service call with the identifier under attack. */
    @FunctionalInterface
    public interface Call {
        Object call(long id) throws Exception;
    }

    private Attacks() {
    }

    /**
     * The call with someone else's id must be refused or answer nothing; when {@code existencePrivate}, the answer must
     * be exactly the one for an id that does not exist.
     */
    public static DynamicTest refused(String name, Runnable signIn, long victimId, boolean existencePrivate,
            Call call) {
        return DynamicTest.dynamicTest(name, () -> {
            SecurityContextHolder.clearContext();
            signIn.run();
            String hidden = outcome(call, victimId);
            assertThat(hidden).as(name + " must not give the data away").matches("refused.*|nothing");
            if (existencePrivate) {
                SecurityContextHolder.clearContext();
                signIn.run();
                assertThat(hidden).as(name + " must answer as for an id that does not exist")
                        .isEqualTo(outcome(call, UNKNOWN));
            }
            SecurityContextHolder.clearContext();
        });
    }

    /** A void service call, for {@link #refused}: finishing normally means the attack succeeded. */
    public static Object done() {
        return "done";
    }

    /** What the caller learns from one call. */
    public static String outcome(Call call, long id) {
        Object result;
        try {
            result = call.call(id);
        } catch (AccessDeniedException e) {
            return "refused";
        } catch (Exception e) {
            return "refused:" + e.getClass().getSimpleName() + ":" + key(e);
        }
        if (result == null || result instanceof Optional<?> o && o.isEmpty()
                || result instanceof Collection<?> c && c.isEmpty() || result instanceof Map<?, ?> m && m.isEmpty()
                || Boolean.FALSE.equals(result)) {
            return "nothing";
        }
        return "data: " + result;
    }

    private static String key(Exception e) {
        for (String name : new String[] {"messageKey", "firstMessageKey", "first"}) {
            try {
                Method method = e.getClass().getMethod(name);
                Object value = method.invoke(e);
                return String.valueOf(value);
            } catch (ReflectiveOperationException ignored) {
                // try the next accessor
            }
        }
        return String.valueOf(e.getMessage());
    }
}
