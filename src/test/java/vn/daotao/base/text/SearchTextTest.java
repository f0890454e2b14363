package vn.daotao.base.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchTextTest {

    @Test
    void foldsVietnameseAccentsCaseAndSpaces() {
        assertThat(SearchText.fold("  Nguyễn   Văn Đức ")).isEqualTo("nguyen van duc");
        assertThat(SearchText.fold("ĐẶNG THỊ THU TRANG")).isEqualTo("dang thi thu trang");
        assertThat(SearchText.fold("Bảo vệ chính trị nội bộ")).isEqualTo("bao ve chinh tri noi bo");
    }

    @Test
    void decomposedAndComposedInputFoldAlike() {
        String composed = java.text.Normalizer.normalize("Hương", java.text.Normalizer.Form.NFC);
        String decomposed = java.text.Normalizer.normalize("Hương", java.text.Normalizer.Form.NFD);
        assertThat(SearchText.fold(decomposed))
                .isEqualTo(SearchText.fold(composed))
                .isEqualTo("huong");
    }

    @Test
    void joinsPartsSkippingEmptyOnes() {
        assertThat(SearchText.foldAll("Trần Văn Minh", null, "", "VP0002")).isEqualTo("tran van minh vp0002");
        assertThat(SearchText.fold(null)).isEmpty();
    }
}
