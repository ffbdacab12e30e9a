package org.leadercontacts.outage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.sql.SQLException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

import org.h2.tools.Server;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * Points the datasource at a {@link TcpProxy} in front of the database this build uses: PostgreSQL (the
 * {@code -Ppostgres} run, at the URL that run is given) or an H2 server reached over TCP, since the embedded in-memory
 * H2 of the default run has no connection that could fail. Quarkus asks for the configuration from more than one class
 * loader, so the proxy is started once and reached by its platform MBean, which all of them share.
 */
public class BehindAProxy implements QuarkusTestProfile {

    private static final Pattern POSTGRES_URL = Pattern.compile("jdbc:postgresql://([^:/]+)(?::(\\d+))?/(.*)");
    private static final ObjectName PROXY = name("org.leadercontacts.test:type=DatabaseProxy");

    /** What the test switches: the proxy's state and the URL that leads through it. */
    public interface DatabaseProxyMXBean {
        String getUrl();

        void cut();

        void restore();
    }

    /**
     * Quarkus gives PostgreSQL's pool an exception sorter that drops a connection once it failed with a connection
     * error; H2's has none (embedded H2 never loses its connections), so here broken connections would stay in the
     * pool and fail again. Validating them on borrow does for H2 what the sorter does for PostgreSQL.
     */
    @Override
    public Map<String, String> getConfigOverrides() {
        return postgres() ? Map.of("quarkus.datasource.jdbc.url", url())
                : Map.of("quarkus.datasource.jdbc.url", url(), "quarkus.datasource.jdbc.validate-on-borrow", "true");
    }

    private static boolean postgres() {
        return System.getProperty("quarkus.test.profile", "").contains("postgres");
    }

    /** Lets connections through (true) or cuts them (false). */
    static void databaseReachable(boolean reachable) {
        try {
            server().invoke(PROXY, reachable ? "restore" : "cut", null, null);
        } catch (JMException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String url() {
        synchronized (BehindAProxy.class.getName().intern()) {
            try {
                if (!server().isRegistered(PROXY)) {
                    server().registerMBean(start(), PROXY);
                }
                return (String) server().getAttribute(PROXY, "Url");
            } catch (JMException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static DatabaseProxyMXBean start() {
        try {
            TcpProxy proxy;
            String url;
            if (postgres()) {
                Matcher postgres = POSTGRES_URL.matcher(System.getProperty("quarkus.datasource.jdbc.url",
                        "jdbc:postgresql://127.0.0.1:5432/test"));
                if (!postgres.matches()) {
                    throw new IllegalStateException("not a PostgreSQL URL: " + postgres);
                }
                proxy = new TcpProxy(postgres.group(1), postgres.group(2) == null ? 5432 : Integer.parseInt(postgres.group(2)));
                url = "jdbc:postgresql://127.0.0.1:" + proxy.port() + "/" + postgres.group(3);
            } else {
                int h2Port = freePort();
                Server.createTcpServer("-tcpPort", String.valueOf(h2Port), "-ifNotExists").start();
                proxy = new TcpProxy("127.0.0.1", h2Port);
                url = "jdbc:h2:tcp://127.0.0.1:" + proxy.port() + "/mem:outage;DB_CLOSE_DELAY=-1";
            }
            return new DatabaseProxyMXBean() {
                @Override
                public String getUrl() {
                    return url;
                }

                @Override
                public void cut() {
                    proxy.cut();
                }

                @Override
                public void restore() {
                    proxy.restore();
                }
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static MBeanServer server() {
        return ManagementFactory.getPlatformMBeanServer();
    }

    private static ObjectName name(String name) {
        try {
            return new ObjectName(name);
        } catch (JMException e) {
            throw new IllegalStateException(e);
        }
    }
}
