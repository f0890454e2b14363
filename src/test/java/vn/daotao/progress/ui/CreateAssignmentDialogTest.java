package vn.daotao.progress.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The reminder-days field as typed: commas, semicolons or spaces between whole numbers from 1 to 90. */
class CreateAssignmentDialogTest {

    @Test
    void reminderDaysAreReadAsTyped() {
        assertThat(CreateAssignmentDialog.days("7, 1")).containsExactly(7, 1);
        assertThat(CreateAssignmentDialog.days(" 14;3 1 ")).containsExactly(14, 3, 1);
        assertThat(CreateAssignmentDialog.days("")).isEmpty();
        assertThat(CreateAssignmentDialog.days(null)).isEqualTo(List.of());
        assertThat(CreateAssignmentDialog.days("7, một")).isNull();
        assertThat(CreateAssignmentDialog.days("0")).isNull();
        assertThat(CreateAssignmentDialog.days("91")).isNull();
        assertThat(CreateAssignmentDialog.days("-1")).isNull();
    }
}
