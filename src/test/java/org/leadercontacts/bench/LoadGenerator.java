package org.leadercontacts.bench;

import java.io.IOException;
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
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

import io.vertx.core.json.JsonObject;

/**
 * Measures each operation in graphql/examples/ against a running service: requests per second and
 * latency percentiles at a fixed concurrency (closed loop, keep-alive connections), errors, and the
 * throughput of the precomputed-bytes endpoint serving the same response, measured in the same run.
 * A benchmark, not a test: run it through bench/run.sh.
 *
 * Arguments: baseUrl examplesDir concurrency warmupSeconds measureSeconds resultsFile (a .md table; a .csv
 * with the same numbers is written next to it) [warmupAllSeconds: first, every operation together, so that the
 * JIT has compiled what they share before any of them is measured]
 *
 * <p>System properties, for measuring a server that is not this service (bench/vs-apollo.sh):
 * {@code -Dbench.precomputed=false} skips the precomputed-bytes reference (an endpoint of this service only);
 * {@code -Dbench.cpuPid=PID} reads that process's CPU time (utime + stime in /proc/PID/stat, in
 * {@code -Dbench.clockTicks} ticks a second, default 100) at the start and end of each measured window and writes
 * {@code operation,cpu_ms,requests,cpu_ms_per_request} to a {@code .cpu.csv} next to the results.
 */
public final class LoadGenerator {

    record Result(String operation, double rps, double p50, double p99, double p999, long errors, double referenceRps,
            int bytes, String firstError) {
    }

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final boolean PRECOMPUTED = Boolean.parseBoolean(System.getProperty("bench.precomputed", "true"));
    private static final String CPU_PID = System.getProperty("bench.cpuPid");
    private static final int CLOCK_TICKS = Integer.getInteger("bench.clockTicks", 100);

    private final StringBuilder cpu = new StringBuilder("operation,cpu_ms,requests,cpu_ms_per_request\n");

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;
    private final int concurrency;
    private final Duration warmup;
    private final Duration measure;

    private LoadGenerator(String baseUrl, int concurrency, Duration warmup, Duration measure) {
        this.baseUrl = baseUrl;
        this.concurrency = concurrency;
        this.warmup = warmup;
        this.measure = measure;
    }

    public static void main(String[] args) throws Exception {
        LoadGenerator generator = new LoadGenerator(args[0], Integer.parseInt(args[2]),
                Duration.ofSeconds(Long.parseLong(args[3])), Duration.ofSeconds(Long.parseLong(args[4])));
        List<Path> examples = examples(Path.of(args[1]));
        Duration warmupAll = Duration.ofSeconds(args.length > 6 ? Long.parseLong(args[6]) : 0);
        if (!warmupAll.isZero()) {
            System.out.printf(Locale.ROOT, "warming up: every operation together for %d s%n", warmupAll.toSeconds());
            generator.warmUp(examples, warmupAll);
        }
        List<Result> results = new ArrayList<>();
        for (Path example : examples) {
            results.add(generator.run(example));
        }
        String table = table(results, generator);
        System.out.println(table);
        Files.writeString(Path.of(args[5]), table, StandardCharsets.UTF_8);
        StringBuilder csv = new StringBuilder("operation,rps,p50,p99,p999,errors,precomputed,bytes\n");
        results.forEach(r -> csv.append(String.format(Locale.ROOT, "%s,%.1f,%.3f,%.3f,%.3f,%d,%.1f,%d%n", r.operation(),
                r.rps(), r.p50(), r.p99(), r.p999(), r.errors(), r.referenceRps(), r.bytes())));
        Files.writeString(Path.of(args[5].replaceFirst("\\.md$", "") + ".csv"), csv, StandardCharsets.UTF_8);
        if (CPU_PID != null) {
            Files.writeString(Path.of(args[5].replaceFirst("\\.md$", "") + ".cpu.csv"), generator.cpu,
                    StandardCharsets.UTF_8);
        }
    }

