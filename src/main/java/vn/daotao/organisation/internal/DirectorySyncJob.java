package vn.daotao.organisation.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.daotao.base.TimeConfiguration;
import vn.daotao.base.UserFacingException;

/**
 * The nightly directory sync ({@code app.directory.sync.nightly=true}). Every node's scheduler fires; an advisory
 * lock lets one run at a time, and a run (or refusal) of the job in the last 12 hours makes the others stop: it
 * runs once a night across the nodes. A refusal (rows with problems, the directory unreachable) changes nothing
 * and is kept among the runs for the administrators to see.
 */
@Component
@ConditionalOnProperty(
        name = {"app.directory.enabled", "app.directory.sync.nightly"},
        havingValue = "true")
public class DirectorySyncJob {

    private static final Logger log = LoggerFactory.getLogger(DirectorySyncJob.class);
    static final Duration ONCE_PER = Duration.ofHours(12);

    private final DirectorySync sync;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final TransactionTemplate savepoint;
    private final Clock clock;

    DirectorySyncJob(DirectorySync sync, JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.sync = sync;
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.clock = clock;
    }

    @Scheduled(cron = "${app.directory.sync.cron:0 30 1 * * *}", zone = TimeConfiguration.ZONE_ID)
    public void nightly() {
        runOnce();
    }

    /** Runs the sync unless the job already ran in the last 12 hours on any node; whether this call ran it. */
    public boolean runOnce() {
        Instant started = clock.instant();
        Boolean ran = tx.execute(status -> {
            jdbc.sql("select pg_advisory_xact_lock(hashtext('directory-sync-job'))")
                    .query(Object.class)
                    .single();
            if (sync.ranSince(started.minus(ONCE_PER))) {
                return false;
            }
            try {
                DirectorySync.Preview done = savepoint.execute(inner -> sync.apply(0, null, "NIGHTLY"));
                log.info(
                        "Directory sync: {} units and {} people read, {} rows with changes",
                        done.units(),
                        done.people(),
                        done.report().lines().stream()
                                .filter(l -> l.outcome() == vn.daotao.base.imports.ImportOutcome.CREATE
                                        || l.outcome() == vn.daotao.base.imports.ImportOutcome.UPDATE)
                                .count());
            } catch (DirectorySync.Refused refused) {
                log.warn(
                        "Directory sync refused: {} rows with problems",
                        refused.preview().report().errors());
                sync.recordRefusal("NIGHTLY", null, refused.preview(), "rows", started);
            } catch (UserFacingException failed) {
                log.warn("Directory sync did not run: {}", failed.messageKey());
                sync.recordRefusal("NIGHTLY", null, null, failed.messageKey(), started);
            } catch (RuntimeException failed) {
                // a bug or a database error: rolled back to the savepoint, kept as a run that failed
                log.error("Directory sync failed", failed);
                sync.recordRefusal("NIGHTLY", null, null, "directory.sync.error.failed", started);
            }
            return true;
        });
        return Boolean.TRUE.equals(ran);
    }
}
