package vn.daotao.report;

import java.util.function.Supplier;

/**
 * Both dashboard charts as PNG: cumulative completion against the due date, and % complete per sub-unit. Drawn
 * each time they are asked for (about 10 ms each), not kept: a dashboard left open in a unit head's session keeps
 * the figures behind its charts, not the pictures (about 100 KB per session, README "Session memory").
 */
public final class ChartImages {

    private final Supplier<byte[]> cumulative;
    private final Supplier<byte[]> bySubUnit;

    ChartImages(Supplier<byte[]> cumulative, Supplier<byte[]> bySubUnit) {
        this.cumulative = cumulative;
        this.bySubUnit = bySubUnit;
    }

    public byte[] cumulative() {
        return cumulative.get();
    }

    public byte[] bySubUnit() {
        return bySubUnit.get();
    }
}
