package vn.daotao.organisation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.daotao.base.UserFacingException;
import vn.daotao.organisation.internal.DirectorySync;
import vn.daotao.security.CurrentUser;
import vn.daotao.security.SignedInUser;

/**
 * An administrator's sync of units and people from the organisation's directory (README "Directory sync"): the
 * dry run, the run itself (all or nothing) and the last runs. The nightly job runs the same sync on its own.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class DirectorySyncService {

    private final DirectorySync sync;
    private final CurrentUser currentUser;
    private final TransactionTemplate tx;
    private final Clock clock;

    DirectorySyncService(
            DirectorySync sync, CurrentUser currentUser, PlatformTransactionManager transactions, Clock clock) {
        this.sync = sync;
        this.currentUser = currentUser;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Whether the directory and the employee code attribute are configured (otherwise there is nothing to run). */
    public boolean configured() {
        return sync.configured();
    }

    /** What a sync would do now, row by row; writes nothing. */
    public DirectorySync.Preview preview() {
        SignedInUser me = currentUser.require();
        return tx.execute(status -> {
            status.setRollbackOnly();
            return sync.preview(me.id());
        });
    }

    /**
     * Syncs now: every change in one transaction, or none (then a UserFacingException saying why, and the refusal
     * is kept among the runs).
     */
    public DirectorySync.Preview run() {
        SignedInUser me = currentUser.require();
        Instant started = clock.instant();
        try {
            return tx.execute(status -> sync.apply(me.id(), me.username(), "ADMIN"));
        } catch (DirectorySync.Refused refused) {
            tx.executeWithoutResult(
                    status -> sync.recordRefusal("ADMIN", me.username(), refused.preview(), "rows", started));
            throw refused;
        } catch (UserFacingException failed) {
            tx.executeWithoutResult(
                    status -> sync.recordRefusal("ADMIN", me.username(), null, failed.messageKey(), started));
            throw failed;
        } catch (RuntimeException failed) {
            tx.executeWithoutResult(
                    status -> sync.recordRefusal("ADMIN", me.username(), null, "directory.sync.error.failed", started));
            throw failed;
        }
    }

    /** The last runs, newest first. */
    public List<DirectorySync.Run> runs() {
        return sync.runs(20);
    }
}
