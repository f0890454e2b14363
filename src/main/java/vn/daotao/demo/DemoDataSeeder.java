package vn.daotao.demo;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.daotao.base.text.SearchText;

/**
 * Seeds the demo organisation of the seed text and its accounts. Idempotent: rows are matched by
 * their natural keys (unit code, user name), so a restart adds nothing twice and changes nothing
 * an admin edited.
 */
@Component
@Profile("demo")
@Order(10)
class DemoDataSeeder implements ApplicationRunner {

    static final String DEMO_PASSWORD = "demo12345";
    private static final Logger log = LoggerFactory.getLogger(DemoDataSeeder.class);

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final TransactionTemplate tx;

    DemoDataSeeder(JdbcClient jdbc, PasswordEncoder encoder, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) {
        tx.executeWithoutResult(status -> seed());
    }

    private void seed() {
        // The seed text names the organisation but not its internal units; the unit names below are
        // generic demo names, not facts from the source.
        unit("BQL", null, "Ban Quản lý Làng Văn hóa - Du lịch các dân tộc Việt Nam");
        unit("VP", "BQL", "Văn phòng");
        unit("VP-HCTH", "VP", "Tổ Hành chính - Tổng hợp");
        unit("TCCB", "BQL", "Phòng Tổ chức cán bộ");
        unit("KHTC", "BQL", "Phòng Kế hoạch - Tài chính");

        String hash = encoder.encode(DEMO_PASSWORD);
        int added = 0;
        added += person("admin", "Quản trị hệ thống", "QT0001", "BQL", "{ADMIN,EMPLOYEE}", hash);
        added += person("truongdonvi", "Nguyễn Thị Thanh Hương", "VP0001", "VP", "{UNIT_HEAD,EMPLOYEE}", hash);
        added += person("nhanvien", "Trần Văn Minh", "VP0002", "VP", "{EMPLOYEE}", hash);
        List<String[]> employees = List.of(
                new String[] {"VP0003", "Lê Thị Mai", "VP"},
                new String[] {"VP0004", "Phạm Quốc Bảo", "VP"},
                new String[] {"VP0005", "Hoàng Thị Lan", "VP"},
                new String[] {"HC0001", "Vũ Đức Anh", "VP-HCTH"},
                new String[] {"HC0002", "Đặng Thị Thu Trang", "VP-HCTH"},
                new String[] {"HC0003", "Bùi Văn Hải", "VP-HCTH"},
                new String[] {"HC0004", "Đỗ Thị Ngọc Ánh", "VP-HCTH"},
                new String[] {"TC0001", "Ngô Văn Tùng", "TCCB"},
                new String[] {"TC0002", "Dương Thị Hồng", "TCCB"},
                new String[] {"TC0003", "Lý Minh Tuấn", "TCCB"},
                new String[] {"TC0004", "Trịnh Thị Yến", "TCCB"},
                new String[] {"TC0005", "Mai Văn Long", "TCCB"},
                new String[] {"KH0001", "Cao Thị Phương", "KHTC"},
                new String[] {"KH0002", "Đinh Quang Huy", "KHTC"},
                new String[] {"KH0003", "Tạ Thị Bích Ngọc", "KHTC"},
                new String[] {"KH0004", "Lương Văn Thắng", "KHTC"},
                new String[] {"KH0005", "Phan Thị Hạnh", "KHTC"},
                new String[] {"KH0006", "Hà Minh Đức", "KHTC"},
                new String[] {"VP0006", "Châu Thị Kim Oanh", "VP"},
                new String[] {"HC0005", "Kiều Văn Nam", "VP-HCTH"});
        for (String[] e : employees) {
            added += person(e[0].toLowerCase(), e[1], e[0], e[2], "{EMPLOYEE}", hash);
        }
        if (added > 0) {
            log.info("Demo data: {} accounts added (password '{}', demo profile only)", added, DEMO_PASSWORD);
        }
    }

    private void unit(String code, String parentCode, String name) {
        jdbc.sql("""
                        insert into unit (code, name, parent_id)
                        values (:code, :name, (select id from unit where code = :parent))
                        on conflict (code) do nothing""")
                .param("code", code)
                .param("name", name)
                .param("parent", parentCode)
                .update();
    }

    private int person(String username, String fullName, String code, String unitCode, String roles, String hash) {
        return jdbc.sql("""
                        insert into app_user (username, full_name, employee_code, email, unit_id, roles,
                                              password_hash, search_text)
                        values (:username, :fullName, :code, :email, (select id from unit where code = :unit),
                                cast(:roles as text[]), :hash, :search)
                        on conflict (username) do nothing""")
                .param("username", username)
                .param("fullName", fullName)
                .param("code", code)
                .param("email", username + "@demo.invalid")
                .param("unit", unitCode)
                .param("roles", roles)
                .param("hash", hash)
                .param("search", SearchText.foldAll(fullName, username, code))
                .update();
    }
}
