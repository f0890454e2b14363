package vn.daotao.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.daotao.base.UserFacingException;
import vn.daotao.base.imports.ImportKind;
import vn.daotao.base.imports.ImportOutcome;
import vn.daotao.organisation.internal.DirectorySync;
import vn.daotao.organisation.internal.DirectorySync.AbsenceStep;
import vn.daotao.organisation.internal.DirectorySyncJob;
import vn.daotao.security.TestSignIn;

/**
 * The directory sync against a real LDAP server (UnboundID's in-memory directory, started here) holding an
 * Active-Directory-like tree: units as nested organisational units coded in their description, people with an
 * employee number, a service account without one, and a container outside the units. A dry run writes nothing;
 * the sync creates the tree and the people, links a person imported earlier by employee code, moves a person
 * whose entry moved (through the membership history), marks a removed person missing, disables them after the
 * grace period and enables them again when they come back; rows with problems refuse the whole sync; the nightly
 * job runs once; an unreachable directory changes nothing.
 */
@SpringBootTest
class DirectorySyncTest {

    private static final String BASE = "dc=bo,dc=test";
    private static final String UNITS = "ou=Don vi," + BASE;
    private static final String RUN =
            UUID.randomUUID().toString().replaceAll("[^0-9]", "").substring(0, 6);
    private static final InMemoryDirectoryServer LDAP = start();

    @Autowired
    DirectorySyncService service;

    @Autowired
    DirectorySyncJob job;

    @Autowired
    PeopleAdminService admin;

    @Autowired
    org.springframework.security.authentication.AuthenticationProvider signIn;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext app;

    @BeforeEach
    void signIn() {
        TestSignIn.as(app, "admin");
    }

    @AfterEach
    void signOut() {
        TestSignIn.clear(app);
    }

    @AfterAll
    static void stop() {
        LDAP.shutDown(true);
    }

    @DynamicPropertySource
    static void directory(DynamicPropertyRegistry registry) {
        vn.daotao.security.TestDirectory.register(registry, LDAP, BASE, "ou=Don vi");
        registry.add("app.directory.sync.nightly", () -> "true");
        // the job is called here; its own schedule is once a year, far from any test run
        registry.add("app.directory.sync.cron", () -> "0 0 3 1 1 *");
        registry.add("app.directory.sync.grace-days", () -> "30");
    }

