package vn.daotao.certificate.ui;

import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.daotao.base.web.Downloads;
import vn.daotao.certificate.CertificateSettingsService;

/** /files/admin/certificate-sample.pdf: a sample certificate with the saved settings, shown in the browser (admins only). */
@RestController
class CertificateSampleController {

    static final String PATH = "/files/admin/certificate-sample.pdf";
    private final CertificateSettingsService settings;

    CertificateSampleController(CertificateSettingsService settings) {
        this.settings = settings;
    }

    @GetMapping(PATH)
    ResponseEntity<Resource> sample() {
        return Downloads.file(settings.samplePdf(), "application/pdf", "mau-giay-chung-nhan.pdf", false);
    }
}
