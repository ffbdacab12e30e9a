package org.leadercontacts.synthetic;

import java.sql.Types;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The tables the synthetic store fills, in foreign-key order, with the columns it writes. A column is
 * written {@code name:type} when it may be null, so the loader can bind a typed null.
 */
public enum SyntheticTable {

    LEADER("leader", "id", "slug", "name", "country_code"),
    TOPIC("topic", "id", "slug", "name", "description"),
    SOURCE_DOCUMENT("source_document", "id", "slug", "file_name", "sha256", "title", "publisher", "url:varchar",
            "published_on", "published_text", "language", "note", "content"),
    CONVERSATION("conversation", "id", "slug", "kind", "title", "date_value", "date_precision", "date_start",
            "date_end", "date_disputed", "place:varchar", "initiator_id:bigint", "outlet:varchar"),
    PARTICIPATION("participation", "id", "conversation_id", "leader_id", "role", "sort_date"),
    CONVERSATION_TOPIC("conversation_topic", "conversation_id", "topic_id", "sort_date"),
    CONVERSATION_REPORT("conversation_report", "id", "conversation_id", "document_id", "span_start", "span_end",
            "reported_date", "date_text", "date_span_start", "date_span_end"),
    CONVERSATION_FACT("conversation_fact", "id", "conversation_id", "fact", "fact_value", "document_id",
            "span_start", "span_end"),
    STATEMENT("statement", "id", "slug", "conversation_id", "speaker_id:bigint", "attribution:varchar", "kind",
            "text", "document_id", "span_start", "span_end", "sort_date"),
    STATEMENT_TOPIC("statement_topic", "statement_id", "topic_id", "sort_date");

    private final String table;
    private final List<String> columns;
    private final int[] nullTypes;

    SyntheticTable(String table, String... columns) {
        this.table = table;
        this.columns = Arrays.stream(columns).map(column -> column.split(":")[0]).toList();
        this.nullTypes = Arrays.stream(columns).mapToInt(column -> !column.contains(":") ? Types.NULL
                : column.endsWith(":bigint") ? Types.BIGINT : Types.VARCHAR).toArray();
    }

    public String tableName() {
        return table;
    }

    public int width() {
        return columns.size();
    }

    /** The SQL type to bind a null in column {@code index} (0-based) with; NULL for a column that is never null. */
    int nullType(int index) {
        return nullTypes[index];
    }

    public String insertSql() {
        return "insert into " + table + " (" + String.join(", ", columns) + ") values ("
                + columns.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")";
    }

    /** Whether the table's ids come from a sequence named {@code <table>_seq}. */
    boolean hasSequence() {
        return columns.get(0).equals("id");
    }
}
