package org.leadercontacts.http;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leadercontacts.GraphQLClient;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;

/**
 * Clients that hang up: a browser navigating away, a timeout, a mobile network drop. Hundreds of requests are
 * aborted at every stage (mid-body, right after the body, mid-execution), with a reset (RST) and with an orderly
 * close (FIN). Afterwards every database connection is back in the pool, queries answer, and nothing was logged
 * as an error.
 */
@QuarkusTest
class ClientDisconnectTests {

    /** Uncached (a fresh alias each time) and heavy enough at seed size to be mid-execution when the client leaves. */
    private static final String TIMELINE = "{ %s: conversations(first: 20) { totalCount edges { node { title "
            + "participants { leader { name aliases { text source { before after document { publisher } } } "
            + "offices { title } } } sources { document { publisher text citations { name } } excerpt { text } } "
            + "statements(first: 20) { edges { node { text versions { text } topics { name } } } } } } } }";

    @ConfigProperty(name = "quarkus.http.test-port", defaultValue = "8081")
    int port;

    @ConfigProperty(name = "quarkus.datasource.jdbc.max-size", defaultValue = "20")
    int poolSize;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    MeterRegistry registry;

    private final List<LogRecord> errors = new CopyOnWriteArrayList<>();
    private final Handler errorCollector = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.SEVERE.intValue()) {
                errors.add(record);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void collectErrors() {
        java.util.logging.Logger.getLogger("").addHandler(errorCollector);
    }

    @AfterEach
    void stopCollecting() {
        java.util.logging.Logger.getLogger("").removeHandler(errorCollector);
    }

    @Test
    void abortedRequestsGiveBackEveryConnectionAndLogNoError() throws Exception {
        Random random = new Random(20261204);
        int aborted = 0;
        for (int i = 0; i < 360; i++) {
            boolean reset = i % 2 == 0;
            switch (i % 3) {
                case 0 -> abort(port, body(i), body(i).length / 2, 0, reset);
                case 1 -> abort(port, body(i), body(i).length, 0, reset);
                default -> abort(port, body(i), body(i).length, 1 + random.nextInt(25), reset);
            }
            aborted++;
        }
        assertEquals(360, aborted);

        Gauges.await(registry, "graphql.requests.executing", 0);
        assertEveryConnectionCanBeTaken();
        GraphQLClient.graphql("{ conversations(first: 1) { totalCount } } # after " + System.nanoTime())
                .statusCode(200).body("data.conversations.totalCount", equalTo(totalConversations()));
        assertTrue(errors.isEmpty(), "a client leaving is not a server error; logged: " + describe(errors));
    }

    @Test
    void requestsAbortedWhileManyRunAtOnceLeaveAHealthyPool() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> clients = new ArrayList<>();
        for (int c = 0; c < 8; c++) {
            int client = c;
            clients.add(pool.submit(() -> {
                Random random = new Random(client);
                for (int i = 0; i < 30; i++) {
                    byte[] body = body(client * 1000 + i);
                    try {
                        abort(port, body, body.length, random.nextInt(15), random.nextBoolean());
                    } catch (IOException | InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }));
        }
        for (Future<?> client : clients) {
            client.get(2, TimeUnit.MINUTES);
        }
        pool.shutdown();
        Gauges.await(registry, "graphql.requests.executing", 0);
        assertEveryConnectionCanBeTaken();
        assertTrue(errors.isEmpty(), "a client leaving is not a server error; logged: " + describe(errors));
    }

    /** Sends a request (or its first {@code bytesSent} bytes), waits, and hangs up with a FIN or a RST. */
    static void abort(int port, byte[] body, int bytesSent, int waitMillis, boolean reset)
            throws IOException, InterruptedException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body, 0, bytesSent);
            out.flush();
            if (waitMillis > 0) {
                Thread.sleep(waitMillis);
            }
            if (reset) {
                socket.setSoLinger(true, 0);
            }
        }
    }

    private static byte[] body(int i) {
        return new JsonObject().put("query", TIMELINE.formatted("t" + i + "_" + System.nanoTime())).encode()
                .getBytes(StandardCharsets.UTF_8);
    }

    /** Every connection of the pool can be taken at once: none is held by a request that is gone. */
    private void assertEveryConnectionCanBeTaken() throws SQLException {
        List<Connection> taken = new ArrayList<>();
        try {
            for (int i = 0; i < poolSize; i++) {
                Connection connection = dataSource.getConnection();
                assertTrue(connection.isValid(2), "connection " + i + " works");
                taken.add(connection);
            }
            assertEquals(poolSize, taken.size());
        } finally {
            for (Connection connection : taken) {
                connection.close();
            }
        }
    }

    private static int totalConversations() {
        return GraphQLClient.graphql("{ conversations(first: 1) { totalCount } }").statusCode(200).extract()
                .path("data.conversations.totalCount");
    }

    private static String describe(List<LogRecord> records) {
        return records.stream().limit(3).map(r -> r.getLoggerName() + ": " + r.getMessage()
                + (r.getThrown() == null ? "" : " (" + r.getThrown() + ")")).toList() + " of " + records.size();
    }
}
