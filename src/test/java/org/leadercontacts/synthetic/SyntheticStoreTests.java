package org.leadercontacts.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.leadercontacts.synthetic.SyntheticStore.Existing;
import org.leadercontacts.synthetic.SyntheticStore.KnownLeader;
import org.leadercontacts.synthetic.SyntheticStore.Size;

/** The generator alone, without a database: determinism, verbatim spans, sizes and skew. */
class SyntheticStoreTests {

    private static final Existing EXISTING = new Existing(
            List.of(new KnownLeader(1, "Vladimir Putin"), new KnownLeader(2, "Ahmed al-Sharaa")), List.of("RU", "SY"),
            List.of(10L, 11L, 12L));

    private static String checksum(Size size) {
        RowChecksum checksum = new RowChecksum();
        SyntheticStore.generate(size, EXISTING, checksum);
        return checksum.hex();
    }

    @Test
    void sameSeedAndSizeGiveTheSameRows() {
        assertEquals(checksum(new Size(42, 300, 10)), checksum(new Size(42, 300, 10)));
    }

    @Test
    void anotherSeedOrSizeGivesOtherRows() {
        String reference = checksum(new Size(42, 300, 10));
        assertNotEquals(reference, checksum(new Size(43, 300, 10)));
        assertNotEquals(reference, checksum(new Size(42, 301, 10)));
        assertNotEquals(reference, checksum(new Size(42, 300, 9)));
    }

    @Test
    void statementsAreVerbatimSpansOfTheirDocuments() {
        Map<Long, String> documents = new HashMap<>();
        List<Object[]> statements = new ArrayList<>();
        List<Object[]> reports = new ArrayList<>();
        Map<SyntheticTable, Integer> counts = new HashMap<>();
        SyntheticStore.generate(new Size(7, 300, 10), EXISTING, (table, values) -> {
            counts.merge(table, 1, Integer::sum);
            switch (table) {
                case SOURCE_DOCUMENT -> documents.put((Long) values[0], (String) values[11]);
                case STATEMENT -> statements.add(values);
                case CONVERSATION_REPORT -> reports.add(values);
                default -> {
                }
            }
        });
        assertEquals(300, counts.get(SyntheticTable.CONVERSATION));
        assertEquals(3000, statements.size());
        assertEquals(SyntheticStore.LEADERS, counts.get(SyntheticTable.LEADER));
        assertEquals(SyntheticStore.TOPICS - 3, counts.get(SyntheticTable.TOPIC));
        for (Object[] statement : statements) {
            String content = documents.get((Long) statement[7]);
            assertEquals(statement[6], content.substring((Integer) statement[8], (Integer) statement[9]));
        }
        for (Object[] report : reports) {
            String content = documents.get((Long) report[2]);
            String dateText = (String) report[6];
            assertEquals(dateText, content.substring((Integer) report[7], (Integer) report[8]));
            assertTrue(content.substring((Integer) report[3], (Integer) report[4]).contains(dateText));
        }
        assertTrue(reports.size() > 300, "some conversations are reported by a second document");
        int averageLength = documents.values().stream().mapToInt(String::length).sum() / documents.size();
        assertTrue(averageLength > 2000 && averageLength < 5000, "documents of a few KB: " + averageLength);
    }

    @Test
    void theRealLeadersTakeTheTopRanks() {
        Map<Long, Integer> participations = new HashMap<>();
        SyntheticStore.generate(new Size(42, 2000, 0), EXISTING, (table, values) -> {
            if (table == SyntheticTable.PARTICIPATION) {
                participations.merge((Long) values[2], 1, Integer::sum);
            }
        });
        int first = participations.get(1L);
        int second = participations.get(2L);
        int bestSynthetic = participations.entrySet().stream().filter(e -> e.getKey() >= SyntheticStore.FIRST_ID)
                .mapToInt(Map.Entry::getValue).max().orElseThrow();
        assertTrue(first > second && second > bestSynthetic, first + " > " + second + " > " + bestSynthetic);
        assertTrue(first > 2000 / 5, "the top leader takes part in a large share of conversations: " + first);
    }
}
