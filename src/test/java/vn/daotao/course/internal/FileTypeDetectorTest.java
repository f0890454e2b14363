package vn.daotao.course.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.daotao.course.AttachmentType;
import vn.daotao.course.TestFiles;

class FileTypeDetectorTest {

    @TempDir
    Path dir;

    @Test
    void recognisesEachAllowedTypeByContent() throws IOException {
        assertThat(detect("a.bin", TestFiles.pdf())).contains(AttachmentType.PDF);
        assertThat(detect("a.bin", TestFiles.image("png"))).contains(AttachmentType.PNG);
        assertThat(detect("a.bin", TestFiles.image("jpg"))).contains(AttachmentType.JPEG);
        assertThat(detect("a.bin", TestFiles.mp4(100))).contains(AttachmentType.MP4);
        assertThat(detect("a.bin", TestFiles.docx())).contains(AttachmentType.DOCX);
        assertThat(detect("a.bin", TestFiles.xlsx())).contains(AttachmentType.XLSX);
        try (XMLSlideShow slides = new XMLSlideShow();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            slides.createSlide();
            slides.write(out);
            assertThat(detect("a.bin", out.toByteArray())).contains(AttachmentType.PPTX);
        }
    }

    @Test
    void theNameDoesNotMatter() throws IOException {
        assertThat(detect("virus.pdf", TestFiles.exe())).isEmpty();
        assertThat(detect("slides.docx", TestFiles.xlsx())).contains(AttachmentType.XLSX);
    }

    @Test
    void aZipThatIsNotAnOfficeFileIsRefused() throws IOException {
        assertThat(detect("tai-lieu.docx", TestFiles.zip(Map.of("readme.txt", "xin chào", "word/x.xml", "<x/>"))))
                .isEmpty();
        assertThat(detect("a.zip", TestFiles.zip(Map.of("[Content_Types].xml", "<Types/>", "other/a.xml", "<a/>"))))
                .isEmpty();
    }

    @Test
    void macroEnabledOfficeFilesAreRefused() throws IOException {
        byte[] docm = TestFiles.zip(
                Map.of("[Content_Types].xml", "<Types/>", "word/document.xml", "<w/>", "word/vbaProject.bin", "macro"));
        assertThat(detect("a.docx", docm)).isEmpty();
    }

    @Test
    void lookalikesAreRefused() throws IOException {
        byte[] quickTime = TestFiles.mp4(10);
        System.arraycopy(new byte[] {'q', 't', ' ', ' '}, 0, quickTime, 8, 4);
        assertThat(detect("film.mp4", quickTime)).isEmpty();
        assertThat(detect("a.pdf", "%PD".getBytes())).isEmpty();
        assertThat(detect("a.txt", "xin chào".getBytes())).isEmpty();
        assertThat(detect("empty.pdf", new byte[0])).isEmpty();
        assertThat(detect("broken.docx", new byte[] {'P', 'K', 3, 4, 1, 2, 3})).isEmpty();
    }

    @Test
    void inMemoryDetectionAgreesWithFiles() {
        assertThat(FileTypeDetector.detect(TestFiles.xlsx())).contains(AttachmentType.XLSX);
        assertThat(FileTypeDetector.detect(TestFiles.exe())).isEmpty();
        assertThat(FileTypeDetector.detect(TestFiles.zip(Map.of("a.txt", "a")))).isEmpty();
    }

    private Optional<AttachmentType> detect(String name, byte[] content) throws IOException {
        Path file = dir.resolve(System.nanoTime() + "-" + name);
        Files.write(file, content);
        return FileTypeDetector.detect(file);
    }
}
