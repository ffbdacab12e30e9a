package org.leadercontacts.synthetic;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import org.leadercontacts.common.DatePrecision;
import org.leadercontacts.common.PartialDate;
import org.leadercontacts.conversation.ConversationKind;
import org.leadercontacts.conversation.FactKind;
import org.leadercontacts.conversation.ParticipantRole;
import org.leadercontacts.statement.StatementKind;

/**
 * Generates the synthetic store: leaders, topics, and per conversation a document of a few KB,
 * the conversation with its participants, topics and reports, and statements that are verbatim
 * spans of the document. Pure and deterministic: the same size and existing rows give the same
 * rows in the same order, whatever database they go to.
 *
 * <p>Participation is skewed (Zipf): the real leaders take the top ranks, so the per-leader
 * examples grow with the store. Synthetic rows take explicit ids from {@link #FIRST_ID} on, far
 * above what the sequences hand out, so they never collide with rows Hibernate has already
 * allocated ids for.
 */
public final class SyntheticStore {

    public static final long FIRST_ID = 1_000_000_000L;
    public static final String PUBLISHER = "Synthetic (scale test)";
    public static final String SLUG_PREFIX = "syn-";
    static final int LEADERS = 2000;
    static final int TOPICS = 200;
    static final int CHUNK = 500;

    private static final LocalDate FIRST_DAY = LocalDate.of(1950, 1, 1);
    private static final LocalDate LAST_DAY = LocalDate.of(2025, 12, 31);
    private static final String[] OUTLETS = { "Synthetic Broadcasting Corporation", "The Synthetic Times",
            "Scale Test Television", "Generated News Agency" };

    /** How much to generate. */
    public record Size(long seed, int conversations, int statementsPerConversation) {
        public Size {
            if (conversations < 0 || statementsPerConversation < 0) {
                throw new IllegalArgumentException("Synthetic store sizes must not be negative: " + conversations
                        + " conversations, " + statementsPerConversation + " statements per conversation");
            }
        }

        public long statements() {
            return (long) conversations * statementsPerConversation;
        }
    }

    /** A leader already in the store. */
    public record KnownLeader(long id, String name) {
    }

    /** What the store holds before the synthetic rows: real leaders by rank, country codes, topic ids. */
    public record Existing(List<KnownLeader> leadersByRank, List<String> countryCodes, List<Long> topicIds) {
    }

    private final Size size;
    private final RowSink sink;
    private final List<KnownLeader> leaders = new ArrayList<>();
    private final List<Long> topics = new ArrayList<>();
    private final double[] leaderWeights;
    private final double[] topicWeights;
    private long participationId = FIRST_ID;
    private long reportId = FIRST_ID;
    private long factId = FIRST_ID;
    private Held previous;

    /** A generated conversation, as the next document may report it again. */
    private record Held(long id, ConversationKind kind, PartialDate date, List<KnownLeader> participants) {
    }

    private SyntheticStore(Size size, Existing existing, RowSink sink) {
        this.size = size;
        this.sink = sink;
        leaders.addAll(existing.leadersByRank());
        topics.addAll(existing.topicIds());
        generateLeaders(existing.countryCodes());
        generateTopics();
        leaderWeights = zipf(leaders.size(), 1.0);
        topicWeights = zipf(topics.size(), 0.8);
    }

    /** Sends every row of the synthetic store of {@code size} to {@code sink}. */
    public static void generate(Size size, Existing existing, RowSink sink) {
        if (existing.countryCodes().isEmpty()) {
            throw new IllegalStateException("The synthetic store needs the countries of the seeded store");
        }
        SyntheticStore store = new SyntheticStore(size, existing, sink);
        sink.endOfChunk(0, 0);
        long statements = 0;
        for (int i = 0; i < size.conversations(); i++) {
            store.conversation(i);
            statements += size.statementsPerConversation();
            if ((i + 1) % CHUNK == 0 || i + 1 == size.conversations()) {
                sink.endOfChunk(i + 1, statements);
            }
        }
    }

