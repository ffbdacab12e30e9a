package org.leadercontacts.facts;

import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.leadercontacts.GraphQLClient;

import io.restassured.path.json.JsonPath;

/** The ground truth the fact tests compare the API with: the source files themselves, read from disk. */
final class Sources {

    static final Path FOLDER = Path.of("src", "main", "resources", "sources");

    static final String D000 = "000_8b6f92a2812b770e";
    static final String D001 = "001_2c3edb034ccb3b0f";
    static final String D002 = "002_d526b8d3ba075d1c";
    static final String D003 = "003_a237489d949624d0";
    static final String D004 = "004_37b05391a0976768";

    static final String MEETING_2021 = "putin-assad-meeting-2021-09-13";
    static final String CALL_2022 = "putin-assad-call-2022-02-25";
    static final String CALL_2025 = "putin-al-sharaa-call-2025-02-12";
    static final String DELEGATION = "russian-delegation-damascus-2025-01";
    static final String AL_ARABIYA = "al-sharaa-al-arabiya-interview-2024-12";
    static final String WASHINGTON_POST = "abu-qasra-washington-post-interview-2025-02";

    private Sources() {
    }

    /** The document's bytes as a file on disk. */
    static byte[] bytes(String slug) {
        try {
            return Files.readAllBytes(FOLDER.resolve(slug + ".txt"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The document's text as a file on disk (UTF-8). */
    static String text(String slug) {
        return new String(bytes(slug), StandardCharsets.UTF_8);
    }

    /**
     * The document's own characters for {@code phrase}. The Kremlin pages (000, 004) and the Chattythat copy (003) use
     * no-break spaces (U+00A0) between many words; tests write plain spaces, and this returns the text exactly as the
     * document has it, so that comparisons with the API stay byte-exact. Fails if the document does not say it.
     */
    static String verbatim(String slug, String phrase) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < phrase.length(); i++) {
            char c = phrase.charAt(i);
            regex.append(c == ' ' ? "[ \u00a0]" : Pattern.quote(String.valueOf(c)));
        }
        Matcher matcher = Pattern.compile(regex.toString()).matcher(text(slug));
        if (!matcher.find()) {
            throw new AssertionError(slug + ".txt does not say: " + phrase);
        }
        return matcher.group();
    }

    /** The checksum SHA256SUMS gives for the file {@code slug}.txt. */
    static String sha256Sums(String slug) {
        try {
            for (String line : Files.readAllLines(FOLDER.resolve("SHA256SUMS"), StandardCharsets.UTF_8)) {
                String[] parts = line.trim().split("\\s+\\*?");
                if (parts.length == 2 && parts[1].equals(slug + ".txt")) {
                    return parts[0];
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new AssertionError("SHA256SUMS has no line for " + slug + ".txt");
    }

    static String leader(String slug) {
        return GraphQLClient.id("Leader", slug);
    }

    static String conversation(String slug) {
        return GraphQLClient.id("Conversation", slug);
    }

    static String topic(String slug) {
        return GraphQLClient.id("Topic", slug);
    }

    static String document(String slug) {
        return GraphQLClient.id("SourceDocument", slug);
    }

    /** Runs the operation over HTTP and returns its JSON, failing on any HTTP or GraphQL error. */
    static JsonPath query(String query, Map<String, ?> variables) {
        return GraphQLClient.graphql(query, variables).statusCode(200).body("errors", equalTo(null)).extract()
                .jsonPath();
    }

    static JsonPath query(String query) {
        return query(query, Map.of());
    }
}
