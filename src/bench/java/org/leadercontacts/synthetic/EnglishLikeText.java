package org.leadercontacts.synthetic;

import java.util.SplittableRandom;

/**
 * Deterministic English-like prose and names from small built-in word lists: sentences that read
 * like news copy, so lengths, word frequencies and search behave roughly like the real documents.
 */
final class EnglishLikeText {

    private static final String[] SUBJECTS = { "the minister", "the delegation", "the president", "the government",
            "the two sides", "the spokesman", "the foreign ministry", "the envoy", "officials", "the leaders",
            "the parliament", "the prime minister", "the embassy", "diplomats", "the negotiators", "the council" };
    private static final String[] VERBS = { "discussed", "reviewed", "stressed", "welcomed", "noted", "addressed",
            "considered", "reaffirmed", "examined", "called for", "supported", "criticised", "proposed", "agreed on",
            "emphasised", "raised", "rejected", "praised", "outlined", "questioned" };
    private static final String[] ADJECTIVES = { "bilateral", "regional", "economic", "humanitarian", "military",
            "political", "strategic", "long-term", "constructive", "urgent", "mutual", "international", "practical",
            "lasting", "comprehensive", "joint", "sovereign", "peaceful", "difficult", "new" };
    private static final String[] NOUNS = { "cooperation", "security", "trade", "relations", "assistance",
            "negotiations", "sanctions", "energy supplies", "reconstruction", "the ceasefire", "investment",
            "the border", "refugees", "the agreement", "elections", "dialogue", "stability", "the situation",
            "grain exports", "the settlement", "water resources", "transport links", "education", "debt relief",
            "the process", "reforms", "the talks", "the conference", "the summit", "infrastructure" };
    private static final String[] TAILS = { "in the coming months", "without delay", "at the highest level",
            "in line with international law", "for the benefit of both peoples", "despite the difficulties",
            "as agreed earlier", "within the framework of the United Nations", "on a step-by-step basis",
            "with the support of partners", "over the past year", "in the region" };
    private static final String[] CONNECTORS = { "and", "while", "because", "although", "as", "so that" };
    private static final String[] SYLLABLES = { "al", "an", "ar", "ba", "da", "dor", "el", "fa", "gor", "ha", "ib",
            "ka", "kir", "la", "lev", "ma", "mir", "na", "nor", "o", "pa", "ra", "rus", "sa", "sha", "ta", "tur",
            "va", "vel", "ya", "za", "zin" };
    static final String[] MONTHS = { "January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December" };

    private EnglishLikeText() {
    }

    /** One sentence of about 10 to 30 words, capitalised and ending with a full stop. */
    static String sentence(SplittableRandom random) {
        StringBuilder sentence = new StringBuilder();
        clause(random, sentence);
        if (random.nextInt(3) == 0) {
            sentence.append(", ").append(pick(random, CONNECTORS)).append(' ');
            clause(random, sentence);
        }
        if (random.nextBoolean()) {
            sentence.append(' ').append(pick(random, TAILS));
        }
        sentence.setCharAt(0, Character.toUpperCase(sentence.charAt(0)));
        return sentence.append('.').toString();
    }

    private static void clause(SplittableRandom random, StringBuilder out) {
        out.append(pick(random, SUBJECTS)).append(' ').append(pick(random, VERBS)).append(' ')
                .append(pick(random, ADJECTIVES)).append(' ').append(pick(random, NOUNS));
        if (random.nextBoolean()) {
            out.append(" and ").append(pick(random, NOUNS));
        }
    }

    /** A paragraph of {@code sentences} sentences. */
    static String paragraph(SplittableRandom random, int sentences) {
        StringBuilder paragraph = new StringBuilder();
        for (int i = 0; i < sentences; i++) {
            paragraph.append(i == 0 ? "" : " ").append(sentence(random));
        }
        return paragraph.toString();
    }

    /** A capitalised made-up word of 2 to 3 syllables, for names and places. */
    static String name(SplittableRandom random) {
        StringBuilder word = new StringBuilder();
        int syllables = 2 + random.nextInt(2);
        for (int i = 0; i < syllables; i++) {
            word.append(pick(random, SYLLABLES));
        }
        word.setCharAt(0, Character.toUpperCase(word.charAt(0)));
        return word.toString();
    }

    /** A short topic-like phrase such as "Regional energy supplies". */
    static String topicName(SplittableRandom random) {
        String phrase = pick(random, ADJECTIVES) + " " + pick(random, NOUNS).replaceFirst("^the ", "");
        return Character.toUpperCase(phrase.charAt(0)) + phrase.substring(1);
    }

    static String pick(SplittableRandom random, String[] words) {
        return words[random.nextInt(words.length)];
    }
}