    private SplittableRandom random(String what, long index) {
        return new SplittableRandom(size.seed() * 0x9E3779B97F4A7C15L + what.hashCode() * 31L + index);
    }

    private void generateLeaders(List<String> countryCodes) {
        for (int k = 0; k < LEADERS; k++) {
            SplittableRandom random = random("leader", k);
            long id = FIRST_ID + k;
            String name = EnglishLikeText.name(random) + " " + EnglishLikeText.name(random);
            sink.row(SyntheticTable.LEADER, id, String.format("%sleader-%04d", SLUG_PREFIX, k), name,
                    countryCodes.get(k % countryCodes.size()));
            leaders.add(new KnownLeader(id, name));
        }
    }

    private void generateTopics() {
        for (int k = 0; topics.size() < TOPICS; k++) {
            SplittableRandom random = random("topic", k);
            long id = FIRST_ID + k;
            sink.row(SyntheticTable.TOPIC, id, String.format("%stopic-%03d", SLUG_PREFIX, k),
                    EnglishLikeText.topicName(random), EnglishLikeText.sentence(random));
            topics.add(id);
        }
    }

    private void conversation(int index) {
        SplittableRandom random = random("conversation", index);
        long id = FIRST_ID + index;
        double roll = random.nextDouble();
        ConversationKind kind = roll < 0.45 ? ConversationKind.PHONE_CALL
                : roll < 0.9 ? ConversationKind.MEETING : ConversationKind.INTERVIEW;
        PartialDate date = date(random);
        List<KnownLeader> participants = participants(random);
        Map<KnownLeader, ParticipantRole> roles = roles(kind, participants);
        Set<Long> conversationTopics = new LinkedHashSet<>();
        int topicCount = 1 + random.nextInt(3);
        while (conversationTopics.size() < topicCount) {
            conversationTopics.add(topics.get(draw(random, topicWeights)));
        }
        String place = kind == ConversationKind.MEETING ? EnglishLikeText.name(random) : null;
        Long initiator = kind == ConversationKind.PHONE_CALL && random.nextBoolean() ? participants.get(0).id() : null;
        String outlet = kind == ConversationKind.INTERVIEW ? EnglishLikeText.pick(random, OUTLETS) : null;

        DocumentText document = new DocumentText();
        String headline = headline(kind, participants);
        document.line(headline);
        String published = dateText(new PartialDate(date.end().toString()));
        document.line("Published " + published);
        DocumentText.Located lead = document.paragraph(lead(kind, date, participants, place, outlet));
        String dateText = dateText(date);
        int dateStart = lead.start() + lead.text().indexOf(dateText);
        Held earlier = previous != null && random.nextInt(10) < 3 ? previous : null;
        DocumentText.Located earlierLead = null;
        if (earlier != null) {
            earlierLead = document.paragraph("Earlier, " + lowerFirst(lead(earlier.kind(), earlier.date(),
                    earlier.participants(), null, null)));
        }
        record Said(long id, KnownLeader speaker, StatementKind kind, DocumentText.Located text) {
        }
        List<Said> said = new ArrayList<>();
        for (int s = 0; s < size.statementsPerConversation(); s++) {
            if (random.nextInt(3) == 0) {
                document.paragraph(EnglishLikeText.paragraph(random, 1 + random.nextInt(3)));
            }
            KnownLeader speaker = random.nextInt(20) == 0 ? null
                    : participants.get(random.nextInt(3) == 0 ? 0 : random.nextInt(participants.size()));
            StatementKind statementKind = random.nextBoolean() ? StatementKind.QUOTE : StatementKind.PARAPHRASE;
            String words = EnglishLikeText.paragraph(random, 1 + random.nextInt(2));
            String who = speaker == null ? "Both sides" : speaker.name();
            DocumentText.Located text = statementKind == StatementKind.QUOTE
                    ? document.quoted(who + " said: \"", words, "\"")
                    : document.quoted("According to the readout, " + who + " made the following points. ", words, "");
            said.add(new Said(FIRST_ID + (long) index * size.statementsPerConversation() + s, speaker, statementKind,
                    text));
        }
        int target = 2000 + random.nextInt(2500);
        while (document.length() < target) {
            document.paragraph(EnglishLikeText.paragraph(random, 2 + random.nextInt(4)));
        }
        String content = document.toString();

        sink.row(SyntheticTable.SOURCE_DOCUMENT, id, String.format("%sdoc-%06d", SLUG_PREFIX, index),
                String.format("synthetic/%sdoc-%06d.txt", SLUG_PREFIX, index), sha256(content), headline, PUBLISHER,
                null, date.end().toString(), "Published " + published, "en",
                "Generated by the scale-test generator (seed " + size.seed() + "); not a real document.", content);
        String title = switch (kind) {
            case PHONE_CALL -> "Phone call: ";
            case MEETING -> "Meeting: ";
            case INTERVIEW -> "Interview: ";
        } + names(participants);
        sink.row(SyntheticTable.CONVERSATION, id, String.format("%sconversation-%06d", SLUG_PREFIX, index),
                kind.name(), title, date.toString(), date.precision().name(), date.start(), date.end(), false, place,
                initiator, outlet);
        roles.forEach((leader, role) -> sink.row(SyntheticTable.PARTICIPATION, participationId++, id, leader.id(),
                role.name(), date.start()));
        conversationTopics.forEach(topic -> sink.row(SyntheticTable.CONVERSATION_TOPIC, id, topic, date.start()));
        report(id, kind, date, participants, id, lead, dateStart, dateText);
        if (earlier != null) {
            String earlierDate = dateText(earlier.date());
            report(earlier.id(), earlier.kind(), earlier.date(), earlier.participants(), id, earlierLead,
                    earlierLead.start() + earlierLead.text().indexOf(earlierDate), earlierDate);
        }
        List<Long> topicList = List.copyOf(conversationTopics);
        for (Said statement : said) {
            sink.row(SyntheticTable.STATEMENT, statement.id(), String.format("%sstatement-%09d", SLUG_PREFIX,
                    statement.id() - FIRST_ID), id, statement.speaker() == null ? null : statement.speaker().id(),
                    statement.speaker() == null ? "both sides" : null, statement.kind().name(),
                    statement.text().text(), id, statement.text().start(), statement.text().end(), date.start());
            int statementTopics = random.nextInt(3);
            Set<Long> chosen = new LinkedHashSet<>();
            for (int t = 0; t < statementTopics; t++) {
                chosen.add(topicList.get(random.nextInt(topicList.size())));
            }
            chosen.forEach(topic -> sink.row(SyntheticTable.STATEMENT_TOPIC, statement.id(), topic, date.start()));
        }
        previous = new Held(id, kind, date, participants);
    }

