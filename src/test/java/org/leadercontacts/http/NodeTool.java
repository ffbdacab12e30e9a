package org.leadercontacts.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Runs a script of the test tooling in {@code src/test/browser} (real clients: headless Chromium, Apollo Client)
 * under node and returns the JSON it prints. Node, {@code npm ci} in that folder and Chromium are prerequisites
 * that {@code .ci/run} installs; a missing one fails the test with what to install, it never skips it.
 */
final class NodeTool {

    static final Path FOLDER = Path.of(System.getProperty("user.dir"), "src", "test", "browser");

    private NodeTool() {
    }

    static JsonNode run(String script, String... args) {
        return start(script, args).result();
    }

    /** Starts a script that prints {@code ready} on stderr when the test may act, and its JSON result on stdout. */
    static Running start(String script, String... args) {
        assertTrue(Files.isDirectory(FOLDER.resolve("node_modules")), "The test tooling is not installed: run "
                + "`npm ci` in " + FOLDER + " (needs node and npm; .ci/run does it)");
        List<String> command = new ArrayList<>(List.of("node", script));
        command.addAll(List.of(args));
        try {
            return new Running(script, new ProcessBuilder(command).directory(FOLDER.toFile()).start());
        } catch (IOException e) {
            throw new AssertionError("node is not installed (apt-get install -y nodejs npm; .ci/run does it)", e);
        }
    }

    static final class Running {
        private final String script;
        private final Process process;
        private final CompletableFuture<String> out;
        private final CompletableFuture<String> err;
        private final CompletableFuture<Void> ready = new CompletableFuture<>();

        Running(String script, Process process) {
            this.script = script;
            this.process = process;
            this.out = read(process.getInputStream());
            this.err = CompletableFuture.supplyAsync(() -> {
                StringBuilder text = new StringBuilder();
                try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(process.getErrorStream(),
                        StandardCharsets.UTF_8))) {
                    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                        if (line.equals("ready")) {
                            ready.complete(null);
                        } else {
                            text.append(line).append('\n');
                        }
                    }
                } catch (IOException e) {
                    text.append(e);
                }
                ready.completeExceptionally(new AssertionError(script + " ended before it was ready: " + text));
                return text.toString();
            });
        }

        /** Waits until the script says it is ready. */
        void awaitReady() {
            try {
                ready.get(60, TimeUnit.SECONDS);
            } catch (Exception e) {
                process.destroyForcibly();
                throw new AssertionError(script + " did not get ready: " + e, e);
            }
        }

        JsonNode result() {
            return finish(script, process, out, err);
        }
    }

    private static JsonNode finish(String script, Process process, CompletableFuture<String> out,
            CompletableFuture<String> err) {
        try {
            if (!process.waitFor(180, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail(script + " did not finish within 180 s: " + err.getNow(""));
            }
            String stdout = out.get(10, TimeUnit.SECONDS);
            assertEquals(0, process.exitValue(), script + " failed: " + err.get(10, TimeUnit.SECONDS) + stdout);
            return new ObjectMapper().readTree(stdout);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        } catch (Exception e) {
            throw new AssertionError(script + ": " + e, e);
        }
    }

    private static CompletableFuture<String> read(java.io.InputStream stream) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return e.toString();
            }
        });
    }
}
