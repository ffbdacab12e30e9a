package org.leadercontacts.synthetic;

/** Receives the synthetic store's rows, in foreign-key order within each chunk. */
public interface RowSink {

    /** One row of {@code table}, its values in the table's column order. */
    void row(SyntheticTable table, Object... values);

    /** The rows since the last chunk are complete: every row they reference has been sent. */
    default void endOfChunk(int conversationsDone, long statementsDone) {
    }
}
