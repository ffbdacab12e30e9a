package org.leadercontacts.synthetic;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A SHA-256 over every row sent to it, in order: equal checksums mean byte-identical rows. */
public final class RowChecksum implements RowSink {

    private final MessageDigest digest;
    private long rows;

    public RowChecksum() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void row(SyntheticTable table, Object... values) {
        rows++;
        digest.update(table.tableName().getBytes(StandardCharsets.UTF_8));
        for (Object value : values) {
            digest.update((byte) 0x1f);
            digest.update(String.valueOf(value).getBytes(StandardCharsets.UTF_8));
        }
        digest.update((byte) 0x1e);
    }

    public long rows() {
        return rows;
    }

    public String hex() {
        try {
            return HexFormat.of().formatHex(((MessageDigest) digest.clone()).digest());
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
    }
}
