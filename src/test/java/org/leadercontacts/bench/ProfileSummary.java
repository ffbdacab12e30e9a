package org.leadercontacts.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the CPU went, from a Java Flight Recorder file: execution samples grouped by the library
 * that was running (the first non-JDK frame from the top of each stack), with class loading counted
 * on its own. It turns a profile into a table for bench/results.md.
 *
 * Arguments: recording.jfr title resultsFile (the table is appended)
 */
public final class ProfileSummary {

    private static final Map<String, String> LIBRARIES = new LinkedHashMap<>();

    static {
        LIBRARIES.put("org.leadercontacts.", "this service (org.leadercontacts)");
        LIBRARIES.put("org.hibernate.", "Hibernate ORM");
        LIBRARIES.put("org.h2.", "H2 database");
        LIBRARIES.put("org.postgresql.", "PostgreSQL JDBC driver");
        LIBRARIES.put("org.flywaydb.", "Flyway");
        LIBRARIES.put("io.agroal.", "Agroal (connection pool)");
        LIBRARIES.put("graphql.", "graphql-java");
        LIBRARIES.put("io.smallrye.graphql.", "SmallRye GraphQL");
        LIBRARIES.put("org.apache.lucene.", "Lucene");
        LIBRARIES.put("io.netty.", "Netty");
        LIBRARIES.put("io.vertx.", "Vert.x");
        LIBRARIES.put("io.micrometer.", "Micrometer");
        LIBRARIES.put("io.opentelemetry.", "OpenTelemetry");
        LIBRARIES.put("com.fasterxml.jackson.", "Jackson");
        LIBRARIES.put("org.eclipse.yasson.", "JSON-B/JSON-P (Yasson, Parsson)");
        LIBRARIES.put("org.eclipse.parsson.", "JSON-B/JSON-P (Yasson, Parsson)");
        LIBRARIES.put("io.quarkus.", "Quarkus");
        LIBRARIES.put("io.smallrye.", "SmallRye (config, context, mutiny, JWT)");
        LIBRARIES.put("org.jboss.", "JBoss (logging, threads, Narayana)");
        LIBRARIES.put("com.arjuna.", "JBoss (logging, threads, Narayana)");
    }

    private ProfileSummary() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, Integer> samples = new TreeMap<>();
        int total = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(Path.of(args[0]))) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample")) {
                continue;
            }
            RecordedStackTrace stack = event.getStackTrace();
            if (stack == null) {
                continue;
            }
            samples.merge(bucket(stack.getFrames()), 1, Integer::sum);
            total++;
        }
        StringBuilder table = new StringBuilder("\n" + args[1] + " (" + total + " CPU samples):\n\n"
                + "| where | samples | share |\n|---|---:|---:|\n");
        int all = Math.max(total, 1);
        samples.entrySet().stream().sorted(Map.Entry.<String, Integer> comparingByValue().reversed())
                .forEach(e -> table.append(String.format(Locale.ROOT, "| %s | %d | %.0f %% |%n", e.getKey(), e.getValue(),
                        100.0 * e.getValue() / all)));
        System.out.print(table);
        Files.writeString(Path.of(args[2]), table, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.APPEND);
    }

    private static String bucket(List<RecordedFrame> frames) {
        for (RecordedFrame frame : frames) {
            String method = frame.getMethod().getName();
            String type = frame.getMethod().getType().getName();
            if ((type.equals("java.lang.ClassLoader") && method.equals("defineClass1"))
                    || type.startsWith("jdk.internal.loader.") || method.equals("loadClass")) {
                return "class loading and linking";
            }
        }
        for (RecordedFrame frame : frames) {
            String type = frame.getMethod().getType().getName();
            for (Map.Entry<String, String> library : LIBRARIES.entrySet()) {
                if (type.startsWith(library.getKey())) {
                    return library.getValue();
                }
            }
        }
        return "JDK only (no library frame on the stack)";
    }
}
