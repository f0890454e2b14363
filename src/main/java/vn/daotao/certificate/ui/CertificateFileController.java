package vn.daotao.certificate.ui;

import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.daotao.base.web.Downloads;
import vn.daotao.certificate.CertificateService;

/** /files/certificates/{id}: the PDF, for its holder and those who oversee them. */
@RestController
class CertificateFileController {

    private final CertificateService certificates;

    CertificateFileController(CertificateService certificates) {
        this.certificates = certificates;
    }

    @GetMapping("/files/certificates/{id}")
    ResponseEntity<Resource> certificate(@PathVariable long id) {
        CertificateService.CertificatePdf pdf = certificates.pdf(id);
        return Downloads.file(pdf.content(), "application/pdf", "chung-nhan-" + pdf.serial() + ".pdf", true);
    }
}
