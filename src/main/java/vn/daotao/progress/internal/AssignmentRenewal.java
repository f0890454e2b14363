package vn.daotao.progress.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.daotao.audit.AuditAction;
import vn.daotao.audit.AuditLog;
import vn.daotao.audit.AuditTarget;
import vn.daotao.base.TimeConfiguration;

/**
 * Yearly assignments and certificates that run out: once a day, every yearly cycle whose due date has passed
 * gets its next cycle, and every holder of a certificate that expires within the lead time (30 days) gets a
 * personal cycle of the course due on its last valid day, so they are due again. Safe on
 * several app instances and when run twice: an advisory lock serialises the runs, and a unique index
 * allows one next cycle per cycle.
 */
@Component
public class AssignmentRenewal {

    /** Shown as the actor in the audit log; brackets keep it from ever matching a real user name. */
    static final String ACTOR = "[renewal-job]";
    /** A pass creates the next cycle of every due cycle; a second pass finds none. Bounded all the same. */
    private static final int MAX_PASSES = 20;

    private static final Logger log = LoggerFactory.getLogger(AssignmentRenewal.class);

    private final AssignmentQueries queries;
    private final AuditLog audit;
    private final Clock clock;
    private final TransactionTemplate tx;

    private final int recertificationLeadDays;

    AssignmentRenewal(
            AssignmentQueries queries,
            AuditLog audit,
            Clock clock,
            TransactionTemplate tx,
            @Value("${app.certificates.recertification-lead-days:30}") int recertificationLeadDays) {
        this.queries = queries;
        this.recertificationLeadDays = recertificationLeadDays;
        this.audit = audit;
        this.clock = clock;
        this.tx = tx;
    }

    @Scheduled(cron = "${app.assignments.renewal-cron:0 5 0 * * *}", zone = TimeConfiguration.ZONE_ID)
    public void daily() {
        List<Long> created = renew(LocalDate.now(clock));
        if (!created.isEmpty()) {
            log.info("Yearly assignments: {} next cycles created", created.size());
        }
    }

    /**
     * Creates the next cycles due on {@code today}; returns their ids (none when already done). One
     * transaction (a programmatic one, so that the scheduled call from this class gets it too) holds
     * the advisory lock, the new cycles and their audit events.
     */
    public List<Long> renew(LocalDate today) {
        return tx.execute(status -> renewLocked(today));
    }

    private List<Long> renewLocked(LocalDate today) {
        queries.lockRenewal();
        List<Long> created = new ArrayList<>();
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            List<AssignmentQueries.Renewed> renewed = queries.renewDue(today);
            for (AssignmentQueries.Renewed r : renewed) {
                Map<String, Object> after = new LinkedHashMap<>();
                after.put("editionId", r.editionId());
                after.put("periodStart", r.periodStart().toString());
                after.put("dueDate", r.dueDate().toString());
                Map<String, Object> details = new LinkedHashMap<>();
                details.put("previousId", r.previousId());
                details.put("after", after);
                audit.recordAsInCurrentTransaction(
                        ACTOR, AuditAction.ASSIGNMENT_RENEWED, AuditTarget.ASSIGNMENT, r.id(), details);
                created.add(r.id());
            }
            if (renewed.isEmpty()) {
                break;
            }
        }
        for (AssignmentQueries.Recertification r : queries.recertifyExpiring(today, recertificationLeadDays)) {
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("editionId", r.editionId());
            after.put("userId", r.userId());
            after.put("dueDate", r.dueDate().toString());
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("certificateId", r.certificateId());
            details.put("after", after);
            audit.recordAsInCurrentTransaction(
                    ACTOR, AuditAction.ASSIGNMENT_RECERTIFICATION, AuditTarget.ASSIGNMENT, r.id(), details);
            created.add(r.id());
        }
        return created;
    }
}
