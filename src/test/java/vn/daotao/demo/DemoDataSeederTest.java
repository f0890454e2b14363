package vn.daotao.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
class DemoDataSeederTest {

    @Autowired
    DemoDataSeeder seeder;

    @Autowired
    JdbcClient jdbc;

    @Test
    void seedsTheDemoOrganisationOnceHoweverOftenItRuns() {
        int units = count("select count(*) from unit");
        int people = count("select count(*) from app_user");
        seeder.run(null);
        seeder.run(null);
        assertThat(count("select count(*) from unit")).isEqualTo(units);
        assertThat(count("select count(*) from app_user")).isEqualTo(people);

        assertThat(jdbc.sql("select name from unit where parent_id is null and code = 'BQL'")
                        .query(String.class)
                        .single())
                .isEqualTo("Ban Quản lý Làng Văn hóa - Du lịch các dân tộc Việt Nam");
        assertThat(count("select count(*) from unit u join unit p on p.id = u.parent_id where p.code = 'BQL'"))
                .isGreaterThanOrEqualTo(3);
        assertThat(count("""
                select count(*) from app_user h join unit u on u.id = h.unit_id
                 where h.username = 'truongdonvi' and 'UNIT_HEAD' = any (h.roles)
                   and exists (select 1 from unit s where s.parent_id = u.id)"""))
                .as("truongdonvi heads a unit that has a sub-unit")
                .isEqualTo(1);
        assertThat(count("""
                select count(*) from app_user e join app_user h on h.unit_id = e.unit_id
                 where e.username = 'nhanvien' and h.username = 'truongdonvi' and e.roles = '{EMPLOYEE}'""")).isEqualTo(1);
        assertThat(count("select count(*) from app_user where roles = '{EMPLOYEE}'"))
                .isGreaterThanOrEqualTo(20);
        assertThat(count("select count(*) from app_user where email like '%@demo.invalid' and search_text = ''"))
                .as("demo accounts are searchable")
                .isZero();
    }

    private int count(String sql) {
        return jdbc.sql(sql).query(Integer.class).single();
    }
}
