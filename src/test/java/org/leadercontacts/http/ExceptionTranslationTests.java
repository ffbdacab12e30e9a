package org.leadercontacts.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.CompletionException;

import org.hibernate.exception.JDBCConnectionException;
import org.hibernate.exception.SQLGrammarException;
import org.junit.jupiter.api.Test;
import org.leadercontacts.common.InvalidInputException;

import graphql.schema.CoercingParseValueException;
import io.smallrye.graphql.api.ErrorCode;

/**
 * Every exception that reaches GraphQL gets a documented code: SmallRye GraphQL derived codes such as
 * "null-pointer" or "date-time-parse" from the class name of whatever was thrown.
 */
class ExceptionTranslationTests {

    @Test
    void theApplicationsOwnErrorsKeepTheirCodes() {
        InvalidInputException invalid = new InvalidInputException("bad");
        assertSame(invalid, ExceptionTranslation.translate(invalid));
        assertSame(invalid, ExceptionTranslation.translate(new CompletionException(invalid)));
    }

    @Test
    void anythingUnforeseenIsAnInternalServerError() {
        assertEquals("INTERNAL_SERVER_ERROR", code(new NullPointerException()));
        assertEquals("INTERNAL_SERVER_ERROR", code(new IllegalStateException("x")));
        assertEquals("INTERNAL_SERVER_ERROR", code(new SQLGrammarException("bad SQL", new SQLException("x", "42601"))));
    }

    @Test
    void anUnreachableDatabaseIsServiceUnavailable() {
        assertEquals("SERVICE_UNAVAILABLE", code(new JDBCConnectionException("x", new SQLException("refused", "08001"))));
        assertEquals("SERVICE_UNAVAILABLE", code(new RuntimeException(new SQLException("I/O error", "08006"))));
        assertEquals("SERVICE_UNAVAILABLE", code(new RuntimeException(new SQLTransientConnectionException("broken"))));
        assertEquals("INTERNAL_SERVER_ERROR", code(new RuntimeException(new ConnectException("not a database"))));
    }

    @Test
    void aValueAScalarRejectedIsBadUserInput() {
        assertEquals("BAD_USER_INPUT", code(new CoercingParseValueException("Not a date")));
    }

    private static String code(Throwable thrown) {
        return ExceptionTranslation.translate(thrown).getClass().getAnnotation(ErrorCode.class).value();
    }
}
