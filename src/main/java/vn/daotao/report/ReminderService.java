package vn.daotao.report;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.daotao.audit.AuditAction;
import vn.daotao.audit.AuditLog;
import vn.daotao.audit.AuditTarget;
import vn.daotao.progress.CycleStatus;
import vn.daotao.report.internal.RosterQueries;
import vn.daotao.security.CurrentUser;
import vn.daotao.security.SignedInUser;

/**
 * Reminds overdue people of a unit head's filter by email (when SMTP is configured) and with a notice
 * on their next sign-in. A person is reminded about a cycle at most once in 24 hours, however often
 * the button is pressed, and every reminder is recorded.
 */
@Service
public class ReminderService {

    private static final Logger log = LoggerFactory.getLogger(ReminderService.class);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final RosterQueries roster;
    private final ReportScopes scopes;
    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final ObjectProvider<JavaMailSender> mail;
    private final AuditLog audit;
    private final Clock clock;
    private final String from;
    private final String publicUrl;

    ReminderService(
            RosterQueries roster,
            ReportScopes scopes,
            JdbcClient jdbc,
            CurrentUser currentUser,
            ObjectProvider<JavaMailSender> mail,
            AuditLog audit,
            Clock clock,
            @Value("${app.mail.from:no-reply@daotao.local}") String from,
            @Value("${app.public-url:http://localhost:8080}") String publicUrl) {
        this.roster = roster;
        this.scopes = scopes;
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.mail = mail;
        this.audit = audit;
        this.clock = clock;
        this.from = from;
        this.publicUrl = publicUrl;
    }

    @PreAuthorize("hasAnyRole('UNIT_HEAD', 'ADMIN')")
    @Transactional
    public ReminderResult remindOverdue(ReportScope viewerScope, RosterFilter filter) {
        SignedInUser me = currentUser.require();
        String scope = scopes.covering(viewerScope, filter).subtreePath();
        LocalDate today = LocalDate.now(clock);
        // whatever period the page shows, reminders go to those overdue today
        RosterFilter overdue = filter.withPeriod(null).withStatus(CycleStatus.OVERDUE);
        roster.lockReminders();
        int total = roster.count(overdue, scope, today);
        List<RosterQueries.Reminded> reminded = roster.insertReminders(overdue, scope, today, me.id());
        JavaMailSender sender = mail.getIfAvailable();
        int emailed = 0;
        for (RosterQueries.Reminded r : reminded) {
            if (sender != null && r.email() != null && !r.email().isBlank()) {
                try {
                    sender.send(message(r));
                    roster.markEmailed(r.reminderId());
                    emailed++;
                } catch (MailException e) {
                    // The in-app notice still reaches the person; the missing email is visible in the record.
                    log.warn("Reminder email to user {} failed: {}", r.userId(), e.getMessage());
                }
            }
        }
        audit.recordChangeInCurrentTransaction(
                AuditAction.REMINDERS_SENT,
                AuditTarget.UNIT,
                filter.unitId(),
                Map.of(
                        "edition",
                        filter.editionId(),
                        "reminded",
                        reminded.size(),
                        "emailed",
                        emailed,
                        "overdue",
                        total));
        return new ReminderResult(reminded.size(), emailed, total);
    }

    /** Reminders the signed-in person has not seen yet; they count as seen once returned. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public List<Notice> takeMyNotices() {
        long me = currentUser.require().id();
        return jdbc.sql("""
                        with taken as (
                            update reminder set seen_at = now() where user_id = :u and seen_at is null
                            returning id, assignment_id
                        )
                        select t.id, t.assignment_id, e.title, a.due_date
                          from taken t join assignment a on a.id = t.assignment_id
                          join course_edition e on e.id = a.edition_id
                         order by a.due_date""")
                .param("u", me)
                .query((rs, i) ->
                        new Notice(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getObject(4, LocalDate.class)))
                .list();
    }

    private SimpleMailMessage message(RosterQueries.Reminded r) {
        SimpleMailMessage m = new SimpleMailMessage();
        m.setFrom(from);
        m.setTo(r.email());
        m.setSubject("Nhắc nhở: khóa học \"" + r.courseTitle() + "\" đã quá hạn");
        m.setText("""
                Kính gửi %s,

                Khóa học "%s" của đồng chí đã quá hạn hoàn thành (hạn: %s).
                Đề nghị đồng chí đăng nhập để hoàn thành khóa học: %s/my-courses

                Trân trọng.""".formatted(r.fullName(), r.courseTitle(), DATE.format(r.dueDate()), publicUrl));
        return m;
    }
}
