package org.healthequity.exchange.shared.db;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a failure caused by the database being unreachable (stopped, restarting, failing over, its connections
 * terminated) from every other failure. Such a failure is temporary: the person's input is kept and the same action
 * succeeds once the database answers again, so the portal says "briefly unavailable" instead of showing an error page.
 */
public final class DatabaseOutage {

    /**
     * SQL states of a lost or refused connection: class 08 (connection exception), 57P01-57P03 (the server shuts down,
     * crashed or is starting), 53300 (too many connections, typically while a restarted server fills up again).
     */
    private static final Set<String> OUTAGE_STATES = Set.of("57P01", "57P02", "57P03", "53300");

    private static final String HIKARI_CLOSED_CONNECTION = "com.zaxxer.hikari.pool.ProxyConnection$ClosedConnection";

    private DatabaseOutage() {
    }

    /** Whether the failure, or anything that caused it, says the database could not be reached. */
    public static boolean isCause(@Nullable Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable cause = failure; cause != null && seen.put(cause, true) == null; cause = cause.getCause()) {
            if (isOutage(cause)) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getNextException() != null
                    && isOutage(sql.getNextException())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isOutage(Throwable failure) {
        if (failure instanceof CannotCreateTransactionException
                || failure instanceof DataAccessResourceFailureException
                || failure instanceof SQLTransientConnectionException
                || failure instanceof SQLRecoverableException
                || failure instanceof ConnectException) {
            return true;
        }
        if (failure instanceof SQLException sql) {
            String state = sql.getSQLState();
            return state == null ? isEvictedConnection(sql) : state.startsWith("08") || OUTAGE_STATES.contains(state);
        }
        return false;
    }

    /**
     * Hikari's answer on a connection it has already dropped as broken (it carries no SQL state). It is what a
     * transaction's rollback meets after its connection was cut, and that rollback failure replaces the original one.
     */
    private static boolean isEvictedConnection(SQLException failure) {
        StackTraceElement[] frames = failure.getStackTrace();
        return frames.length > 0 && frames[0].getClassName().equals(HIKARI_CLOSED_CONNECTION);
    }
}
