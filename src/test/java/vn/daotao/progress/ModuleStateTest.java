package vn.daotao.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.daotao.progress.internal.ProgressQueries.Progress;

/** A module is complete when its content was opened and its quiz passed; the next opens only then. */
class ModuleStateTest {

    private static final Instant T = Instant.parse("2026-05-25T08:00:00Z");

    @Test
    void completionRule() {
        assertThat(LearnerService.state(null, true)).isEqualTo(ModuleState.AVAILABLE);
        assertThat(LearnerService.state(null, false)).isEqualTo(ModuleState.LOCKED);
        assertThat(LearnerService.state(new Progress(T, null, null), true)).isEqualTo(ModuleState.IN_PROGRESS);
        assertThat(LearnerService.state(new Progress(T, null, new BigDecimal("60")), true))
                .as("opened and failed")
                .isEqualTo(ModuleState.IN_PROGRESS);
        assertThat(LearnerService.state(new Progress(T, T, new BigDecimal("80")), true))
                .isEqualTo(ModuleState.COMPLETED);
    }
}
