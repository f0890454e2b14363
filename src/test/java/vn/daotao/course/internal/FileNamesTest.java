package vn.daotao.course.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class FileNamesTest {

    @Test
    void keepsVietnameseAndMakesTheExtensionMatchTheContent() {
        assertThat(FileNames.sanitise("Tài liệu hội nghị.PDF", "pdf")).isEqualTo("Tài liệu hội nghị.pdf");
        assertThat(FileNames.sanitise("bao-cao.exe", "pdf")).isEqualTo("bao-cao.pdf");
        assertThat(FileNames.sanitise("ảnh chụp", "png")).isEqualTo("ảnh chụp.png");
    }

    @Test
    void stripsFoldersOfEitherKind() {
        assertThat(FileNames.sanitise("C:\\Users\\an\\Tài liệu.pdf", "pdf")).isEqualTo("Tài liệu.pdf");
        assertThat(FileNames.sanitise("../../etc/passwd", "pdf")).isEqualTo("passwd.pdf");
    }

    @Test
    void removesControlAndReservedCharactersAndCollapsesSpaces() {
        assertThat(FileNames.sanitise("a\u0000b\tc\nd.pdf", "pdf")).isEqualTo("a b c d.pdf");
        assertThat(FileNames.sanitise("báo<cáo>:\"x\"|y?*.pdf", "pdf")).isEqualTo("báo cáo x y.pdf");
        assertThat(FileNames.sanitise("   nhiều     khoảng   trắng  .pdf", "pdf"))
                .isEqualTo("nhiều khoảng trắng.pdf");
        assertThat(FileNames.sanitise("evil\u202Efdp.exe", "pdf")).isEqualTo("evil fdp.pdf");
    }

    @Test
    void normalisesToComposedForm() {
        String decomposed = Normalizer.normalize("Nghị quyết", Normalizer.Form.NFD);
        String result = FileNames.sanitise(decomposed + ".pdf", "pdf");
        assertThat(result).isEqualTo("Nghị quyết.pdf");
        assertThat(Normalizer.isNormalized(result, Normalizer.Form.NFC)).isTrue();
    }

    @Test
    void limitsTheLengthAndNeverEndsEmpty() {
        String result = FileNames.sanitise("ữ".repeat(300) + ".pdf", "pdf");
        assertThat(result.codePointCount(0, result.length())).isEqualTo(FileNames.MAX_BASE_LENGTH + 4);
        assertThat(FileNames.sanitise("", "pdf")).isEqualTo("tệp.pdf");
        assertThat(FileNames.sanitise(null, "png")).isEqualTo("tệp.png");
        assertThat(FileNames.sanitise("....pdf", "pdf")).isEqualTo("tệp.pdf");
        assertThat(FileNames.sanitise("/", "pdf")).isEqualTo("tệp.pdf");
        assertThat(FileNames.sanitise("con.pdf", "pdf")).isEqualTo("tệp con.pdf");
    }
}
