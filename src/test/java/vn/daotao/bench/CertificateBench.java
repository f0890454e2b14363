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
import vn.daotao.certificate.internal.PdfSigner;
import vn.daotao.certificate.internal.SigningKeys;

/**
 * Not a test: prints how fast certificates render and how big they are. Run with
 * scripts/bench-certificates.sh. Warm-up first, then single-thread latency and bulk throughput on
 * every core.
 */
public final class CertificateBench {

    private CertificateBench() {}

    private static PdfSigner.SigningKey key;

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        CertificateTemplate template = new CertificateTemplate(
                "Ban Quản lý Làng Văn hóa - Du lịch các dân tộc Việt Nam",
                "Trịnh Ngọc Chung",
                "Quyền Trưởng ban",
                "BVCTNB",
                null);
        char[] password = "bench".toCharArray();
        key = SigningKeys.fromPkcs12(
                        SigningKeys.selfSignedPkcs12(
                                "Khóa thử nghiệm", "Tổ chức thử nghiệm", java.time.Duration.ofDays(365), password),
                        "bench".toCharArray(),
                        true)
                .orElseThrow();
        double unsigned = measure("unsigned", count, i -> render(template, i, false));
        double signed = measure("signed (PAdES B-B, RSA-2048)", count, i -> render(template, i, true));
        System.out.printf("signed / unsigned bulk throughput: %.2f%n", signed / unsigned);
    }

    /** Single-thread latency, then bulk throughput on every core; returns the bulk PDFs per second. */
    private static double measure(String label, int count, java.util.function.IntFunction<byte[]> work)
            throws Exception {
        for (int i = 0; i < 300; i++) {
            work.apply(i);
        }
        long[] nanos = new long[count];
        long bytes = 0;
        for (int i = 0; i < count; i++) {
            long start = System.nanoTime();
            bytes += work.apply(i).length;
            nanos[i] = System.nanoTime() - start;
        }
        java.util.Arrays.sort(nanos);
        System.out.printf(
                "%s, single thread: %d PDFs, p50 %.2f ms, p95 %.2f ms, %.0f PDFs/s, average size %.1f KB%n",
                label,
                count,
                nanos[count / 2] / 1e6,
                nanos[count * 95 / 100] / 1e6,
                count / (java.util.Arrays.stream(nanos).sum() / 1e9),
                bytes / (double) count / 1024);

        int threads = Runtime.getRuntime().availableProcessors();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            for (int w = 0; w < threads * 50; w++) {
                int i = w;
                pool.submit(() -> work.apply(i)).get();
            }
            long start = System.nanoTime();
            List<Future<byte[]>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int n = i;
                futures.add(pool.submit(() -> work.apply(n)));
            }
            for (Future<byte[]> f : futures) {
                f.get();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(
                    "%s, bulk on %d threads: %d PDFs in %.2f s = %.0f PDFs/s%n",
                    label, threads, count, seconds, count / seconds);
            return count / seconds;
        }
    }

    private static byte[] render(CertificateTemplate template, int i, boolean signed) {
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
        String url = "https://daotao.example.vn/verify/AbCdEfGhIjKlMnOpQrStUv";
        if (!signed) {
            return CertificateRenderer.render(data, template, url);
        }
        Instant now = Instant.now();
        byte[] pdf = CertificateRenderer.render(
                data, template, url, "Ký số: " + key.signerName() + "\nNgày ký: 30/11/2026 10:00");
        return PdfSigner.sign(pdf, key, now, "Giấy chứng nhận " + data.serial(), template.organisationName());
    }
}
