package vn.daotao.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Arrays;
import java.util.HexFormat;
import vn.daotao.audit.RecordChainReport;
import vn.daotao.audit.RecordChainReport.Broken;
import vn.daotao.audit.RecordChainReport.Problem;

/**
 * Walks the record chain (V024) over a plain JDBC connection, so that the admin page and {@code
 * scripts/verify-records.sh} run the very same check: every link must follow from the one before (SHA-256 of
 * the previous hash, "kind:id:" and the row's hash), every linked row must still give its recorded hash,
 * and every row of the chained tables must have its link (so links deleted from the chain's end show as
 * rows not chained). Streams the links; stops at the first problem.
 */
public final class RecordChainVerifier {

    private static final String LINKS = """
            select l.seq, l.kind, l.row_id, l.row_hash, l.hash, record_content_hash(l.kind, l.row_id) as actual
              from record_chain l order by l.seq""";

    /** Rows with no link, first by kind then id: written with the chain's triggers switched off. */
    private static final String UNCHAINED = """
            select kind, id from (
                select 'completion_record' as kind, r.id from completion_record r
                 where not exists (select 1 from record_chain l where l.kind = 'completion_record' and l.row_id = r.id)
                union all
                select 'completion_record.withdrawal', r.id from completion_record r where r.withdrawn_at is not null
                   and not exists (select 1 from record_chain l
                                    where l.kind = 'completion_record.withdrawal' and l.row_id = r.id)
                union all
                select 'certificate', c.id from certificate c
                 where not exists (select 1 from record_chain l where l.kind = 'certificate' and l.row_id = c.id)
                union all
                select 'certificate.revocation', c.id from certificate c where c.revoked_at is not null
                   and not exists (select 1 from record_chain l
                                    where l.kind = 'certificate.revocation' and l.row_id = c.id)
                union all
                select 'audit_event', a.id from audit_event a
                 where not exists (select 1 from record_chain l where l.kind = 'audit_event' and l.row_id = a.id)
            ) x order by kind, id limit 1""";

    private RecordChainVerifier() {}

    public static RecordChainReport verify(Connection connection, Clock clock) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false); // a cursor, not the whole chain in memory
        try {
            return walk(connection, clock);
        } finally {
            connection.rollback();
            connection.setAutoCommit(autoCommit);
        }
    }

    private static RecordChainReport walk(Connection connection, Clock clock) throws SQLException {
        MessageDigest sha = sha256();
        byte[] previous = new byte[32];
        long expectedSeq = 1;
        long links = 0;
        Broken broken = null;
        try (PreparedStatement links0 = connection.prepareStatement(LINKS)) {
            links0.setFetchSize(2000);
            try (ResultSet rs = links0.executeQuery()) {
                while (rs.next()) {
                    long seq = rs.getLong(1);
                    String kind = rs.getString(2);
                    long rowId = rs.getLong(3);
                    byte[] rowHash = rs.getBytes(4);
                    byte[] hash = rs.getBytes(5);
                    byte[] actual = rs.getBytes(6);
                    if (seq != expectedSeq) {
                        broken = new Broken(expectedSeq, kind, rowId, Problem.LINK_MISSING);
                        break;
                    }
                    sha.update(previous);
                    sha.update((kind + ":" + rowId + ":").getBytes(StandardCharsets.UTF_8));
                    sha.update(rowHash);
                    if (!Arrays.equals(sha.digest(), hash)) {
                        broken = new Broken(seq, kind, rowId, Problem.LINK_ALTERED);
                        break;
                    }
                    if (actual == null) {
                        broken = new Broken(seq, kind, rowId, Problem.ROW_MISSING);
                        break;
                    }
                    if (!Arrays.equals(actual, rowHash)) {
                        broken = new Broken(seq, kind, rowId, Problem.ROW_CHANGED);
                        break;
                    }
                    previous = hash;
                    expectedSeq = seq + 1;
                    links++;
                }
            }
        }
        if (broken == null) {
            try (Statement st = connection.createStatement();
                    ResultSet rs = st.executeQuery(UNCHAINED)) {
                if (rs.next()) {
                    broken = new Broken(0, rs.getString(1), rs.getLong(2), Problem.ROW_NOT_CHAINED);
                }
            }
        }
        return new RecordChainReport(links, HexFormat.of().formatHex(previous), broken, clock.instant());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
