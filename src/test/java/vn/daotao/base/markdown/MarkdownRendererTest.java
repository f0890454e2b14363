package vn.daotao.base.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A corpus of XSS payloads, in Markdown and in raw HTML: none may reach the page alive. */
class MarkdownRendererTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<script>alert(1)</script>",
                "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
                "<img src=x onerror=alert(1)>",
                "<svg onload=alert(1)>",
                "<svg><script>alert(1)</script></svg>",
                "<iframe src=\"javascript:alert(1)\"></iframe>",
                "<object data=\"javascript:alert(1)\"></object>",
                "<embed src=\"javascript:alert(1)\">",
                "<a href=\"javascript:alert(1)\">x</a>",
                "<a href=\"JaVaScRiPt:alert(1)\">x</a>",
                "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">x</a>",
                "<a href=\"  javascript:alert(1)\">x</a>",
                "<a href=\"vbscript:msgbox(1)\">x</a>",
                "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>",
                "[bấm vào đây](javascript:alert(1))",
                "[x](JAVASCRIPT:alert(1))",
                "![ảnh](javascript:alert(1))",
                "![ảnh](x\" onerror=\"alert(1))",
                "<div style=\"background:url(javascript:alert(1))\">x</div>",
                "<style>body{display:none}</style>",
                "<form action=\"https://evil.example\"><input name=p></form>",
                "<input autofocus onfocus=alert(1)>",
                "<details open ontoggle=alert(1)>",
                "<body onload=alert(1)>",
                "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
                "<p onclick=\"alert(1)\">đoạn văn</p>",
                "<base href=\"javascript:alert(1)//\">",
                "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
                "<link rel=stylesheet href=javascript:alert(1)>",
                "<a href=\"#\" onmouseover=\"alert(1)\">x</a>",
                "<<script>script>alert(1)<</script>/script>",
                "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
            })
    void payloadStaysInert(String payload) {
        String html = MarkdownRenderer.toSafeHtml("Nội dung trước\n\n" + payload + "\n\nNội dung sau")
                .toLowerCase();
        assertThat(html)
                .doesNotContain(
                        "<script",
                        "<iframe",
                        "<object",
                        "<embed",
                        "<svg",
                        "<style",
                        "<form",
                        "<input",
                        "<img",
                        "<base",
                        "<meta",
                        "<link",
                        "<math",
                        "javascript:",
                        "vbscript:",
                        "data:text");
        assertThat(html).doesNotContainPattern("<[^>]+\\son[a-z]+\\s*=");
        assertThat(html).doesNotContainPattern("style\\s*=");
        assertThat(html).as("text before the payload survives").contains("nội dung trước");
    }

    @Test
    void ordinaryMarkdownKeepsItsFormattingAndSafeLinks() {
        String html = MarkdownRenderer.toSafeHtml("""
                ## Tiêu đề

                Văn bản **đậm**, *nghiêng* và [liên kết](https://example.org/tai-lieu) cùng [nội bộ](/my-courses).

                - một
                - hai

                > trích dẫn
                """);
        assertThat(html)
                .contains(
                        "<h2>Tiêu đề</h2>",
                        "<strong>đậm</strong>",
                        "<em>nghiêng</em>",
                        "<li>một</li>",
                        "<blockquote>",
                        "href=\"https://example.org/tai-lieu\"",
                        "rel=\"noopener noreferrer nofollow\"",
                        "href=\"/my-courses\"");
    }
}
