package org.leadercontacts.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * The query texts known by id: those registered by clients through automatic persisted queries (kept in memory,
 * bounded, per replica) and, when configured, a manifest of trusted documents. {@link PersistedQueryHandler}
 * speaks the protocol.
 */
@ApplicationScoped
public class PersistedQueries {

    @ConfigMapping(prefix = "contacts.persisted-queries")
    public interface Settings {

        /** Automatic persisted queries: clients register a query text under its SHA-256 and then send the hash. */
        @WithDefault("true")
        boolean enabled();

        /** Upper bound on the text kept for registered queries (least used go first). */
        @WithDefault("4194304")
        long maxBytes();

        /**
         * A JSON file of trusted documents: {@code {"<id>": "<query>", ...}} (graphql-codegen's
         * persisted-documents.json, relay-compiler's persisted queries) or Apollo's persisted query manifest.
         */
        Optional<Path> manifest();

        /** Accept only the manifest's documents (by id, or their exact text); no registration. */
        @WithDefault("false")
        boolean trustedOnly();
    }

    @Inject
    Settings settings;

    private Cache<String, String> registered;
    private Map<String, String> trusted = Map.of();
    private Set<String> trustedTexts = Set.of();

    @PostConstruct
    void load() {
        registered = Caffeine.newBuilder().maximumWeight(settings.maxBytes())
                .weigher((String hash, String query) -> 64 + 2 * query.length()).build();
        if (settings.manifest().isPresent()) {
            trusted = read(settings.manifest().get());
            trustedTexts = new HashSet<>(trusted.values());
        } else if (settings.trustedOnly()) {
            throw new IllegalStateException("contacts.persisted-queries.trusted-only needs "
                    + "contacts.persisted-queries.manifest");
        }
    }

    boolean enabled() {
        return settings.enabled() || !trusted.isEmpty();
    }

    boolean trustedOnly() {
        return settings.trustedOnly();
    }

    /** The text stored under an id, or null. */
    String find(String id) {
        String text = trusted.get(id);
        if (text == null && settings.enabled() && !settings.trustedOnly()) {
            text = registered.getIfPresent(id);
        }
        return text;
    }

    /** Keeps a query the client sent with its hash (the caller has checked that the hash is the text's). */
    void register(String hash, String query) {
        if (settings.enabled() && !settings.trustedOnly()) {
            registered.put(hash, query);
        }
    }

    /** Runs the registered store's pending evictions now (for tests of its bound). */
    void registeredCleanUp() {
        registered.cleanUp();
    }

    boolean trusted(String query) {
        return trustedTexts.contains(query);
    }

    static String sha256(String text) {
        try {
            StringBuilder hex = new StringBuilder(64);
            for (byte b : MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8))) {
                hex.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Both manifest formats: an object of id to text, or Apollo's {@code {format, version, operations}}. */
    static Map<String, String> read(Path file) {
        JsonObject json;
        try {
            json = new JsonObject(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the trusted documents manifest " + file, e);
        }
        Map<String, String> documents = new HashMap<>();
        if ("apollo-persisted-query-manifest".equals(json.getValue("format"))) {
            JsonArray operations = json.getJsonArray("operations", new JsonArray());
            for (int i = 0; i < operations.size(); i++) {
                JsonObject operation = operations.getJsonObject(i);
                documents.put(operation.getString("id"), operation.getString("body"));
            }
        } else {
            json.forEach(entry -> {
                if (!(entry.getValue() instanceof String text)) {
                    throw new IllegalArgumentException("Manifest " + file + ": " + entry.getKey() + " is not a query text");
                }
                documents.put(entry.getKey(), text);
            });
        }
        return Map.copyOf(documents);
    }
}
