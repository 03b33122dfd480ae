package org.healthequity.exchange.shared.db;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseOutageTest {

    @Test
    void aPoolThatCannotConnectIsAnOutage() {
        var timeout = new SQLTransientConnectionException("exchange - Connection is not available, request timed out");
        assertThat(DatabaseOutage.isCause(new CannotCreateTransactionException("Could not open JPA EntityManager",
                timeout))).isTrue();
        assertThat(DatabaseOutage.isCause(new IllegalStateException(new ConnectException("Connection refused"))))
                .isTrue();
    }

    @Test
    void aConnectionTerminatedByAServerShuttingDownIsAnOutageHoweverDeeplyWrapped() {
        var terminated = new SQLException("terminating connection due to administrator command", "57P01");
        assertThat(DatabaseOutage.isCause(new JpaSystemException(new RuntimeException("wrapped", terminated))))
                .isTrue();
        assertThat(DatabaseOutage.isCause(new RuntimeException(new SQLException("This connection has been closed.",
                "08003")))).isTrue();
    }

    @Test
    void aRollbackOnAConnectionThePoolAlreadyDroppedIsAnOutage() {
        var closed = new SQLException("Connection is closed");
        closed.setStackTrace(new StackTraceElement[] {new StackTraceElement(
                "com.zaxxer.hikari.pool.ProxyConnection$ClosedConnection", "lambda$getClosedConnection$0",
                "ProxyConnection.java", 559)});
        assertThat(DatabaseOutage.isCause(new JpaSystemException(new RuntimeException(
                "Unable to rollback against JDBC Connection", closed)))).isTrue();
        assertThat(DatabaseOutage.isCause(new SQLException("Connection is closed"))).isFalse();
    }

    @Test
    void aRefusedStatementOrAProgrammingErrorIsNot() {
        assertThat(DatabaseOutage.isCause(new DataIntegrityViolationException("duplicate key",
                new SQLException("duplicate key value", "23505")))).isFalse();
        assertThat(DatabaseOutage.isCause(new IllegalStateException("bug"))).isFalse();
        assertThat(DatabaseOutage.isCause(null)).isFalse();
    }
}
