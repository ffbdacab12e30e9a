package org.leadercontacts.seed;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import org.leadercontacts.seed.Annotation.CountryEntry;
import org.leadercontacts.seed.Annotation.TopicEntry;

/**
 * Reads the source folder from the classpath: {@code SHA256SUMS} is its index, each listed
 * document has an annotation with the same base name, and {@code topics.yaml} and
 * {@code countries.yaml} hold the vocabularies. Checksums are verified here.
 */
public final class SourceFolder {

    public static final String LOCATION = "sources/";

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);

    public record Document(String fileName, String slug, String sha256, String content, String annotationFile,
            Annotation annotation) {
    }

    private SourceFolder() {
    }

    public static VerifiedSources read() {
        List<String> problems = new ArrayList<>();
        List<Document> documents = new ArrayList<>();
        Map<String, String> checksums = checksums(problems);
        for (Map.Entry<String, String> entry : checksums.entrySet()) {
            String fileName = entry.getKey();
            byte[] bytes = resource(fileName);
            if (bytes == null) {
                problems.add("SHA256SUMS lists " + fileName + ", but " + LOCATION + fileName + " does not exist");
                continue;
            }
            String actual = sha256(bytes);
            if (!actual.equals(entry.getValue())) {
                problems.add(fileName + ": SHA-256 is " + actual + " but SHA256SUMS says " + entry.getValue()
                        + " (source documents must be kept byte for byte)");
                continue;
            }
            String slug = fileName.replaceFirst("\\.txt$", "");
            String annotationFile = slug + ".yaml";
            Annotation annotation = parse(annotationFile, new TypeReference<Annotation>() {
            }, problems);
            if (annotation == null) {
                continue;
            }
            documents.add(new Document(fileName, slug, actual, new String(bytes, StandardCharsets.UTF_8),
                    annotationFile, annotation));
        }
        List<TopicEntry> topics = parse("topics.yaml", new TypeReference<List<TopicEntry>>() {
        }, problems);
        List<CountryEntry> countries = parse("countries.yaml", new TypeReference<List<CountryEntry>>() {
        }, problems);
        if (!problems.isEmpty()) {
            throw new SeedException(problems);
        }
        return Verifier.verify(documents, topics, countries);
    }

    private static Map<String, String> checksums(List<String> problems) {
        byte[] sums = resource("SHA256SUMS");
        Map<String, String> checksums = new LinkedHashMap<>();
        if (sums == null) {
            problems.add(LOCATION + "SHA256SUMS is missing: it lists the source documents and their checksums");
            return checksums;
        }
        for (String line : new String(sums, StandardCharsets.UTF_8).split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.trim().split("\\s+\\*?", 2);
            if (parts.length != 2 || !parts[0].matches("[0-9a-f]{64}")) {
                problems.add("SHA256SUMS: cannot read line \"" + line + "\" (expected \"<sha256>  <file>\")");
                continue;
            }
            checksums.put(parts[1].trim(), parts[0]);
        }
        return checksums;
    }

    private static <T> T parse(String fileName, TypeReference<T> type, List<String> problems) {
        byte[] bytes = resource(fileName);
        if (bytes == null) {
            problems.add(LOCATION + fileName + " is missing");
            return null;
        }
        try {
            return YAML.readValue(bytes, type);
        } catch (IOException e) {
            problems.add(fileName + ": " + e.getMessage().replace('\n', ' '));
            return null;
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(LOCATION + name)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + LOCATION + name, e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
