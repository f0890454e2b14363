package vn.daotao.organisation.ui;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;
import vn.daotao.base.UserFacingException;
import vn.daotao.organisation.ImportResult;
import vn.daotao.organisation.PeopleImportService;

/**
 * People imports run in the background, one per admin, so a file of 20,000 rows neither holds a request nor is
 * lost when the admin leaves the page: the import page shows the running job's progress, and its result (with
 * the one-time passwords to download) when the admin comes back, until they start another import or an hour
 * has passed. The job runs with the admin's sign-in (the service checks the role and audits as them). Kept in
 * this node's memory: with sticky sessions the admin returns to the node that runs it. Imports take turns in
 * the database (the service's advisory lock).
 */
@Component
class PeopleImportJobs implements org.springframework.beans.factory.DisposableBean {

    /** How long a finished job's result (with its passwords) stays for the admin to come back to. */
    static final Duration KEEP = Duration.ofHours(1);

    private final PeopleImportService imports;
    private final ObjectProvider<SecurityContextHolderStrategy> holder;
    private final Clock clock;
    private final ConcurrentHashMap<Long, Job> jobs = new ConcurrentHashMap<>();
    private final ExecutorService runner = Executors.newFixedThreadPool(2, task -> {
        Thread thread = new Thread(task, "people-import");
        thread.setDaemon(true);
        return thread;
    });

    PeopleImportJobs(PeopleImportService imports, ObjectProvider<SecurityContextHolderStrategy> holder, Clock clock) {
        this.imports = imports;
        this.holder = holder;
        this.clock = clock;
    }

    /** One admin's import: how far it is, then its result or the problem that stopped it (nothing written). */
    static final class Job {
        final String fileName;
        final Instant started;
        private volatile int done;
        private volatile int total;
        private volatile ImportResult result;
        private volatile UserFacingException problem;
        private volatile Instant finished;

        Job(String fileName, Instant started) {
            this.fileName = fileName;
            this.started = started;
        }

        boolean running() {
            return finished == null;
        }

        /** 0 to 1; 0 while the file is still being read and checked. */
        double fraction() {
            return total == 0 ? 0 : Math.min(1, (double) done / total);
        }

        int done() {
            return done;
        }

        int total() {
            return total;
        }

        Optional<ImportResult> result() {
            return Optional.ofNullable(result);
        }

        Optional<UserFacingException> problem() {
            return Optional.ofNullable(problem);
        }
    }

    /**
     * Starts an import of {@code content} for the admin {@code ownerId}, unless one of theirs is still running
     * (then that one is returned). A finished job of theirs is forgotten.
     */
    Job start(long ownerId, String fileName, byte[] content) {
        forgetOld();
        Job running = jobs.get(ownerId);
        if (running != null && running.running()) {
            return running;
        }
        Job job = new Job(fileName, clock.instant());
        jobs.put(ownerId, job);
        SecurityContextHolderStrategy strategy = holder.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        DelegatingSecurityContextRunnable asAdmin = new DelegatingSecurityContextRunnable(
                () -> {
                    try {
                        job.result = imports.importFile(fileName, content, (done, total) -> {
                            job.total = total;
                            job.done = done;
                        });
                    } catch (UserFacingException refused) {
                        job.problem = refused;
                    } catch (RuntimeException failed) {
                        job.problem = new UserFacingException("people.import.error.failed");
                        org.slf4j.LoggerFactory.getLogger(PeopleImportJobs.class)
                                .error("People import of {} failed", fileName, failed);
                    } finally {
                        job.finished = clock.instant();
                    }
                },
                strategy.getContext());
        asAdmin.setSecurityContextHolderStrategy(strategy);
        runner.execute(asAdmin);
        return job;
    }

    /** The admin's running job, or their finished one of the last hour. */
    Optional<Job> current(long ownerId) {
        forgetOld();
        return Optional.ofNullable(jobs.get(ownerId));
    }

    /** The admin has seen the result (or starts over): its passwords leave the server's memory. */
    void dismiss(long ownerId) {
        jobs.computeIfPresent(ownerId, (id, job) -> job.running() ? job : null);
    }

    private void forgetOld() {
        Instant limit = clock.instant().minus(KEEP);
        jobs.values().removeIf(job -> job.finished != null && job.finished.isBefore(limit));
    }

    @Override
    public void destroy() {
        runner.shutdownNow();
    }
}
