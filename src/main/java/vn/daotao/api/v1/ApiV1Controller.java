package vn.daotao.api.v1;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;
import vn.daotao.api.ApiPage;
import vn.daotao.api.ApiReadService;
import vn.daotao.api.ApiRecords;
import vn.daotao.base.imports.ImportReport;
import vn.daotao.certificate.CertificateService;
import vn.daotao.certificate.Verification;
import vn.daotao.organisation.PeopleImportService;

/**
 * /api/v1: units and people (read, and upsert by code with the people import's rules), assignments, completions
 * (paged, and the whole export as NDJSON), certificates and their PDF, verification by code. Lists take {@code page}
 * (from 0) and {@code size} (1 to 1000, default 100). Errors are problem details ({@link ApiErrors}).
 */
@RestController
@RequestMapping(value = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@SecurityRequirement(name = "token")
class ApiV1Controller {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Exports at once on this node (each holds a database connection while it writes). */
    private final java.util.concurrent.Semaphore exports = new java.util.concurrent.Semaphore(2);

    private final ApiReadService read;
    private final PeopleImportService people;
    private final CertificateService certificates;

    ApiV1Controller(ApiReadService read, PeopleImportService people, CertificateService certificates) {
        this.read = read;
        this.people = people;
        this.certificates = certificates;
    }

    @Tag(name = "people")
    @Operation(summary = "Units, in creation order (scope read:people)")
    @GetMapping("/units")
    ApiPage<ApiRecords.Unit> units(
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "100") int size) {
        Paging.check(page, size);
        return read.units(page, size);
    }

    @Tag(name = "people")
    @Operation(summary = "One unit by its code (scope read:people)")
    @GetMapping("/units/{code}")
    ApiRecords.Unit unit(@PathVariable String code) {
        return read.unit(code).orElseThrow(() -> new ApiErrors.NotFound("No unit has the code " + code));
    }

    /** A unit to create or update: its name and its parent's code (empty or absent: a top unit). */
    record UnitBody(String name, String parentCode) {}

    @Tag(name = "people")
    @Operation(summary = "Create or update a unit by its code, with the people import's rules (scope write:people)")
    @PutMapping(value = "/units/{code}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ApiRecords.Upserted putUnit(@PathVariable String code, @RequestBody UnitBody body) {
        ImportReport report = people.upsert(
                List.of(new PeopleImportService.UnitUpsert(code, body.name(), body.parentCode())), List.of(), source());
        return new ApiRecords.Upserted(code, report.lines().getFirst().outcome().name());
    }

    @Tag(name = "people")
    @Operation(summary = "People of a unit and the units below it, or everyone (scope read:people)")
    @GetMapping("/people")
    ApiPage<ApiRecords.Person> people(
            @RequestParam(required = false) String unit,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "100") int size) {
        Paging.check(page, size);
        knownUnit(unit);
        return read.people(unit, page, size);
    }

    @Tag(name = "people")
    @Operation(summary = "One person by employee code (scope read:people)")
    @GetMapping("/people/{employeeCode}")
    ApiRecords.Person person(@PathVariable String employeeCode) {
        return read.person(employeeCode)
                .orElseThrow(() -> new ApiErrors.NotFound("No person has the employee code " + employeeCode));
    }

    /** A person to create or update (roles stay in this application; new people get the Employee role). */
    record PersonBody(String fullName, String username, String email, String unitCode) {}

    @Tag(name = "people")
    @Operation(
            summary = "Create or update a person by employee code, with the people import's rules (scope write:people)")
    @PutMapping(value = "/people/{employeeCode}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ApiRecords.Upserted putPerson(@PathVariable String employeeCode, @RequestBody PersonBody body) {
        ImportReport report = people.upsert(
                List.of(),
                List.of(new PeopleImportService.PersonUpsert(
                        employeeCode, body.fullName(), body.username(), body.email(), body.unitCode())),
                source());
        return new ApiRecords.Upserted(
                employeeCode, report.lines().getFirst().outcome().name());
    }

    @Tag(name = "records")
    @Operation(summary = "Assignments (cycles), in creation order (scope read:records)")
    @GetMapping("/assignments")
    ApiPage<ApiRecords.Assignment> assignments(
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "100") int size) {
        Paging.check(page, size);
        return read.assignments(page, size);
    }

    @Tag(name = "records")
    @Operation(
            summary = "Standing completions by unit (and below), period (completion days, Vietnam time) and person"
                    + " (scope read:records)")
    @GetMapping("/completions")
    ApiPage<ApiRecords.Completion> completions(
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String person,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "100") int size) {
        Paging.check(page, size);
        return read.completions(filter(unit, from, to, person), page, size);
    }

    @Tag(name = "records")
    @Operation(
            summary = "Every completion of the same filters as one stream of JSON lines (application/x-ndjson),"
                    + " written as it is read (scope read:records)")
    @GetMapping(value = "/completions/export", produces = "application/x-ndjson")
    void exportCompletions(
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String person,
            HttpServletResponse response)
            throws IOException {
        ApiRecords.Filter filter = filter(unit, from, to, person);
        // each export holds a database connection while it writes: a few at a time on a node, the others wait
        if (!exports.tryAcquire()) {
            throw new ApiErrors.Busy("Another export is running with this node's share; try again shortly.");
        }
        try {
            export(filter, response);
        } finally {
            exports.release();
        }
    }

    /** As many rows as the stream will carry, in X-Total-Count: a client can tell a stream cut short. */
    private void export(ApiRecords.Filter filter, HttpServletResponse response) throws IOException {
        response.setHeader(
                "X-Total-Count", String.valueOf(read.completions(filter, 0, 1).total()));
        response.setContentType("application/x-ndjson");
        response.setCharacterEncoding("UTF-8");
        OutputStream out = response.getOutputStream();
        int[] lines = {0};
        read.exportCompletions(filter, completion -> {
            try {
                out.write(JSON.writeValueAsBytes(completion));
                out.write('\n');
                if (++lines[0] % 1000 == 0) {
                    out.flush();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        out.flush();
    }

    @Tag(name = "records")
    @Operation(summary = "Certificates by unit (and below), period (issue days) and person (scope read:records)")
    @GetMapping("/certificates")
    ApiPage<ApiRecords.Certificate> certificates(
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String person,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "100") int size) {
        Paging.check(page, size);
        return read.certificates(filter(unit, from, to, person), page, size);
    }

    @Tag(name = "records")
    @Operation(summary = "A certificate's PDF, signed as on the site (scope read:records)")
    @GetMapping(value = "/certificates/{serial}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> certificatePdf(@PathVariable String serial) {
        CertificateService.CertificatePdf pdf = certificates
                .pdfBySerial(serial)
                .orElseThrow(() -> new ApiErrors.NotFound("No certificate has the serial " + serial));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", "attachment; filename=\"" + pdf.serial() + ".pdf\"")
                .body(pdf.content());
    }

    /** What the public check says of a certificate's verification code. */
    record Verified(
            String status,
            String holderName,
            String courseTitle,
            int editionNo,
            java.time.Instant issuedAt,
            java.time.Instant revokedAt,
            LocalDate validUntil,
            String replacedBy) {}

    @Tag(name = "records")
    @Operation(summary = "What the public check says of a verification code (scope read:records)")
    @GetMapping("/verify/{code}")
    Verified verify(@PathVariable String code) {
        Verification v = certificates
                .verify(code)
                .orElseThrow(() -> new ApiErrors.NotFound("No certificate has this verification code"));
        return new Verified(
                v.status().name(),
                v.holderName(),
                v.courseTitle(),
                v.editionNo(),
                v.issuedAt(),
                v.revokedAt(),
                v.validUntil(),
                v.replacedBy());
    }

    private ApiRecords.Filter filter(String unit, LocalDate from, LocalDate to, String person) {
        knownUnit(unit);
        if (from != null && to != null && to.isBefore(from)) {
            throw new ApiErrors.Invalid("'to' is before 'from'");
        }
        return new ApiRecords.Filter(unit, from, to, person);
    }

    private void knownUnit(String unit) {
        if (unit != null && !read.unitExists(unit)) {
            throw new ApiErrors.NotFound("No unit has the code " + unit);
        }
    }

    /** The import's audit names the token that sent the rows. */
    private static String source() {
        return "api: " + SecurityContextHolder.getContext().getAuthentication().getName();
    }

    static final class Paging {
        private Paging() {}

        static void check(int page, int size) {
            if (page < 0 || size < 1 || size > 1000) {
                throw new ApiErrors.Invalid("page must be 0 or more and size from 1 to 1000");
            }
        }
    }
}
