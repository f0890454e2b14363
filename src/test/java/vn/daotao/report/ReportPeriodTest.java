package vn.daotao.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class ReportPeriodTest {

    @Test
    void codesReadBackAsTheSamePeriod() {
        for (ReportPeriod p : new ReportPeriod[] {
            ReportPeriod.asOf(LocalDate.of(2025, 6, 30)),
            ReportPeriod.year(2025),
            ReportPeriod.quarter(2025, 4),
            ReportPeriod.month(YearMonth.of(2024, 2)),
            ReportPeriod.range(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30))
        }) {
            assertThat(ReportPeriod.parse(p.code())).contains(p);
        }
        assertThat(ReportPeriod.quarter(2025, 4).to()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(ReportPeriod.month(YearMonth.of(2024, 2)).to()).isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @Test
    void badCodesAreNotPeriods() {
        assertThat(ReportPeriod.parse("2025-13")).isEmpty();
        assertThat(ReportPeriod.parse("2025-Q5")).isEmpty();
        assertThat(ReportPeriod.parse("2025-02-30")).isEmpty();
        assertThat(ReportPeriod.parse("2025-06-30_2025-01-01"))
                .as("end before start")
                .isEmpty();
        assertThat(ReportPeriod.parse("2000-01-01_2025-01-01"))
                .as("longer than ten years")
                .isEmpty();
        assertThat(ReportPeriod.parse("'; drop table unit; --")).isEmpty();
        assertThat(ReportPeriod.parse(null)).isEmpty();
    }

    @Test
    void thePreviousPeriodIsTheSameKindJustBefore() {
        assertThat(ReportPeriod.year(2026).previous()).isEqualTo(ReportPeriod.year(2025));
        assertThat(ReportPeriod.quarter(2026, 1).previous()).isEqualTo(ReportPeriod.quarter(2025, 4));
        assertThat(ReportPeriod.month(YearMonth.of(2026, 1)).previous())
                .isEqualTo(ReportPeriod.month(YearMonth.of(2025, 12)));
        assertThat(ReportPeriod.asOf(LocalDate.of(2026, 11, 30)).previous())
                .isEqualTo(ReportPeriod.asOf(LocalDate.of(2025, 11, 30)));
        assertThat(ReportPeriod.range(LocalDate.of(2026, 1, 11), LocalDate.of(2026, 1, 20))
                        .previous())
                .isEqualTo(ReportPeriod.range(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 10)));
    }

    @Test
    void statusesAreReadAtThePeriodsEndOrTodayIfSooner() {
        LocalDate today = LocalDate.of(2026, 11, 30);
        assertThat(ReportPeriod.year(2026).asOfDay(today)).isEqualTo(today);
        assertThat(ReportPeriod.year(2025).asOfDay(today)).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(ReportPeriod.year(2027).firstDay(today))
                .as("a future period counts today's people")
                .isEqualTo(today);
    }
}