    /** CPU time the measured process has used so far, in milliseconds (fields 14 and 15 of /proc/PID/stat). */
    private static long cpuMillis() throws IOException {
        String stat = Files.readString(Path.of("/proc", CPU_PID, "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 1000 / CLOCK_TICKS;
    }

    private static List<Path> examples(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(p -> p.toString().endsWith(".graphql")).sorted().toList();
        }
    }

    /** Each user sends the operations in turn, so all of them run the whole time. */
    private void warmUp(List<Path> examples, Duration duration) throws Exception {
        List<HttpRequest> requests = new ArrayList<>();
        for (Path example : examples) {
            requests.add(request(example));
        }
        long end = System.nanoTime() + duration.toNanos();
        ExecutorService users = Executors.newFixedThreadPool(concurrency);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < concurrency; i++) {
                int first = i;
                running.add(users.submit(() -> {
                    for (int next = first; System.nanoTime() < end; next++) {
                        try {
                            client.send(requests.get(next % requests.size()), HttpResponse.BodyHandlers.discarding());
                        } catch (IOException e) {
                            // Counted in the measured runs, not here.
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> user : running) {
                user.get();
            }
        } finally {
            users.shutdownNow();
        }
    }

    private static String body(Path example) throws IOException {
        String name = example.getFileName().toString().replace(".graphql", "");
        Path variablesFile = example.resolveSibling(name + ".variables.json");
        JsonObject body = new JsonObject().put("query", Files.readString(example));
        if (Files.exists(variablesFile)) {
            body.put("variables", new JsonObject(Files.readString(variablesFile)));
        }
        return body.encode();
    }

    private HttpRequest request(Path example) throws IOException {
        // A request that outlives the service's own execution limit (10 s) by far counts as an error.
        return HttpRequest.newBuilder(URI.create(baseUrl + "/graphql")).timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body(example))).build();
    }

    private Result run(Path example) throws Exception {
        String name = example.getFileName().toString().replace(".graphql", "");
        HttpRequest graphql = request(example);
        HttpResponse<byte[]> answer = client.send(graphql, HttpResponse.BodyHandlers.ofByteArray());
        load(graphql, warmup);
        long cpuBefore = CPU_PID != null ? cpuMillis() : 0;
        Measurement operation = load(graphql, measure);
        if (CPU_PID != null) {
            long used = cpuMillis() - cpuBefore;
            long requests = Math.round(operation.rps() * measure.toSeconds());
            cpu.append(String.format(Locale.ROOT, "%s,%d,%d,%.3f%n", name, used, requests,
                    requests == 0 ? 0.0 : used / (double) requests));
        }
        Measurement precomputed = PRECOMPUTED ? precomputed(name, answer.body(), body(example))
                : new Measurement(Double.NaN, null, 0, null);
        Histogram latency = operation.latency();
        Result result = new Result(name, operation.rps(), latency.getValueAtPercentile(50) / 1000.0,
                latency.getValueAtPercentile(99) / 1000.0, latency.getValueAtPercentile(99.9) / 1000.0,
                operation.errors(), precomputed.rps(), answer.body().length, operation.firstError());
        System.out.printf(Locale.ROOT, "%-24s %9.0f req/s  p50 %7.2f ms  p99 %7.2f ms  errors %d  (precomputed %9.0f req/s)%n",
                name, result.rps(), result.p50(), result.p99(), result.errors(), result.referenceRps());
        if (operation.firstError() != null) {
            System.out.println("  first error: " + operation.firstError());
        }
        return result;
    }

    /** The precomputed-bytes endpoint of this service serving {@code answer}: the reference throughput. */
    private Measurement precomputed(String name, byte[] answer, String body) throws Exception {
        client.send(HttpRequest.newBuilder(URI.create(baseUrl + "/bench/precomputed/" + name))
                .PUT(HttpRequest.BodyPublishers.ofByteArray(answer)).build(), HttpResponse.BodyHandlers.discarding());
        HttpRequest reference = HttpRequest.newBuilder(URI.create(baseUrl + "/bench/precomputed/" + name))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        load(reference, warmup);
        return load(reference, measure);
    }

    /** {@code firstError} says what went wrong the first time (status and body, or the exception), or null. */
    record Measurement(double rps, Histogram latency, long errors, String firstError) {
    }

    /** Closed loop: each of {@code concurrency} users sends the next request when the last one answered. */
    private Measurement load(HttpRequest request, Duration duration) throws Exception {
        Recorder recorder = new Recorder(3);
        AtomicLong completed = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        AtomicReference<String> firstError = new AtomicReference<>();
        long end = System.nanoTime() + duration.toNanos();
        ExecutorService users = Executors.newFixedThreadPool(concurrency);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < concurrency; i++) {
                running.add(users.submit(() -> {
                    while (System.nanoTime() < end) {
                        long start = System.nanoTime();
                        try {
                            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                            if (response.statusCode() != 200 || response.body().contains("\"errors\"")) {
                                errors.incrementAndGet();
                                String body = response.body();
                                firstError.compareAndSet(null, "HTTP " + response.statusCode() + ": "
                                        + body.substring(0, Math.min(300, body.length())));
                            }
                        } catch (IOException e) {
                            errors.incrementAndGet();
                            firstError.compareAndSet(null, e.toString());
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return;
                        }
                        recorder.recordValue(Math.max(1, (System.nanoTime() - start) / 1000));
                        completed.incrementAndGet();
                    }
                }));
            }
            for (Future<?> user : running) {
                user.get();
            }
        } finally {
            users.shutdownNow();
        }
        return new Measurement(completed.get() / (double) duration.toSeconds(), recorder.getIntervalHistogram(),
                errors.get(), firstError.get());
    }

    private static String table(List<Result> results, LoadGenerator generator) {
        StringBuilder table = new StringBuilder();
        table.append(String.format(Locale.ROOT, "Concurrency %d, warm-up %d s, measured %d s per operation.%n%n",
                generator.concurrency, generator.warmup.toSeconds(), generator.measure.toSeconds()));
        table.append("| operation | response bytes | req/s | p50 ms | p99 ms | p99.9 ms | errors | precomputed req/s | ratio |\n");
        table.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Result r : results) {
            table.append(String.format(Locale.ROOT, "| %s | %d | %.0f | %.2f | %.2f | %.2f | %d | %.0f | %.2f |%n",
                    r.operation(), r.bytes(), r.rps(), r.p50(), r.p99(), r.p999(), r.errors(), r.referenceRps(),
                    r.rps() / r.referenceRps()));
        }
        for (Result r : results) {
            if (r.firstError() != null) {
                table.append(String.format("%nFirst error of %s: `%s`%n", r.operation(),
                        r.firstError().replace('`', '\'').replaceAll("\\s+", " ")));
            }
        }
        return table.toString();
    }
}
