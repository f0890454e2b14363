package vn.daotao.report;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.daotao.base.text.SearchText;
import vn.daotao.certificate.CertificateService;
import vn.daotao.report.internal.Charts;
import vn.daotao.report.internal.RosterPdf;
import vn.daotao.report.internal.PersonRecordQuery;
import vn.daotao.report.internal.RosterExport;
import vn.daotao.report.internal.RosterQueries;
import vn.daotao.security.CurrentUser;
import vn.daotao.security.Role;
import vn.daotao.security.SignedInUser;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/**
 * What unit heads (their own subtree) and admins (everything) see of completion. Each call resolves the
 * viewer's scope and passes it into the SQL; a unit or person outside it is refused.
 */
@Service
@PreAuthorize("hasAnyRole('UNIT_HEAD', 'ADMIN')")
@Transactional(readOnly = true)
public class ReportService {

    private final RosterQueries roster;
    private final PersonRecordQuery people;
    private final CurrentUser currentUser;
    private final CertificateService certificates;
    private final Clock clock;

    ReportService(RosterQueries roster, PersonRecordQuery people, CurrentUser currentUser,
                  CertificateService certificates, Clock clock) {
        this.roster = roster;
        this.people = people;
        this.certificates = certificates;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The viewer's own unit (their home in the dashboard); for admins the first root unit. */
    public long homeUnit() {
        SignedInUser me = currentUser.require();
        String scope = scope(me);
        return scope == null ? scopeUnits().getFirst().id()
                : roster.unitIdOfPath(scope).orElseThrow(() -> new AccessDeniedException("No unit"));
    }

    public List<ScopeUnit> scopeUnits() {
        return roster.scopeUnits(scope(currentUser.require()));
    }

    public List<EditionOption> editions() {
        return roster.editions();
    }

    public Figures figures(RosterFilter filter) {
        return roster.figures(filter, checked(filter), today());
    }

    public List<SubUnitFigures> bySubUnit(RosterFilter filter) {
        return dashboard(filter).subUnits();
    }

    /**
     * The whole dashboard in two passes over the roster: the per-sub-unit figures (their sum is the
     * unit's figures) and the completions per day.
     */
    public Dashboard dashboard(RosterFilter filter) {
        String scope = checked(filter);
        LocalDate today = today();
        RosterQueries.DashboardRows rows = roster.dashboard(filter, scope, today);
        List<SubUnitFigures> subUnits = rows.subUnits();
        List<DailyCount> perDay = rows.perDay();
        return new Dashboard(Figures.sum(subUnits.stream().map(SubUnitFigures::figures).toList()), subUnits, perDay,
                subUnits.stream().map(SubUnitFigures::latestDueDate).filter(java.util.Objects::nonNull)
                        .max(java.util.Comparator.naturalOrder()).orElse(null));
    }

    /** Both dashboard charts as PNG: cumulative completion against the due date, and % complete per sub-unit. */
    public ChartImages charts(Dashboard dashboard, ChartLabels labels, int width, int height) {
        byte[] cumulative = Charts.cumulative(dashboard.completionsPerDay(), dashboard.figures().assigned(),
                dashboard.latestDueDate(), today(), labels, width, height);
        byte[] bySubUnit = Charts.bySubUnit(dashboard.subUnits(), labels, width, height);
        return new ChartImages(cumulative, bySubUnit);
    }

    public record ChartImages(byte[] cumulative, byte[] bySubUnit) {
    }

    public List<RosterRow> people(RosterFilter filter, RosterSort sort, int offset, int limit) {
        return roster.page(filter, checked(filter), today(), sort, offset, limit);
    }

    public int countPeople(RosterFilter filter) {
        return roster.count(filter, checked(filter), today());
    }

    public PersonRecord person(long userId) {
        return people.find(userId, scope(currentUser.require()), today())
                .orElseThrow(() -> new AccessDeniedException("Person " + userId + " is outside the viewer's units"));
    }

    public void exportCsv(RosterFilter filter, ExportLabels labels, OutputStream out) {
        String scope = checked(filter);
        RosterExport.csv(out, labels, sink -> roster.stream(filter, scope, today(), sink));
    }

    public void exportXlsx(RosterFilter filter, String sheetName, ExportLabels labels, OutputStream out) {
        String scope = checked(filter);
        RosterExport.xlsx(out, sheetName, labels, sink -> roster.stream(filter, scope, today(), sink));
    }

    /** The printable report of the filter: header, figures, both charts, then the people (first rows). */
    public void exportPdf(RosterFilter filter, ReportTexts texts, OutputStream out) {
        String scope = checked(filter);
        LocalDate today = today();
        Dashboard dashboard = dashboard(filter);
        Figures figures = dashboard.figures();
        String unitName = roster.scopeUnits(scope).stream().filter(u -> u.id() == filter.unitId())
                .map(ScopeUnit::name).findFirst().orElse("");
        EditionOption edition = roster.editions().stream().filter(e -> e.editionId() == filter.editionId())
                .findFirst().orElseThrow(() -> new AccessDeniedException("No edition " + filter.editionId()));
        ChartImages charts = charts(dashboard, texts.chartLabels(), 1000, 420);
        RosterPdf.Content content = new RosterPdf.Content(texts.title(),
                texts.header(unitName, edition.title(), edition.editionNo()), texts.figures(figures),
                charts.cumulative(), charts.bySubUnit(), texts.columns(), texts.truncated(RosterPdf.MAX_ROWS), texts::cells);
        RosterPdf.write(out, content, sink -> roster.stream(filter, scope, today, sink));
    }

    /** Every valid certificate of the filter's completed cycles, as PDFs in one ZIP. */
    public void exportCertificates(RosterFilter filter, OutputStream out) {
        String scope = checked(filter);
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            roster.streamCertificates(filter, scope, today(), ref -> {
                CertificateService.CertificatePdf pdf = certificates.pdf(ref.id());
                try {
                    zip.putNextEntry(new ZipEntry(ref.serial() + "-" + SearchText.fold(ref.holderName()).replace(' ', '-') + ".pdf"));
                    zip.write(pdf.content());
                    zip.closeEntry();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Certificate ZIP failed", e);
        }
    }

    public static ExportLabels labels(List<String> headers, Function<RosterRow, String> status) {
        return new ExportLabels(headers, status);
    }

    /** The viewer's scope, after checking that the filter's unit lies inside it. */
    private String checked(RosterFilter filter) {
        roster.reportSession();
        String scope = scope(currentUser.require());
        roster.unitPathInScope(filter.unitId(), scope)
                .orElseThrow(() -> new AccessDeniedException("Unit " + filter.unitId() + " is outside the viewer's units"));
        if (filter.subUnitId() != null) {
            roster.unitPathInScope(filter.subUnitId(), scope)
                    .orElseThrow(() -> new AccessDeniedException("Unit " + filter.subUnitId() + " is outside the viewer's units"));
        }
        return scope;
    }

    private String scope(SignedInUser me) {
        if (me.has(Role.ADMIN)) {
            return null;
        }
        if (!me.has(Role.UNIT_HEAD)) {
            throw new AccessDeniedException("Not a unit head");
        }
        return roster.scopePathOf(me.unitId());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
