package org.leadercontacts.health;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** A pool whose connections are all held and never handed out again makes the replica not live, so it is restarted. */
@QuarkusTest
@TestProfile(ConnectionPoolLivenessTests.StuckAfterOneSecond.class)
class ConnectionPoolLivenessTests {

    public static class StuckAfterOneSecond implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("contacts.health.stuck-pool-after", "1s");
        }
    }

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aPoolHeldFullWithoutHandingOutIsNotLiveAndRecovers() throws Exception {
        live("UP");
        int maxSize = dataSource.getConfiguration().connectionPoolConfiguration().maxSize();
        List<Connection> held = new ArrayList<>();
        try {
            for (int i = 0; i < maxSize; i++) {
                held.add(dataSource.getConnection());
            }
            live("UP");
            Thread.sleep(1_500);
            live("DOWN");
        } finally {
            for (Connection connection : held) {
                connection.close();
            }
        }
        live("UP");
    }

    private static void live(String status) {
        given().get("/q/health/live").then().statusCode(status.equals("UP") ? 200 : 503)
                .body("checks.find { it.name == 'connection-pool' }.status", equalTo(status));
    }
}
