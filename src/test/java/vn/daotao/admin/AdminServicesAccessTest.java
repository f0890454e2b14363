package vn.daotao.admin;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import vn.daotao.audit.AuditFilter;
import vn.daotao.audit.AuditQuery;
import vn.daotao.certificate.CertificateSettingsData;
import vn.daotao.certificate.CertificateSettingsService;
import vn.daotao.progress.AssignmentData;
import vn.daotao.progress.AssignmentService;
import vn.daotao.progress.Recurrence;
import vn.daotao.security.TestSignIn;

/** An employee (or a unit head) calling any admin service method of these areas is refused, whatever the arguments. */
@SpringBootTest
class AdminServicesAccessTest {

    @Autowired
    CertificateSettingsService settings;

    @Autowired
    AssignmentService assignments;

    @Autowired
    AuditQuery audit;

    @Autowired
    ApplicationContext app;

    @AfterEach
    void signOut() {
        TestSignIn.clear(app);
    }

    @Test
    void employeesAndUnitHeadsAreRefusedEveryAdminMethod() {
        Map<String, Consumer<Void>> calls = Map.ofEntries(
                Map.entry("settings.current", v -> settings.current()),
                Map.entry("settings.checkSeal", v -> settings.checkSeal("a.png", new byte[] {1})),
                Map.entry("settings.save", v -> settings.save(new CertificateSettingsData("X", "Y", "Z", "AB", null))),
                Map.entry("settings.samplePdf", v -> settings.samplePdf()),
                Map.entry("assignments.assignments", v -> assignments.assignments(0, 10)),
                Map.entry("assignments.countAssignments", v -> assignments.countAssignments()),
                Map.entry("assignments.publishedEditions", v -> assignments.publishedEditions()),
                Map.entry("assignments.searchUnits", v -> assignments.searchUnits("", 0, 10)),
                Map.entry("assignments.searchPeople", v -> assignments.searchPeople("", 0, 10)),
                Map.entry(
                        "assignments.create",
                        v -> assignments.create(new AssignmentData(
                                1,
                                List.of(),
                                List.of(1L),
                                LocalDate.now(vn.daotao.base.TimeConfiguration.ZONE),
                                LocalDate.now(vn.daotao.base.TimeConfiguration.ZONE)
                                        .plusDays(1),
                                Recurrence.NONE))),
                Map.entry(
                        "assignments.reach",
                        v -> assignments.reach(new AssignmentData(
                                1,
                                List.of(),
                                List.of(1L),
                                null,
                                LocalDate.now(vn.daotao.base.TimeConfiguration.ZONE)
                                        .plusDays(1),
                                Recurrence.NONE))),
                Map.entry(
                        "assignments.changeDueDate",
                        v -> assignments.changeDueDate(
                                1,
                                LocalDate.now(vn.daotao.base.TimeConfiguration.ZONE)
                                        .plusDays(1))),
                Map.entry("audit.find", v -> audit.find(AuditFilter.none(), 0, 10)),
                Map.entry("audit.count", v -> audit.count(AuditFilter.none())));
        for (String user : new String[] {"nhanvien", "truongdonvi"}) {
            TestSignIn.as(app, user);
            calls.forEach((name, call) -> assertThatThrownBy(() -> call.accept(null))
                    .as(user + " " + name)
                    .isInstanceOf(AccessDeniedException.class));
        }
    }
}
