package vn.daotao.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.daotao.base.UserFacingException;
import vn.daotao.base.imports.ImportKind;
import vn.daotao.base.imports.ImportLine;
import vn.daotao.base.imports.ImportOutcome;
import vn.daotao.base.imports.ImportReport;
import vn.daotao.security.PasswordPolicy;
import vn.daotao.security.TestSignIn;

@SpringBootTest
class PeopleImportServiceTest {

    @Autowired
    PeopleImportService service;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext app;

    private String t;

    @BeforeEach
    void signIn() {
        TestSignIn.as(app, "admin");
        t = UUID.randomUUID().toString().substring(0, 8).toLowerCase();
    }

    @AfterEach
    void signOut() {
        TestSignIn.clear(app);
    }

    @Test
    void aSecondImportUpdatesInsteadOfDuplicating() throws IOException {
        byte[] first = workbook(
                List.of(List.of("U1-" + t, "Phòng Một " + t, "BQL"), List.of("U2-" + t, "Tổ Hai " + t, "U1-" + t)),
                List.of(
                        List.of("E1-" + t, "Nguyễn Văn Một", "mot" + t, "mot@example.vn", "U2-" + t, "Nhân viên"),
                        List.of("E2-" + t, "Trần Thị Hai", "hai" + t, "", "U1-" + t, "Nhân viên; Trưởng đơn vị")));
        ImportReport dry = service.check(first);
        assertThat(dry.ok()).isTrue();
        assertThat(dry.count(ImportKind.UNIT, ImportOutcome.CREATE)).isEqualTo(2);
        assertThat(dry.count(ImportKind.PERSON, ImportOutcome.CREATE)).isEqualTo(2);
        assertThat(count("select count(*) from app_user where employee_code like :p"))
                .isZero();

        ImportResult done = service.importFile("nhap-1.xlsx", first);
        assertThat(done.passwords()).hasSize(2);
        assertThat(count("select count(*) from app_user where employee_code like :p"))
                .isEqualTo(2);
        assertThat(count("select count(*) from unit where code like :p")).isEqualTo(2);
        assertThat(jdbc.sql("select p.code from unit u join unit p on p.id = u.parent_id where u.code = :c")
                        .param("c", "U2-" + t)
                        .query(String.class)
                        .single())
                .isEqualTo("U1-" + t);
        ImportResult.InitialPassword pw = done.passwords().getFirst();
        assertThat(PasswordPolicy.violations(pw.username(), pw.password())).isEmpty();
        assertThat(encoder.matches(
                        pw.password(),
                        jdbc.sql("select password_hash from app_user where username = :u")
                                .param("u", pw.username())
                                .query(String.class)
                                .single()))
                .isTrue();
        assertThat(count("select count(*) from app_user where employee_code like :p and must_change_password"))
                .isEqualTo(2);
        assertThat(jdbc.sql("select roles::text from app_user where username = :u")
                        .param("u", "hai" + t)
                        .query(String.class)
                        .single())
                .isEqualTo("{EMPLOYEE,UNIT_HEAD}");

        String second = """
                Mã nhân viên;Họ và tên;Tên đăng nhập;Email;Mã đơn vị;Vai trò
                e1-%1$s;Nguyễn Văn Một Mới;;mot@example.vn;U2-%1$s;
                E2-%1$s;Trần Thị Hai;HAI%1$s;;U1-%1$s;Nhân viên; Trưởng đơn vị
                """.formatted(t);
        // (the last row's roles split on the separator: the file is semicolon-separated, so quote them)
        second = second.replace(";Nhân viên; Trưởng đơn vị", ";\"Nhân viên; Trưởng đơn vị\"");
        ImportReport again = service.check(second.getBytes(StandardCharsets.UTF_8));
        assertThat(again.lines())
                .extracting(ImportLine::outcome)
                .containsExactly(ImportOutcome.UPDATE, ImportOutcome.UNCHANGED);
        service.importFile("nhap-2.csv", second.getBytes(StandardCharsets.UTF_8));
        assertThat(count("select count(*) from app_user where employee_code ilike :p"))
                .isEqualTo(2);
        assertThat(jdbc.sql("select full_name || '|' || search_text from app_user where username = :u")
                        .param("u", "mot" + t)
                        .query(String.class)
                        .single())
                .isEqualTo("Nguyễn Văn Một Mới|nguyen van mot moi mot" + t + " e1-" + t);
        assertThat(jdbc.sql(
                                "select details->>'peopleUpdated' from audit_event where action = 'PEOPLE_IMPORTED' and target_id = 'nhap-2.csv' order by id desc limit 1")
                        .query(String.class)
                        .single())
                .isEqualTo("1");
    }

