package vn.daotao.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.daotao.base.text.SearchText;
import vn.daotao.certificate.CertificateService;
import vn.daotao.certificate.CertificateTemplate;
import vn.daotao.report.internal.Charts;
import vn.daotao.report.internal.OfficialReport;
import vn.daotao.report.internal.OfficialReportDocx;
import vn.daotao.report.internal.OfficialReportPdf;
import vn.daotao.report.internal.PersonRecordQuery;
import vn.daotao.report.internal.RosterExport;
import vn.daotao.report.internal.RosterQueries;

/**
 * What unit heads (their own subtree) and admins (everything) see of completion. The viewer's scope is
 * resolved once ({@link #scope()}) and handed to each call, which checks it against the signed-in person
 * and passes it into the SQL; a unit or person outside it is refused.
 */
@Service
@PreAuthorize("hasAnyRole('UNIT_HEAD', 'ADMIN')")
@Transactional(readOnly = true)
public class ReportService {

    private final RosterQueries roster;
    private final PersonRecordQuery people;
    private final ReportScopes scopes;
    private final CertificateService certificates;
    private final Clock clock;

    ReportService(
            RosterQueries roster,
            PersonRecordQuery people,
            ReportScopes scopes,
            CertificateService certificates,
            Clock clock) {
        this.roster = roster;
        this.people = people;
        this.scopes = scopes;
        this.certificates = certificates;
        this.clock = clock;
    }

    /** The signed-in viewer's scope, to hand to the other calls of this request or page. */
    public ReportScope scope() {
        return scopes.resolve();
    }

    /** The viewer's own unit (their home in the dashboard); for admins the first root unit. */
    public long homeUnit(ReportScope scope) {
        ReportScope current = scopes.current(scope);
        return current.everything()
                ? scopeUnits(current).getFirst().id()
                : roster.unitIdOfPath(current.subtreePath()).orElseThrow(() -> new AccessDeniedException("No unit"));
    }

    public List<ScopeUnit> scopeUnits(ReportScope scope) {
        return roster.scopeUnits(scopes.current(scope).subtreePath());
    }

    public List<EditionOption> editions() {
        return roster.editions();
    }

    /**
     * The edition a report opens on: the one with the most people assigned in the viewer's scope (unit
     * cycles started by today, or personal ones); the first edition when nothing is assigned yet.
     */
    public java.util.Optional<Long> defaultEdition(ReportScope scope) {
        return roster.mostAssignedEdition(scopes.current(scope).subtreePath(), today())
                .or(() -> roster.editions().stream().findFirst().map(EditionOption::editionId));
    }

    /**
     * The figures of each direct sub-unit (and the unit's own people) in the filter's period and in
     * {@code other}, side by side: the rows of either period, in the order of the filter's.
     */
    public List<PeriodComparison> compare(ReportScope scope, RosterFilter filter, ReportPeriod other) {
        String path = checked(scope, filter);
        LocalDate today = today();
        List<SubUnitFigures> current = roster.dashboard(filter, path, today).subUnits();
        List<SubUnitFigures> before =
                roster.dashboard(filter.withPeriod(other), path, today).subUnits();
        return PeriodComparison.of(before, current);
    }

    public void exportComparisonCsv(
            ReportScope scope, RosterFilter filter, ReportPeriod other, ComparisonLabels labels, OutputStream out) {
        RosterExport.comparisonCsv(out, labels, compare(scope, filter, other));
    }

    public void exportComparisonXlsx(
            ReportScope scope, RosterFilter filter, ReportPeriod other, ComparisonLabels labels, OutputStream out) {
        RosterExport.comparisonXlsx(out, labels, compare(scope, filter, other));
    }

    /**
     * The whole dashboard: the per-sub-unit figures (their sum is the unit's figures) and the completions
     * per day in one statement, and both charts drawn at the given size.
     */
    public Dashboard dashboard(ReportScope scope, RosterFilter filter, ChartLabels labels, int width, int height) {
        return dashboard(checked(scope, filter), filter, labels, width, height);
    }

    public List<RosterRow> people(ReportScope scope, RosterFilter filter, RosterSort sort, int offset, int limit) {
        return roster.page(filter, checked(scope, filter), today(), sort, offset, limit);
    }

    public int countPeople(ReportScope scope, RosterFilter filter) {
        return roster.count(filter, checked(scope, filter), today());
    }

    public PersonRecord person(ReportScope scope, long userId) {
        return people.find(userId, scopes.current(scope).subtreePath(), today())
                .orElseThrow(() -> new AccessDeniedException("Person " + userId + " is outside the viewer's units"));
    }

    public void exportCsv(ReportScope scope, RosterFilter filter, ExportLabels labels, OutputStream out) {
        String path = checked(scope, filter);
        RosterExport.csv(out, labels, sink -> roster.stream(filter, path, today(), sink));
    }

    public void exportXlsx(
            ReportScope scope, RosterFilter filter, String sheetName, ExportLabels labels, OutputStream out) {
        String path = checked(scope, filter);
        RosterExport.xlsx(out, sheetName, labels, sink -> roster.stream(filter, path, today(), sink));
    }

