package vn.daotao.demo;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.daotao.certificate.CertificateSigningService;

/**
 * Demo profile: certificates are signed with a generated key whose name says what it is ("KHÓA DEMO - KHÔNG
 * CÓ GIÁ TRỊ PHÁP LÝ"), so the signature can be tried without the organisation's own key. Skipped when a key
 * is already installed or one is named in the environment.
 */
@Component
@Profile("demo")
@Order(30)
class DemoSigningKeySeeder implements ApplicationRunner {

    private final CertificateSigningService signing;

    DemoSigningKeySeeder(CertificateSigningService signing) {
        this.signing = signing;
    }

    @Override
    public void run(ApplicationArguments args) {
        signing.installDemoKeyIfNone("Ban Quản lý Làng Văn hóa - Du lịch các dân tộc Việt Nam");
    }
}