    private static InMemoryDirectoryServer start() {
        try {
            var server = vn.daotao.security.TestDirectory.start(BASE);
            server.add("dn: " + UNITS, "objectClass: organizationalUnit", "ou: Don vi");
            server.add("dn: ou=Service," + BASE, "objectClass: organizationalUnit", "ou: Service");
            unit(server, "Cục An ninh", UNITS, "CA");
            unit(server, "Phòng Một", "ou=Cục An ninh," + UNITS, "P1");
            unit(server, "Phòng Hai", "ou=Cục An ninh," + UNITS, "P2");
            unit(server, "Văn phòng", UNITS, "VP");
            person(server, "a", "Nguyễn Văn An", "ou=Phòng Một,ou=Cục An ninh," + UNITS, "NV-A");
            person(server, "b", "Trần Thị Bình", "ou=Phòng Một,ou=Cục An ninh," + UNITS, "NV-B");
            person(server, "c", "Lê Văn Cường", "ou=Phòng Hai,ou=Cục An ninh," + UNITS, "NV-C");
            person(server, "d", "Phạm Thị Dung", "ou=Văn phòng," + UNITS, "NV-D");
            // a service account: no employee number, not a person of this application
            server.add(
                    "dn: uid=svc" + RUN + ",ou=Văn phòng," + UNITS,
                    "objectClass: inetOrgPerson",
                    "uid: svc" + RUN,
                    "cn: Máy in",
                    "sn: in");
            server.startListening();
            return server;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void unit(InMemoryDirectoryServer server, String name, String parent, String code) throws Exception {
        server.add(
                "dn: ou=" + name + "," + parent,
                "objectClass: organizationalUnit",
                "ou: " + name,
                "description: " + code + "-" + RUN);
    }

    private static void person(InMemoryDirectoryServer server, String uid, String name, String parent, String code)
            throws Exception {
        server.add(
                "dn: uid=ds" + RUN + uid + "," + parent,
                "objectClass: inetOrgPerson",
                "uid: ds" + RUN + uid,
                "cn: " + name,
                "sn: " + name.substring(name.lastIndexOf(' ') + 1),
                "mail: ds" + RUN + uid + "@bo.test",
                "employeeNumber: " + code + "-" + RUN,
                "userPassword: Directory-Pass-1");
    }

    @Test
    void syncsUnitsAndPeopleFromTheDirectory() throws Exception {
        assertThat(service.configured()).isTrue();
        // D was imported from a file before the directory: same employee code and user name, at the top unit
        jdbc.sql("""
                        insert into app_user (username, full_name, employee_code, unit_id, roles, password_hash,
                                              search_text)
                        values (:u, 'Phạm Thị Dung', :c, (select id from unit where parent_id is null order by id limit 1),
                                array['EMPLOYEE'], 'x', 'pham thi dung')""").param("u", "ds" + RUN + "d").param("c", "NV-D-" + RUN).update();

        DirectorySync.Preview dry = service.preview();
        assertThat(dry.ok()).as("problems: %s", dry.report().lines()).isTrue();
        assertThat(mine(dry, ImportKind.UNIT, ImportOutcome.CREATE)).isEqualTo(4);
        assertThat(mine(dry, ImportKind.PERSON, ImportOutcome.CREATE)).isEqualTo(3);
        assertThat(mine(dry, ImportKind.PERSON, ImportOutcome.UPDATE))
                .as("D moves to VP")
                .isEqualTo(1);
        assertThat(dry.report().lines())
                .as("the service account (no employee number) is not a row")
                .noneMatch(l -> String.valueOf(l.label()).equals("Máy in"));
        assertThat(count("select count(*) from unit where code like :p"))
                .as("a dry run writes nothing")
                .isZero();

        DirectorySync.Preview first = service.run();
        assertThat(first.ok()).isTrue();
        assertThat(parentOf("P1")).isEqualTo("CA-" + RUN);
        assertThat(parentOf("P2")).isEqualTo("CA-" + RUN);
        assertThat(parentOf("CA")).isEqualTo(topUnit());
        assertThat(parentOf("VP")).isEqualTo(topUnit());
        assertThat(unitOf("a")).isEqualTo("P1-" + RUN);
        assertThat(unitOf("b")).isEqualTo("P1-" + RUN);
        assertThat(unitOf("c")).isEqualTo("P2-" + RUN);
        assertThat(unitOf("d"))
                .as("the person imported earlier is moved, not duplicated")
                .isEqualTo("VP-" + RUN);
        assertThat(count("select count(*) from app_user where employee_code like 'NV-D-' || :r"))
                .isEqualTo(1);
        assertThat(jdbc.sql("select directory_dn || '|' || must_change_password || '|' || roles::text"
                                + " from app_user where username = :u")
                        .param("u", "ds" + RUN + "a")
                        .query(String.class)
                        .single())
                .as("the entry is recorded, no one-time password to change, an employee")
                .isEqualTo("uid=ds" + RUN + "a,ou=Phòng Một,ou=Cục An ninh," + UNITS + "|false|{EMPLOYEE}");
        assertThat(dn("d")).isEqualTo("uid=ds" + RUN + "d,ou=Văn phòng," + UNITS);
        assertThat(state("a")).as("a synced person's account is enabled").isEqualTo("true|false|false");
        assertThat(signsIn("a", "Directory-Pass-1"))
                .as("with the directory's password")
                .isTrue();
        assertThat(jdbc.sql(
                                "select password_hash <> 'x' and not must_change_password from app_user where username = :u")
                        .param("u", "ds" + RUN + "d")
                        .query(Boolean.class)
                        .single())
                .as("the local password of the account imported earlier no longer opens it")
                .isTrue();
        assertThat(jdbc.sql("""
                        select details->>'unitsCreated' || '/' || (details->>'peopleCreated') || '/'
                               || (details->>'peopleUpdated') || '/' || (details->>'trigger') || '/' || actor_username
                          from audit_event where action = 'DIRECTORY_SYNCED' order by id desc limit 1""").query(String.class).single())
                .as("audited with counts")
                .isEqualTo("4/3/1/ADMIN/admin");

        // B moves to Phòng Hai, C leaves the organisation
        LDAP.modifyDN(
                "uid=ds" + RUN + "b,ou=Phòng Một,ou=Cục An ninh," + UNITS,
                "uid=ds" + RUN + "b",
                true,
                "ou=Phòng Hai,ou=Cục An ninh," + UNITS);
        LDAP.delete("uid=ds" + RUN + "c,ou=Phòng Hai,ou=Cục An ninh," + UNITS);
        DirectorySync.Preview second = service.preview();
        assertThat(mine(second, ImportKind.PERSON, ImportOutcome.UPDATE)).isEqualTo(1);
        assertThat(step(second, "C")).isEqualTo(AbsenceStep.MISSING);
        service.run();
        assertThat(unitOf("b")).isEqualTo("P2-" + RUN);
        assertThat(dn("b")).isEqualTo("uid=ds" + RUN + "b,ou=Phòng Hai,ou=Cục An ninh," + UNITS);
        assertThat(signsIn("b", "Directory-Pass-1"))
                .as("the moved person signs in from the new entry")
                .isTrue();
        assertThat(jdbc.sql("""
                        select string_agg(u.code || case when m.valid_to is null then ' (now)' else '' end, ', '
                                          order by m.valid_from, m.id)
                          from unit_membership m join unit u on u.id = m.unit_id join app_user p on p.id = m.user_id
                         where p.username = :u""")
                        .param("u", "ds" + RUN + "b")
                        .query(String.class)
                        .single())
                .as("the move is in the membership history")
                .isEqualTo("P1-" + RUN + ", P2-" + RUN + " (now)");
        assertThat(state("c")).as("missing, not yet disabled").startsWith("true|true|false");

        assertThat(step(service.preview(), "C")).isEqualTo(AbsenceStep.WAITING);
        service.run();
        assertThat(state("c")).startsWith("true|true|false");

        jdbc.sql("update app_user set directory_missing_since = now() - interval '31 days' where username = :u")
                .param("u", "ds" + RUN + "c")
                .update();
        assertThat(step(service.preview(), "C")).isEqualTo(AbsenceStep.DISABLE);
        service.run();
        assertThat(state("c")).as("disabled after the grace period, kept").isEqualTo("false|true|true");

        person(LDAP, "c", "Lê Văn Cường", "ou=Phòng Hai,ou=Cục An ninh," + UNITS, "NV-C");
        assertThat(step(service.preview(), "C")).isEqualTo(AbsenceStep.BACK);
        service.run();
        assertThat(state("c")).as("back in the directory: enabled again").isEqualTo("true|false|false");
        assertThat(jdbc.sql("""
                        select string_agg(details->'after'->>'enabled', ',' order by id) from audit_event
                         where action = 'USER_UPDATED' and target_id = :u and details->>'source' = 'directory'""")
                        .param("u", "ds" + RUN + "c")
                        .query(String.class)
                        .single())
                .as("the disable and the enable are audited per person")
                .isEqualTo("false,true");

        // an administrator's decision stands: C disabled by an administrator and gone from the directory, then back
        long c = jdbc.sql("select id from app_user where username = :u")
                .param("u", "ds" + RUN + "c")
                .query(Long.class)
                .single();
        var details = admin.person(c).orElseThrow();
        admin.update(
                c,
                new PersonData(
                        details.fullName(),
                        details.username(),
                        details.employeeCode(),
                        details.email(),
                        details.unitId(),
                        details.roles(),
                        false));
        LDAP.delete("uid=ds" + RUN + "c,ou=Phòng Hai,ou=Cục An ninh," + UNITS);
        service.run();
        person(LDAP, "c", "Lê Văn Cường", "ou=Phòng Hai,ou=Cục An ninh," + UNITS, "NV-C");
        assertThat(step(service.preview(), "C"))
                .as("nothing for the sync to undo")
                .isNull();
        service.run();
        assertThat(state("c"))
                .as("still disabled, as the administrator decided")
                .isEqualTo("false|false|false");

        // rows with problems: nothing at all is written, the refusal is kept
        LDAP.modify(
                "uid=ds" + RUN + "a,ou=Phòng Một,ou=Cục An ninh," + UNITS,
                new Modification(ModificationType.REPLACE, "cn", "Nguyễn Văn An Mới"));
        LDAP.add(
                "dn: uid=ds" + RUN + "z,ou=Văn phòng," + UNITS,
                "objectClass: inetOrgPerson",
                "uid: ds" + RUN + "z",
                "cn: Mã Sai",
                "sn: Sai",
                "employeeNumber: mã sai " + RUN);
        DirectorySync.Preview refused = service.preview();
        assertThat(refused.ok()).isFalse();
        assertThat(refused.report().lines())
                .filteredOn(l -> l.outcome() == ImportOutcome.ERROR)
                .singleElement()
                .satisfies(l -> assertThat(l.sheet()).startsWith("uid=ds" + RUN + "z,"));
        assertThatThrownBy(service::run)
                .isInstanceOf(DirectorySync.Refused.class)
                .extracting(e -> ((UserFacingException) e).messageKey())
                .isEqualTo("directory.sync.error.rows");
        assertThat(fullName("a")).as("all or nothing").isEqualTo("Nguyễn Văn An");
        assertThat(service.runs().getFirst().outcome()).isEqualTo("REFUSED");
        LDAP.delete("uid=ds" + RUN + "z,ou=Văn phòng," + UNITS);

        // the nightly job: once across the nodes (a second call finds the first run)
        jdbc.sql("delete from directory_sync_run where trigger = 'NIGHTLY'").update();
        TestSignIn.clear(app);
        assertThat(job.runOnce()).isTrue();
        assertThat(job.runOnce()).isFalse();
        assertThat(fullName("a")).isEqualTo("Nguyễn Văn An Mới");
        assertThat(count("select count(*) from directory_sync_run where trigger = 'NIGHTLY'"))
                .isEqualTo(1);
        TestSignIn.as(app, "admin");

        // a directory that lists nobody (a reading account without rights): refused, nobody is marked
        for (String letter : List.of("a", "b", "c", "d")) {
            LDAP.delete(dnOf(letter));
        }
        DirectorySync.Preview empty = service.preview();
        assertThat(empty.people()).isZero();
        assertThat(empty.guard()).isEqualTo("directory.sync.error.empty");
        assertThatThrownBy(service::run)
                .isInstanceOf(DirectorySync.Refused.class)
                .extracting(e -> ((UserFacingException) e).messageKey())
                .isEqualTo("directory.sync.error.empty");
        assertThat(state("a")).isEqualTo("true|false|false");

        // the directory does not answer: nothing changes, the failure is kept
        LDAP.shutDown(false);
        try {
            assertThatThrownBy(service::run)
                    .isInstanceOf(UserFacingException.class)
                    .extracting(e -> ((UserFacingException) e).messageKey())
                    .isEqualTo("directory.sync.error.unreachable");
            List<DirectorySync.Run> runs = service.runs();
            assertThat(runs.getFirst().outcome()).isEqualTo("FAILED");
            assertThat(runs.getFirst().message()).isEqualTo("directory.sync.error.unreachable");
        } finally {
            LDAP.startListening("ldap");
        }
    }

    private String dnOf(String letter) {
        try {
            return LDAP.search(BASE, com.unboundid.ldap.sdk.SearchScope.SUB, "(uid=ds" + RUN + letter + ")")
                    .getSearchEntries()
                    .getFirst()
                    .getDN();
        } catch (com.unboundid.ldap.sdk.LDAPException e) {
            throw new IllegalStateException(e);
        }
    }

    private boolean signsIn(String letter, String password) {
        try {
            return signIn.authenticate(
                            new org.springframework.security.authentication.UsernamePasswordAuthenticationToken(
                                    "ds" + RUN + letter, password))
                    .isAuthenticated();
        } catch (org.springframework.security.core.AuthenticationException e) {
            return false;
        }
    }

    /** Rows of this run's units (codes ending in RUN) or people (employee codes ending in RUN). */
    private static long mine(DirectorySync.Preview preview, ImportKind kind, ImportOutcome outcome) {
        return preview.report().lines().stream()
                .filter(l -> l.kind() == kind && l.outcome() == outcome)
                .filter(l -> l.code() != null && l.code().endsWith("-" + RUN))
                .count();
    }

    private static AbsenceStep step(DirectorySync.Preview preview, String letter) {
        return preview.absences().stream()
                .filter(a -> a.employeeCode().equals("NV-" + letter + "-" + RUN))
                .map(DirectorySync.Absence::step)
                .findFirst()
                .orElse(null);
    }

    private int count(String sql) {
        return jdbc.sql(sql)
                .param("p", "%-" + RUN)
                .param("r", RUN)
                .query(Integer.class)
                .single();
    }

    private String parentOf(String code) {
        return jdbc.sql("select p.code from unit u join unit p on p.id = u.parent_id where u.code = :c")
                .param("c", code + "-" + RUN)
                .query(String.class)
                .single();
    }

    private String topUnit() {
        return jdbc.sql("select code from unit where parent_id is null order by id limit 1")
                .query(String.class)
                .single();
    }

    private String unitOf(String letter) {
        return jdbc.sql("select u.code from app_user p join unit u on u.id = p.unit_id where p.username = :u")
                .param("u", "ds" + RUN + letter)
                .query(String.class)
                .single();
    }

    private String dn(String letter) {
        return jdbc.sql("select directory_dn from app_user where username = :u")
                .param("u", "ds" + RUN + letter)
                .query(String.class)
                .single();
    }

    private String fullName(String letter) {
        return jdbc.sql("select full_name from app_user where username = :u")
                .param("u", "ds" + RUN + letter)
                .query(String.class)
                .single();
    }

    /** enabled | missing since set | disabled by the sync */
    private String state(String letter) {
        return jdbc.sql("""
                        select enabled || '|' || (directory_missing_since is not null) || '|' || directory_disabled
                          from app_user where username = :u""").param("u", "ds" + RUN + letter).query(String.class).single();
    }
}