    private void report(long conversationId, ConversationKind kind, PartialDate date, List<KnownLeader> participants,
            long documentId, DocumentText.Located passage, int dateStart, String dateText) {
        sink.row(SyntheticTable.CONVERSATION_REPORT, reportId++, conversationId, documentId, passage.start(),
                passage.end(), date.toString(), dateText, dateStart, dateStart + dateText.length());
        fact(conversationId, FactKind.KIND, kind.name(), documentId, passage.start(), passage.end());
        fact(conversationId, FactKind.DATE, date.toString(), documentId, dateStart, dateStart + dateText.length());
        for (KnownLeader participant : participants) {
            fact(conversationId, FactKind.PARTICIPANT, participant.name(), documentId, passage.start(), passage.end());
        }
    }

    private void fact(long conversationId, FactKind kind, String value, long documentId, int start, int end) {
        sink.row(SyntheticTable.CONVERSATION_FACT, factId++, conversationId, kind.name(), value, documentId, start, end);
    }

    private PartialDate date(SplittableRandom random) {
        LocalDate day = FIRST_DAY.plusDays(random.nextLong(LAST_DAY.toEpochDay() - FIRST_DAY.toEpochDay() + 1));
        int precision = random.nextInt(20);
        String value = precision == 0 ? String.valueOf(day.getYear())
                : precision <= 2 ? day.toString().substring(0, 7) : day.toString();
        return new PartialDate(value);
    }

