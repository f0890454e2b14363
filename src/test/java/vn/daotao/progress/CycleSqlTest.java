package vn.daotao.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.daotao.organisation.UnitSql;

/** The shared rule fragments, evaluated by PostgreSQL itself. */
@SpringBootTest
class CycleSqlTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    @Autowired
    JdbcClient jdbc;

    @Test
    void statusFollowsCompletionThenDueDateThenProgress() {
        assertThat(status(true, TODAY.minusDays(10), false))
                .as("completed late is still completed")
                .isEqualTo(CycleStatus.COMPLETED);
        assertThat(status(false, TODAY.minusDays(1), true)).isEqualTo(CycleStatus.OVERDUE);
        assertThat(status(false, TODAY, false))
                .as("the due date itself is not overdue")
                .isEqualTo(CycleStatus.NOT_STARTED);
        assertThat(status(false, TODAY, true)).isEqualTo(CycleStatus.IN_PROGRESS);
        assertThat(status(false, TODAY.plusDays(5), false)).isEqualTo(CycleStatus.NOT_STARTED);
    }

    @Test
    void aCycleThePersonLeftByMovingIsMovedNotOverdueUnlessCompleted() {
        assertThat(status(false, false, TODAY.minusDays(3), true)).isEqualTo(CycleStatus.MOVED);
        assertThat(status(false, false, TODAY.plusDays(3), true)).isEqualTo(CycleStatus.MOVED);
        assertThat(status(true, false, TODAY.minusDays(3), true))
                .as("completed before moving")
                .isEqualTo(CycleStatus.COMPLETED);
    }

    @Test
    void aSubtreeIsEveryPathThatStartsWithTheRootsPath() {
        assertThat(inSubtree("/1/4/", "/1/4/")).as("the unit itself").isTrue();
        assertThat(inSubtree("/1/4/9/", "/1/4/")).isTrue();
        assertThat(inSubtree("/1/40/", "/1/4/"))
                .as("a sibling whose id starts alike")
                .isFalse();
        assertThat(inSubtree("/1/", "/1/4/")).as("the parent").isFalse();
        assertThat(UnitSql.isInSubtree("/1/4/9/", "/1/4/")).isTrue();
        assertThat(UnitSql.isInSubtree("/1/40/", "/1/4/")).isFalse();
        assertThat(jdbc.sql("select " + UnitSql.inScope("cast(:path as text)"))
                        .param("path", "/7/")
                        .param("scope", null)
                        .query(Boolean.class)
                        .single())
                .as("no scope: everything")
                .isTrue();
    }

    @Test
    void aUnitAssignmentReachesItsUnitAndBelowOnlyWhenItIncludesSubUnits() {
        assertThat(reaches(1, "/1/", true, 9, "/1/4/9/")).isTrue();
        assertThat(reaches(1, "/1/", false, 9, "/1/4/9/")).isFalse();
        assertThat(reaches(1, "/1/", false, 1, "/1/")).isTrue();
        assertThat(reaches(4, "/1/4/", true, 40, "/1/40/")).isFalse();
    }

    private CycleStatus status(boolean completed, LocalDate due, boolean started) {
        return status(completed, true, due, started);
    }

    private CycleStatus status(boolean completed, boolean reaches, LocalDate due, boolean started) {
        String sql = "select "
                + CycleSql.status(
                        "case when cast(:completed as boolean) then 'ONLINE' end",
                        "cast(:reaches as boolean)",
                        "cast(:due as date)",
                        "cast(:started as boolean)",
                        "cast(:today as date)");
        return CycleStatus.valueOf(jdbc.sql(sql)
                .param("completed", completed)
                .param("reaches", reaches)
                .param("due", due)
                .param("started", started)
                .param("today", TODAY)
                .query(String.class)
                .single());
    }

    private boolean inSubtree(String path, String root) {
        return jdbc.sql("select " + UnitSql.inSubtree("cast(:path as text)", "cast(:root as text)"))
                .param("path", path)
                .param("root", root)
                .query(Boolean.class)
                .single();
    }

    private boolean reaches(long targetId, String targetPath, boolean includeSubunits, long unitId, String unitPath) {
        return jdbc.sql("""
                        select """ + CycleSql.unitReaches("a", "au", "mu") + """
                         from (select cast(:inc as boolean) as include_subunits) a,
                              (select cast(:tid as bigint) as id, cast(:tpath as text) as path) au,
                              (select cast(:uid as bigint) as id, cast(:upath as text) as path) mu""")
                .param("inc", includeSubunits)
                .param("tid", targetId)
                .param("tpath", targetPath)
                .param("uid", unitId)
                .param("upath", unitPath)
                .query(Boolean.class)
                .single();
    }
}
