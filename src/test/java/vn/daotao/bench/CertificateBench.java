package vn.daotao.bench;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import vn.daotao.certificate.CertificateData;
import vn.daotao.certificate.CertificateTemplate;
import vn.daotao.certificate.internal.CertificateRenderer;

/**
 * Not a test: prints how fast certificates render and how big they are. Run with
 * scripts/bench-certificates.sh. Warm-up first, then single-thread latency and bulk throughput on
 * every core.
 */
public final class CertificateBench {

    private CertificateBench() {}

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        CertificateTemplate template = new CertificateTemplate(
                "Ban Quản lý Làng Văn hóa - Du lịch các dân tộc Việt Nam",
                "Trịnh Ngọc Chung",
                "Quyền Trưởng ban",
                "BVCTNB",
                null);
        for (int i = 0; i < 300; i++) {
            render(template, i);
        }
        long[] nanos = new long[count];
        long bytes = 0;
        for (int i = 0; i < count; i++) {
            long start = System.nanoTime();
            bytes += render(template, i).length;
            nanos[i] = System.nanoTime() - start;
        }
        java.util.Arrays.sort(nanos);
        System.out.printf(
                "single thread: %d PDFs, p50 %.2f ms, p95 %.2f ms, %.0f PDFs/s, average size %.1f KB%n",
                count,
                nanos[count / 2] / 1e6,
                nanos[count * 95 / 100] / 1e6,
                count / (java.util.Arrays.stream(nanos).sum() / 1e9),
                bytes / (double) count / 1024);

        int threads = Runtime.getRuntime().availableProcessors();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            for (int w = 0; w < threads * 50; w++) {
                int i = w;
                pool.submit(() -> render(template, i)).get();
            }
            long start = System.nanoTime();
            List<Future<byte[]>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int n = i;
                futures.add(pool.submit(() -> render(template, n)));
            }
            for (Future<byte[]> f : futures) {
                f.get();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(
                    "bulk on %d threads: %d PDFs in %.2f s = %.0f PDFs/s%n", threads, count, seconds, count / seconds);
        }
    }

    private static byte[] render(CertificateTemplate template, int i) {
        CertificateData data = new CertificateData(
                i,
                "BVCTNB-2026-%06d".formatted(i + 1),
                "AbCdEfGhIjKlMnOpQrStUv",
                i % 2 == 0 ? "Nguyễn Thị Thanh Hương" : "Trần Văn Minh",
                "Tổ Hành chính - Tổng hợp",
                "Công tác bảo vệ chính trị nội bộ",
                1,
                LocalDate.of(2026, 5, 25),
                Instant.parse("2026-05-25T08:00:00Z"),
                null,
                null,
                null,
                i,
                null);
        return CertificateRenderer.render(data, template, "https://daotao.example.vn/verify/AbCdEfGhIjKlMnOpQrStUv");
    }
}
