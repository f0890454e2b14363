package vn.daotao.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The highest heap in use while some work runs, sampled every 5 ms from a GC'd baseline (garbage
 * included, so an upper bound of what the work holds), and the highest heap still live after a
 * collection during the run (what the work really holds, as far as the collector ran meanwhile).
 */
final class HeapPeak implements AutoCloseable {

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final long baseline;
    private final AtomicLong peak;
    private final AtomicLong livePeak = new AtomicLong();
    private final long liveBaseline;
    private final Thread sampler;

    HeapPeak() {
        System.gc();
        baseline = memory.getHeapMemoryUsage().getUsed();
        peak = new AtomicLong(baseline);
        liveBaseline = liveAfterCollection();
        livePeak.set(liveBaseline);
        sampler = Thread.ofPlatform().daemon().start(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                livePeak.accumulateAndGet(liveAfterCollection(), Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
    }

    /** The heap pools' use right after their last collection. */
    private static long liveAfterCollection() {
        long used = 0;
        for (var pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == java.lang.management.MemoryType.HEAP && pool.getCollectionUsage() != null) {
                used += pool.getCollectionUsage().getUsed();
            }
        }
        return used;
    }

    /** Growth of the heap live after a collection over the baseline, in MB. */
    long liveGrowthMegabytes() {
        return Math.max(0, livePeak.get() - liveBaseline) / (1024 * 1024);
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
