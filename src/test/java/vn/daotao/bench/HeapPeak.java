package vn.daotao.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The highest heap in use while some work runs, sampled every 5 ms from a GC'd baseline (garbage
 * included, so an upper bound of what the work holds).
 */
final class HeapPeak implements AutoCloseable {

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final long baseline;
    private final AtomicLong peak;
    private final Thread sampler;

    HeapPeak() {
        System.gc();
        baseline = memory.getHeapMemoryUsage().getUsed();
        peak = new AtomicLong(baseline);
        sampler = Thread.ofPlatform().daemon().start(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
    }

    /** Growth over the baseline, in MB. */
    long growthMegabytes() {
        return (peak.get() - baseline) / (1024 * 1024);
    }

    @Override
    public void close() throws InterruptedException {
        sampler.interrupt();
        sampler.join();
    }
}
