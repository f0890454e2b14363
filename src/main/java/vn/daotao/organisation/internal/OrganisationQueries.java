package vn.daotao.organisation.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.daotao.organisation.OrganisationFigures;
import vn.daotao.organisation.PersonProfile;
import vn.daotao.organisation.UnitOverviewRow;
import vn.daotao.organisation.UnitSql;
import vn.daotao.security.Role;

/** Read queries over units and people. Subtree scoping happens here, in SQL, by materialised path. */
@Repository
public class OrganisationQueries {

    private final JdbcClient jdbc;

    OrganisationQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<PersonProfile> profile(long userId) {
        return jdbc.sql("""
                        select p.id, p.username, p.full_name, p.employee_code, p.email, p.roles,
                               u.id as unit_id, u.name as unit_name,
                               (select array_agg(a.name order by a.depth)
                                  from unit a where """ + UnitSql.inSubtree("u.path", "a.path") + ") as unit_path\n" + """
                          from app_user p join unit u on u.id = p.unit_id
                         where p.id = :id""")
                .param("id", userId)
                .query((rs, i) -> new PersonProfile(
                        rs.getLong("id"),
                        rs.getString("username"),
                        rs.getString("full_name"),
                        rs.getString("employee_code"),
                        rs.getString("email"),
                        rs.getLong("unit_id"),
                        rs.getString("unit_name"),
                        List.of((String[]) rs.getArray("unit_path").getArray()),
                        Arrays.stream((String[]) rs.getArray("roles").getArray())
                                .map(Role::valueOf)
                                .collect(Collectors.toSet())))
                .optional();
    }

    /** The path of a unit ('/1/4/'), the key of its subtree. */
    public Optional<String> unitPath(long unitId) {
        return jdbc.sql("select path from unit where id = :id")
                .param("id", unitId)
                .query(String.class)
                .optional();
    }

    /** Every unit whose path starts with {@code scopePath}, or all units when it is null. */
    public List<UnitOverviewRow> overview(String scopePath) {
        return jdbc.sql("""
                        with scoped as (
                            select u.* from unit u
                             where u.active and """ + UnitSql.inScope("u.path") + """

                        ), direct as (
                            select p.unit_id, count(*) as people,
                                   string_agg(p.full_name, ', ' order by p.full_name)
                                       filter (where 'UNIT_HEAD' = any (p.roles)) as heads
                              from app_user p join scoped s on s.id = p.unit_id
                             where p.enabled
                             group by p.unit_id
                        )
                        select s.id, s.parent_id, s.code, s.name, s.depth,
                               coalesce(d.people, 0) as direct_people,
                               (select coalesce(sum(d2.people), 0) from scoped s2 join direct d2 on d2.unit_id = s2.id
                                 where """ + UnitSql.inSubtree("s2.path", "s.path")
                        + ") as total_people,\n" + """
                               d.heads
                          from scoped s left join direct d on d.unit_id = s.id
                         order by s.path""")
                .param("scope", scopePath)
                .query((rs, i) -> new UnitOverviewRow(
                        rs.getLong("id"),
                        (Long) rs.getObject("parent_id"),
                        rs.getString("code"),
                        rs.getString("name"),
                        rs.getInt("depth"),
                        rs.getInt("direct_people"),
                        rs.getInt("total_people"),
                        rs.getString("heads")))
                .list();
    }

    public OrganisationFigures figures() {
        return jdbc.sql("""
                        select (select count(*) from unit where active) as units,
                               count(*) filter (where p.enabled) as people,
                               count(*) filter (where not p.enabled) as disabled,
                               count(*) filter (where p.enabled and 'ADMIN' = any (p.roles)) as admins,
                               count(*) filter (where p.enabled and 'UNIT_HEAD' = any (p.roles)) as heads,
                               (select count(distinct username) from login_attempt
                                 where username <> '' and locked_until > now()) as locked
                          from app_user p""")
                .query((rs, i) -> new OrganisationFigures(
                        rs.getInt("units"),
                        rs.getInt("people"),
                        rs.getInt("disabled"),
                        rs.getInt("admins"),
                        rs.getInt("heads"),
                        rs.getInt("locked")))
                .single();
    }
}
