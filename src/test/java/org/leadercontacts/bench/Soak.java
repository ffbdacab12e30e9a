package org.leadercontacts.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.vertx.core.json.JsonObject;

/**
 * A soak of a running service: for a fixed time, clients send every example operation (half of them made
 * uncacheable), heavy but legal queries, hostile requests, and requests they abandon mid-flight with a reset or
 * an orderly close. Every few seconds it samples the connection pool and memory from /q/metrics. It counts
 * answers by status and internal errors, and writes a report. Not a test: bench/soak.sh runs it and judges it.
 *
 * Arguments: baseUrl examplesDir seconds clients reportFile
 */
public final class Soak {

    private static final Pattern METRIC = Pattern.compile("^([a-z_]+)(\\{[^}]*})? ([0-9.eE+-]+)$");

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final URI graphql;
    private final URI metrics;
    private final int port;
    private final List<String> bodies = new ArrayList<>();
    private final Map<String, AtomicLong> counts = new ConcurrentHashMap<>();
    private final List<String> firstProblems = new ArrayList<>();

    private Soak(String baseUrl, Path examples) throws IOException {
        graphql = URI.create(baseUrl + "/graphql");
        metrics = URI.create(baseUrl + "/q/metrics");
        port = graphql.getPort();
        try (Stream<Path> files = Files.list(examples)) {
            for (Path example : files.filter(p -> p.toString().endsWith(".graphql")).sorted().toList()) {
                Path variables = example.resolveSibling(example.getFileName().toString().replace(".graphql",
                        ".variables.json"));
                JsonObject body = new JsonObject().put("query", Files.readString(example));
                if (Files.exists(variables)) {
                    body.put("variables", new JsonObject(Files.readString(variables)));
                }
                bodies.add(body.encode());
            }
        }
    }

    public static void main(String[] args) throws Exception {
        Soak soak = new Soak(args[0], Path.of(args[1]));
        Duration length = Duration.ofSeconds(Long.parseLong(args[2]));
        int clients = Integer.parseInt(args[3]);
        String report = soak.run(length, clients);
        Files.writeString(Path.of(args[4]), report, StandardCharsets.UTF_8);
        System.out.print(report);
    }

