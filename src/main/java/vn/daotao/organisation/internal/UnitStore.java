package vn.daotao.organisation.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.daotao.organisation.UnitOption;
import vn.daotao.organisation.UnitSql;

/** Reads and writes of the unit tree for the admin. The path and depth are kept by database triggers. */
@Repository
public class UnitStore {

    /** A unit as stored. */
    public record UnitRecord(
            long id, Long parentId, String code, String name, String path, int depth, boolean active) {}

    /** A unit with the number of enabled people directly in it. */
    public record UnitWithPeople(UnitRecord unit, int directPeople) {}

    private final JdbcClient jdbc;

    UnitStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<UnitWithPeople> allWithPeople() {
        return jdbc.sql("""
                        select u.id, u.parent_id, u.code, u.name, u.path, u.depth, u.active,
                               coalesce(d.people, 0) as people
                          from unit u
                          left join (select unit_id, count(*) as people from app_user where enabled group by unit_id) d
                                 on d.unit_id = u.id
                         order by """ + vn.daotao.organisation.UnitSql.treeOrder("u.path"))
                .query((rs, i) -> new UnitWithPeople(
                        new UnitRecord(
                                rs.getLong("id"),
                                (Long) rs.getObject("parent_id"),
                                rs.getString("code"),
                                rs.getString("name"),
                                rs.getString("path"),
                                rs.getInt("depth"),
                                rs.getBoolean("active")),
                        rs.getInt("people")))
                .list();
    }

    public List<UnitRecord> all() {
        return jdbc.sql("select id, parent_id, code, name, path, depth, active from unit order by "
                        + vn.daotao.organisation.UnitSql.treeOrder("path"))
                .query(UnitStore::record)
                .list();
    }

    public List<UnitOption> activeOptions() {
        return jdbc.sql("select id, code, name, depth from unit where active order by "
                        + vn.daotao.organisation.UnitSql.treeOrder("path"))
                .query((rs, i) -> new UnitOption(
                        rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getInt("depth")))
                .list();
    }

    public Optional<UnitRecord> find(long id) {
        return jdbc.sql("select id, parent_id, code, name, path, depth, active from unit where id = :id")
                .param("id", id)
                .query(UnitStore::record)
                .optional();
    }

    /** Reads the unit and keeps others from changing it (or filling it) until the transaction ends. */
    public Optional<UnitRecord> lock(long id) {
        return jdbc.sql("select id, parent_id, code, name, path, depth, active from unit where id = :id for update")
                .param("id", id)
                .query(UnitStore::record)
                .optional();
    }

    /** Reads the unit and keeps it from being deactivated until the transaction ends. */
    public Optional<UnitRecord> share(long id) {
        return jdbc.sql("select id, parent_id, code, name, path, depth, active from unit where id = :id for share")
                .param("id", id)
                .query(UnitStore::record)
                .optional();
    }

    public boolean codeTaken(String code, Long exceptId) {
        return jdbc.sql(
                        "select exists (select 1 from unit where lower(code) = lower(:code) and id is distinct from :id)")
                .param("code", code)
                .param("id", exceptId)
                .query(Boolean.class)
                .single();
    }

    public long insert(Long parentId, String code, String name) {
        return jdbc.sql("insert into unit (parent_id, code, name) values (:parent, :code, :name) returning id")
                .param("parent", parentId)
                .param("code", code)
                .param("name", name)
                .query(Long.class)
                .single();
    }

    public void rename(long id, String code, String name) {
        jdbc.sql("update unit set code = :code, name = :name where id = :id")
                .param("id", id)
                .param("code", code)
                .param("name", name)
                .update();
    }

    public void move(long id, long parentId) {
        jdbc.sql("update unit set parent_id = :parent where id = :id")
                .param("id", id)
                .param("parent", parentId)
                .update();
    }

    public void setActive(long id, boolean active) {
        jdbc.sql("update unit set active = :active where id = :id")
                .param("id", id)
                .param("active", active)
                .update();
    }

    public int enabledPeopleIn(String path) {
        return jdbc.sql("""
                        select count(*) from app_user p join unit u on u.id = p.unit_id
                         where p.enabled and """ + UnitSql.inSubtree("u.path", ":path"))
                .param("path", path)
                .query(Integer.class)
                .single();
    }

    public int activeUnitsBelow(String path) {
        return jdbc.sql("select count(*) from unit where active and " + UnitSql.inSubtree("path", ":path")
                        + " and path <> :path")
                .param("path", path)
                .query(Integer.class)
                .single();
    }

    private static UnitRecord record(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        return new UnitRecord(
                rs.getLong("id"),
                (Long) rs.getObject("parent_id"),
                rs.getString("code"),
                rs.getString("name"),
                rs.getString("path"),
                rs.getInt("depth"),
                rs.getBoolean("active"));
    }
}
