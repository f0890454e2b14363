package vn.daotao.audit;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import vn.daotao.audit.internal.RecordChainVerifier;

/**
 * Checks that no completion record, certificate or audit event was changed, deleted or slipped in behind the
 * application's back (the hash chain of V024). Admins only; each check is itself audited with its outcome.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class RecordIntegrityService {

    private final DataSource dataSource;
    private final AuditLog audit;
    private final Clock clock;

    RecordIntegrityService(DataSource dataSource, AuditLog audit, Clock clock) {
        this.dataSource = dataSource;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * True when the application's database role owns the tables (or is a member of the owner's role, or a
     * superuser): it could switch off their guards.
     */
    public boolean connectedAsOwner() {
        try (Connection connection = dataSource.getConnection();
                var statement = connection.prepareStatement(
                        "select pg_has_role(current_user, t.tableowner, 'USAGE') or r.rolsuper"
                                + " from pg_tables t join pg_roles r on r.rolname = current_user"
                                + " where t.tablename = 'audit_event' and t.schemaname = current_schema()");
                var rs = statement.executeQuery()) {
            return rs.next() && rs.getBoolean(1);
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("Cannot read the table owner", e);
        }
    }

    public RecordChainReport check() {
        RecordChainReport report;
        try (Connection connection = dataSource.getConnection()) {
            report = RecordChainVerifier.verify(connection, clock);
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("Record chain check failed", e);
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("links", report.links());
        details.put("headHash", report.headHash());
        details.put("intact", report.intact());
        if (!report.intact()) {
            details.put("problem", report.firstBroken().problem().name());
            details.put("kind", report.firstBroken().kind());
            details.put("rowId", report.firstBroken().rowId());
        }
        audit.recordInOwnTransaction(AuditAction.RECORDS_VERIFIED, AuditTarget.RECORDS, null, details);
        return report;
    }
}