    @Test
    void aMoveByImportIsKeptInTheMembershipHistory() {
        String header = "Mã nhân viên;Họ và tên;Tên đăng nhập;Email;Mã đơn vị;Vai trò\n";
        String units = "Mã đơn vị;Tên đơn vị;Mã đơn vị cấp trên\n";
        service.importFile(
                "don-vi.csv",
                (units + "MA-%1$s;Phòng A;BQL\nMB-%1$s;Phòng B;BQL\n".formatted(t)).getBytes(StandardCharsets.UTF_8));
        service.importFile(
                "nguoi-1.csv",
                (header + "MV-%1$s;Phạm Văn Chuyển;chuyen%1$s;;MA-%1$s;Nhân viên\n".formatted(t))
                        .getBytes(StandardCharsets.UTF_8));
        service.importFile(
                "nguoi-2.csv",
                (header + "MV-%1$s;Phạm Văn Chuyển;;;MB-%1$s;\"Nhân viên; Trưởng đơn vị\"\n".formatted(t))
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(jdbc.sql("""
                        select u.code || ':' || m.unit_head || ':' || (m.valid_to is null)
                          from unit_membership m join unit u on u.id = m.unit_id
                          join app_user p on p.id = m.user_id
                         where p.username = :u order by m.valid_from, m.id""").param("u", "chuyen" + t).query(String.class).list())
                .as("the import moved and promoted the person: both periods are kept")
                .containsExactly("MA-" + t + ":false:false", "MB-" + t + ":true:true");
    }

    @Test
    void badRowsImportNothingAndEachRowIsReported() {
        jdbc.sql(
                        "insert into unit (code, name, parent_id, active) values (:c, 'Đã đóng', (select id from unit where code = 'BQL'), false)")
                .param("c", "OFF-" + t)
                .update();
        String csv = """
                Mã nhân viên,Họ và tên,Tên đăng nhập,Email,Mã đơn vị,Vai trò
                A-%1$s,Người Đúng,dung%1$s,,VP,
                B-%1$s,,thieuten%1$s,,VP,
                C-%1$s,Sai Đơn Vị,saidv%1$s,,KHONGCO-%1$s,
                D-%1$s,Sai Email,saiemail%1$s,khong-phai-email,VP,
                A-%1$s,Trùng Mã,trungma%1$s,,VP,
                E-%1$s,Sai Vai Trò,saivt%1$s,,VP,Giám đốc
                F-%1$s,Trùng Tên Đăng Nhập,nhanvien,,VP,
                G-%1$s,Đơn Vị Đóng,dvdong%1$s,,OFF-%1$s,
                ,Thiếu Mã,thieuma%1$s,,VP,
                VP0002,Trần Văn Minh,nguoikhac,,VP,
                """.formatted(t);
        byte[] content = csv.getBytes(StandardCharsets.UTF_8);
        ImportReport report = service.check(content);
        assertThat(report.ok()).isFalse();
        assertThat(report.lines()).extracting(ImportLine::row).containsExactly(2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
        assertThat(report.lines().getFirst().outcome()).isEqualTo(ImportOutcome.CREATE);
        assertThat(report.lines().subList(1, 10))
                .allSatisfy(l -> assertThat(l.outcome()).isEqualTo(ImportOutcome.ERROR));
        assertThat(report.lines().stream()
                        .skip(1)
                        .map(l -> l.problems().getFirst().key())
                        .toList())
                .containsExactly(
                        "people.import.problem.nameMissing",
                        "people.import.problem.unitUnknown",
                        "people.import.problem.email",
                        "people.import.problem.codeDuplicate",
                        "people.import.problem.role",
                        "people.import.problem.usernameTaken",
                        "people.import.problem.unitInactive",
                        "people.import.problem.codeMissing",
                        "people.import.problem.usernameChange");
        assertThat(report.lines().get(4).problems().getFirst().args()).containsExactly("A-" + t, 2);

        assertThatThrownBy(() -> service.importFile("sai.csv", content))
                .isInstanceOfSatisfying(
                        UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("people.import.error.rows"));
        assertThat(count("select count(*) from app_user where employee_code like :p"))
                .isZero();
    }

    @Test
    void unitRowsWithLoopsOrUnknownParentsAreRefused() {
        String csv = """
                Mã đơn vị,Tên đơn vị,Mã đơn vị cấp trên
                X-%1$s,Phòng X,Y-%1$s
                Y-%1$s,Phòng Y,X-%1$s
                Z-%1$s,Phòng Z,KHONGCO
                W-%1$s,Phòng W,
                VP,Văn phòng,VP-HCTH
                """.formatted(t);
        ImportReport report = service.check(csv.getBytes(StandardCharsets.UTF_8));
        assertThat(report.lines().stream()
                        .map(l -> l.problems().getFirst().key())
                        .toList())
                .containsExactly(
                        "people.import.problem.cycle",
                        "people.import.problem.cycle",
                        "people.import.problem.parentUnknown",
                        "people.import.problem.parentMissing",
                        "people.import.problem.cycle");
    }

    private int count(String sql) {
        return jdbc.sql(sql).param("p", "%" + t).query(Integer.class).single();
    }

    private static byte[] workbook(List<List<String>> units, List<List<String>> people) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            sheet(
                    wb.createSheet("Người dùng"),
                    List.of("Mã nhân viên", "Họ và tên", "Tên đăng nhập", "Email", "Mã đơn vị", "Vai trò"),
                    people);
            sheet(wb.createSheet("Đơn vị"), List.of("Mã đơn vị", "Tên đơn vị", "Mã đơn vị cấp trên"), units);
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static void sheet(Sheet sheet, List<String> header, List<List<String>> rows) {
        Row h = sheet.createRow(0);
        for (int i = 0; i < header.size(); i++) {
            h.createCell(i).setCellValue(header.get(i));
        }
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r + 1);
            for (int i = 0; i < rows.get(r).size(); i++) {
                row.createCell(i).setCellValue(rows.get(r).get(i));
            }
        }
    }
}