    private String run(Duration length, int clients) throws Exception {
        long end = System.nanoTime() + length.toNanos();
        List<Map<String, Double>> samples = new ArrayList<>();
        samples.add(sample());
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            running.add(pool.submit(() -> {
                Random random = new Random(client);
                while (System.nanoTime() < end) {
                    oneRequest(client, random);
                }
                return null;
            }));
        }
        while (System.nanoTime() < end) {
            Thread.sleep(Math.min(5_000, Math.max(1, (end - System.nanoTime()) / 1_000_000)));
            samples.add(sample());
        }
        for (Future<?> future : running) {
            future.get();
        }
        pool.shutdown();
        Thread.sleep(2_000);
        samples.add(sample());
        return report(length, clients, samples);
    }

    /** One request of a kind drawn by the client's role: most are ordinary, some heavy, hostile or abandoned. */
    private void oneRequest(int client, Random random) {
        try {
            switch (client % 4) {
                case 0, 1 -> {
                    String body = bodies.get(random.nextInt(bodies.size()));
                    send("example", random.nextBoolean() ? body : uncached(body, random));
                }
                case 2 -> {
                    boolean heavy = random.nextBoolean();
                    send(heavy ? "heavy" : "hostile", heavy ? heavy(random) : hostile(random));
                }
                default -> abandon(uncached(bodies.get(random.nextInt(bodies.size())), random), random);
            }
        } catch (IOException e) {
            count("client error: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void send(String kind, String body) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(graphql).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        int status = response.statusCode();
        count(kind + " " + status / 100 + "xx");
        if (status >= 500 && !isBusyOrTimeout(response.body())) {
            problem(kind + " " + status + ": " + shorten(response.body()));
            count("5xx not TIMEOUT or busy");
        }
        if (response.body().contains("Internal server error")) {
            problem(kind + " internal error: " + shorten(response.body()));
            count("internal errors");
        }
    }

    private static boolean isBusyOrTimeout(String body) {
        return body.contains("\"TIMEOUT\"") || body.contains("\"reason\":\"busy\"");
    }

    /** Sends a request and hangs up at a random moment: mid-body, right after it, or while it runs. */
    private void abandon(String body, Random random) throws IOException, InterruptedException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket(graphql.getHost(), port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: "
                    + bytes.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(bytes, 0, random.nextInt(4) == 0 ? bytes.length / 2 : bytes.length);
            out.flush();
            Thread.sleep(random.nextInt(30));
            if (random.nextBoolean()) {
                socket.setSoLinger(true, 0);
            }
        }
        count("abandoned");
    }

    private static String uncached(String body, Random random) {
        JsonObject json = new JsonObject(body);
        return json.put("query", json.getString("query") + "\n# " + random.nextLong()).encode();
    }

    /** Legal but large: a hundred statements with their documents' full texts, or a large page of search hits. */
    private static String heavy(Random random) {
        String query = random.nextBoolean()
                ? "{ statements(first: 100) { edges { node { text speaker { name } source { before(chars: 400) "
                        + "after(chars: 400) document { text } } } } } }"
                : "{ documents(first: 100) { edges { node { title text } } } }";
        return new JsonObject().put("query", query + " # " + random.nextLong()).encode();
    }

    /** Requests an attacker or a careless client sends: each must be a clear client error. */
    private static String hostile(Random random) {
        StringBuilder aliases = new StringBuilder("{");
        for (int i = 0; i < 9; i++) {
            aliases.append(" s").append(i).append(": statements(first: 100) { edges { node { source { document { text "
                    + "} } } } }");
        }
        return switch (random.nextInt(6)) {
            case 0 -> new JsonObject().put("query", aliases.append(" }").toString()).encode();
            case 1 -> "{\"query\": \"query($v: String) { topics { totalCount } }\", \"variables\": {\"v\": "
                    + "[".repeat(600) + "]".repeat(600) + "}}";
            case 2 -> new JsonObject().put("query", "{ search(text: \"putin\", first: null) { totalCount } }").encode();
            case 3 -> new JsonObject().put("query", "{ conversations(first: 1, after: \"Y29udmVyc2F0aW9uOjIwMjUtMDItMzA6MQ\")"
                    + " { totalCount } }").encode();
            case 4 -> new JsonObject().put("query", "{ leaders(first: 1000) { totalCount } }").encode();
            default -> "{\"query\": \"{ topics { totalCount " + "__typename ".repeat(2000) + "} }\"}";
        };
    }

    /** The pool, heap and in-flight gauges from /q/metrics. */
    private Map<String, Double> sample() {
        Map<String, Double> values = new ConcurrentHashMap<>();
        values.put("time", (double) System.currentTimeMillis());
        try {
            String text = client.send(HttpRequest.newBuilder(metrics).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            for (String line : text.split("\n")) {
                Matcher metric = METRIC.matcher(line);
                if (!metric.matches()) {
                    continue;
                }
                String name = metric.group(1);
                String labels = metric.group(2) == null ? "" : metric.group(2);
                double value = Double.parseDouble(metric.group(3));
                if (name.startsWith("agroal_active_count") || name.startsWith("agroal_awaiting_count")
                        || name.startsWith("graphql_requests_executing") || name.startsWith("graphql_requests_waiting")) {
                    values.merge(name, value, Double::sum);
                } else if (name.equals("jvm_memory_used_bytes") && labels.contains("area=\"heap\"")) {
                    values.merge("heap_used_mib", value / 1_048_576, Double::sum);
                }
            }
        } catch (IOException e) {
            count("metrics unreachable");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return values;
    }

    private String report(Duration length, int clients, List<Map<String, Double>> samples) {
        StringBuilder out = new StringBuilder("| what | count |\n|---|---:|\n");
        counts.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> out.append("| ").append(e.getKey()).append(" | ").append(e.getValue()).append(" |\n"));
        out.append("\n| sample | seconds | heap used MiB | pool active | pool awaiting | executing | waiting |\n")
                .append("|---:|---:|---:|---:|---:|---:|---:|\n");
        double start = samples.get(0).get("time");
        for (int i = 0; i < samples.size(); i++) {
            Map<String, Double> s = samples.get(i);
            out.append(String.format("| %d | %.0f | %.0f | %.0f | %.0f | %.0f | %.0f |%n", i, (s.get("time") - start)
                    / 1000, s.getOrDefault("heap_used_mib", -1.0), s.getOrDefault("agroal_active_count", -1.0),
                    s.getOrDefault("agroal_awaiting_count", -1.0), s.getOrDefault("graphql_requests_executing", -1.0),
                    s.getOrDefault("graphql_requests_waiting", -1.0)));
        }
        out.append("\nClients: ").append(clients).append(", length: ").append(length.toSeconds()).append(" s.\n");
        synchronized (firstProblems) {
            firstProblems.forEach(p -> out.append("\nProblem: ").append(p));
        }
        return out.append('\n').toString();
    }

    private void count(String what) {
        counts.computeIfAbsent(what, k -> new AtomicLong()).incrementAndGet();
    }

    private void problem(String what) {
        synchronized (firstProblems) {
            if (firstProblems.size() < 10) {
                firstProblems.add(what);
            }
        }
    }

    private static String shorten(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
