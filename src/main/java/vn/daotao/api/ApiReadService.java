package vn.daotao.api;

import java.time.Clock;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.daotao.api.internal.ApiQueries;

/** What the API reads, each behind its scope (checked here as well as on the path). */
@Service
public class ApiReadService {

    private final ApiQueries queries;
    private final Clock clock;

    ApiReadService(ApiQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @PreAuthorize("hasAuthority('SCOPE_read:people')")
    @Transactional(readOnly = true)
    public ApiPage<ApiRecords.Unit> units(int page, int size) {
        return queries.units(page, size);
    }

    @PreAuthorize("hasAuthority('SCOPE_read:people')")
    @Transactional(readOnly = true)
    public Optional<ApiRecords.Unit> unit(String code) {
        return queries.unit(code);
    }

    @PreAuthorize("hasAuthority('SCOPE_read:people')")
    @Transactional(readOnly = true)
    public ApiPage<ApiRecords.Person> people(String unitCode, int page, int size) {
        return queries.people(unitCode, page, size);
    }

    @PreAuthorize("hasAuthority('SCOPE_read:people')")
    @Transactional(readOnly = true)
    public Optional<ApiRecords.Person> person(String employeeCode) {
        return queries.person(employeeCode);
    }

    /** Whether a unit code names a unit (null names none and passes). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean unitExists(String code) {
        return queries.unitExists(code);
    }

    @PreAuthorize("hasAuthority('SCOPE_read:records')")
    @Transactional(readOnly = true)
    public ApiPage<ApiRecords.Assignment> assignments(int page, int size) {
        return queries.assignments(page, size);
    }

    @PreAuthorize("hasAuthority('SCOPE_read:records')")
    @Transactional(readOnly = true)
    public ApiPage<ApiRecords.Completion> completions(ApiRecords.Filter filter, int page, int size) {
        return queries.completions(filter, page, size);
    }

    /** Every completion of the filter to {@code sink}, from a cursor in one read-only transaction. */
    @PreAuthorize("hasAuthority('SCOPE_read:records')")
    @Transactional(readOnly = true)
    public void exportCompletions(ApiRecords.Filter filter, Consumer<ApiRecords.Completion> sink) {
        queries.streamCompletions(filter, sink);
    }

    @PreAuthorize("hasAuthority('SCOPE_read:records')")
    @Transactional(readOnly = true)
    public ApiPage<ApiRecords.Certificate> certificates(ApiRecords.Filter filter, int page, int size) {
        return queries.certificates(filter, clock.instant(), page, size);
    }
}