    /**
     * The unit's "Báo cáo kết quả học tập" of the filter's period as an official document (Nghị định
     * 30/2020/NĐ-CP): the organisation's header block from the certificate settings (the unit as issuing
     * body under its parent unit, or under the governing body for a root unit), the number, recipients and
     * signer the unit head typed, a summary with the figures, and every row of the filter with its
     * certificate serial, as PDF or DOCX. Streams: the rows are never all in memory.
     */
    public void exportOfficialReport(
            ReportScope scope,
            RosterFilter filter,
            OfficialReportForm form,
            OfficialReportTexts texts,
            ReportFormat format,
            OutputStream out) {
        String path = checked(scope, filter);
        LocalDate today = today();
        CertificateTemplate header = certificates.documentHeader();
        RosterQueries.UnitNames names = roster.unitNames(filter.unitId());
        // the unit issues it; a sub-unit chosen in the filter is what it is about
        String covered = filter.subUnitId() == null
                ? names.name()
                : roster.unitNames(filter.subUnitId()).name();
        EditionOption edition = roster.editions().stream()
                .filter(e -> e.editionId() == filter.editionId())
                .findFirst()
                .orElseThrow(() -> new AccessDeniedException("No edition " + filter.editionId()));
        Figures figures = Figures.sum(roster.dashboard(filter, path, today).subUnits().stream()
                .map(SubUnitFigures::figures)
                .toList());
        List<String> columns = texts.columns();
        OfficialReport report = new OfficialReport(
                header.header(),
                names.parentName() != null ? names.parentName() : header.governingBody(),
                names.name(),
                texts.number(form.number()),
                texts.placeAndDate(header.place(), today),
                texts.title(),
                texts.subject(covered, edition.title(), edition.editionNo()),
                texts.summary(covered, figures),
                columns,
                columns.size() == OFFICIAL_COLUMN_WEIGHTS.length
                        ? OFFICIAL_COLUMN_WEIGHTS
                        : equalWeights(columns.size()),
                texts.recipientsLabel(),
                form.recipientList(),
                OfficialReportForm.orBlank(form.signerPosition()),
                OfficialReportForm.orBlank(form.signerName()));
        int[] number = {0};
        OfficialReport.Rows rows = sink -> roster.streamWithSerials(
                filter, path, today, r -> sink.accept(texts.cells(++number[0], r.row(), r.serial())));
        switch (format) {
            case PDF -> OfficialReportPdf.write(out, report, rows);
            case DOCX -> OfficialReportDocx.write(out, report, rows);
        }
    }

    /**
     * Relative widths of the official report's columns: STT, name, employee code, unit, status, due date,
     * completed on, score, certificate serial.
     */
    private static final float[] OFFICIAL_COLUMN_WEIGHTS = {30, 76, 44, 62, 54, 50, 50, 28, 73};

    /**
     * "SERIAL-ho-va-ten.pdf": the serial and the holder's name without accents, letters and digits only, so no
     * name can put a path ({@code ../}, slashes) or markup into the archive.
     */
    static String zipEntryName(String serial, String holderName) {
        String name = SearchText.fold(holderName).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (name.length() > 60) {
            name = name.substring(0, 60).replaceAll("-+$", "");
        }
        String safeSerial = serial.replaceAll("[^A-Za-z0-9-]", "");
        return safeSerial + (name.isEmpty() ? "" : "-" + name) + ".pdf";
    }

    private static float[] equalWeights(int columns) {
        float[] weights = new float[columns];
        java.util.Arrays.fill(weights, 1);
        return weights;
    }

    /** Every valid certificate of the filter's completed cycles, as PDFs in one ZIP. */
    public void exportCertificates(ReportScope scope, RosterFilter filter, OutputStream out) {
        String path = checked(scope, filter);
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            roster.streamCertificates(filter, path, today(), ref -> {
                CertificateService.CertificatePdf pdf = certificates.pdf(ref.id());
                try {
                    zip.putNextEntry(new ZipEntry(zipEntryName(ref.serial(), ref.holderName())));
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

    private Dashboard dashboard(String path, RosterFilter filter, ChartLabels labels, int width, int height) {
        LocalDate today = today();
        RosterQueries.DashboardRows rows = roster.dashboard(filter, path, today);
        LocalDate asOf = filter.periodOr(today).asOfDay(today);
        List<SubUnitFigures> subUnits = rows.subUnits();
        Figures figures =
                Figures.sum(subUnits.stream().map(SubUnitFigures::figures).toList());
        LocalDate latestDue = subUnits.stream()
                .map(SubUnitFigures::latestDueDate)
                .filter(Objects::nonNull)
                .max(Comparator.naturalOrder())
                .orElse(null);
        List<DailyCount> perDay = rows.perDay();
        ChartImages charts = new ChartImages(
                () -> Charts.cumulative(perDay, figures.assigned(), latestDue, asOf, labels, width, height),
                () -> Charts.bySubUnit(subUnits, labels, width, height));
        return new Dashboard(figures, subUnits, rows.perDay(), latestDue, charts);
    }

    /** The scope's subtree path, after checking the filter's units against it; report statements get more work_mem. */
    private String checked(ReportScope scope, RosterFilter filter) {
        roster.raiseWorkMemForThisTransaction();
        return scopes.covering(scope, filter).subtreePath();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