    private List<KnownLeader> participants(SplittableRandom random) {
        int count = 2 + random.nextInt(3);
        Set<Integer> ranks = new LinkedHashSet<>();
        while (ranks.size() < count) {
            ranks.add(draw(random, leaderWeights));
        }
        return ranks.stream().map(leaders::get).toList();
    }

    private static Map<KnownLeader, ParticipantRole> roles(ConversationKind kind, List<KnownLeader> participants) {
        Map<KnownLeader, ParticipantRole> roles = new LinkedHashMap<>();
        for (int p = 0; p < participants.size(); p++) {
            ParticipantRole role = switch (kind) {
                case PHONE_CALL -> ParticipantRole.PARTICIPANT;
                case MEETING -> p == 0 ? ParticipantRole.HOST : p == 1 ? ParticipantRole.GUEST
                        : ParticipantRole.DELEGATION_HEAD;
                case INTERVIEW -> p == 0 ? ParticipantRole.INTERVIEWEE : ParticipantRole.PARTICIPANT;
            };
            roles.put(participants.get(p), role);
        }
        return roles;
    }

    private static String headline(ConversationKind kind, List<KnownLeader> participants) {
        return switch (kind) {
            case PHONE_CALL -> names(participants) + " speak by telephone";
            case MEETING -> names(participants) + " hold talks";
            case INTERVIEW -> participants.get(0).name() + " gives an interview";
        };
    }

    private static String lead(ConversationKind kind, PartialDate date, List<KnownLeader> participants, String place,
            String outlet) {
        String when = (date.precision() == DatePrecision.DAY ? "On " : "In ") + dateText(date) + ", ";
        String first = participants.get(0).name();
        String others = names(participants.subList(1, participants.size()));
        return when + switch (kind) {
            case PHONE_CALL -> first + " held a telephone conversation with " + others + ".";
            case MEETING -> first + " met " + others + (place == null ? "" : " in " + place) + ".";
            case INTERVIEW -> first + " gave an interview" + (outlet == null ? "" : " to " + outlet)
                    + ", in the presence of " + others + ".";
        };
    }

    static String dateText(PartialDate date) {
        LocalDate start = date.start();
        String month = EnglishLikeText.MONTHS[start.getMonthValue() - 1];
        return switch (date.precision()) {
            case DAY -> start.getDayOfMonth() + " " + month + " " + start.getYear();
            case MONTH -> month + " " + start.getYear();
            case YEAR -> String.valueOf(start.getYear());
        };
    }

    private static String names(List<KnownLeader> leaders) {
        List<String> names = leaders.stream().map(KnownLeader::name).toList();
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    private static String lowerFirst(String text) {
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    /** Cumulative Zipf weights: rank r (0-based) is drawn with probability proportional to 1/(r+1)^s. */
    private static double[] zipf(int n, double exponent) {
        double[] cumulative = new double[n];
        double sum = 0;
        for (int r = 0; r < n; r++) {
            sum += 1 / Math.pow(r + 1, exponent);
            cumulative[r] = sum;
        }
        for (int r = 0; r < n; r++) {
            cumulative[r] /= sum;
        }
        return cumulative;
    }

    private static int draw(SplittableRandom random, double[] cumulative) {
        int at = java.util.Arrays.binarySearch(cumulative, random.nextDouble());
        return Math.min(at >= 0 ? at : -at - 1, cumulative.length - 1);
    }

    private static String sha256(String content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
