package vn.daotao.base.markdown;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Markdown to HTML that is safe to put in a page: CommonMark renders, then an allow-list keeps only
 * formatting tags and http(s)/mailto/relative links. Scripts, event handlers, styles, frames, forms
 * and javascript:/data: URLs never survive. The learner view and the admin preview both use this.
 */
public final class MarkdownRenderer {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().build();
    private static final Safelist SAFELIST = Safelist.relaxed()
            .removeTags("img")
            .addTags("hr", "del", "s")
            .removeProtocols("a", "href", "ftp")
            .addEnforcedAttribute("a", "rel", "noopener noreferrer nofollow")
            .preserveRelativeLinks(true);
    private static final String BASE = "https://base.invalid/";

    private MarkdownRenderer() {}

    public static String toSafeHtml(String markdown) {
        String html = RENDERER.render(PARSER.parse(markdown == null ? "" : markdown));
        Document dirty = Jsoup.parseBodyFragment(html, BASE);
        Document clean = new Cleaner(SAFELIST).clean(dirty);
        for (Element link : clean.select("a[href]")) {
            if (link.attr("href").startsWith(BASE)) {
                link.attr("href", link.attr("href").substring(BASE.length() - 1));
            }
            if (!link.attr("href").startsWith("/") && !link.attr("href").startsWith("#")) {
                link.attr("target", "_blank");
            }
        }
        clean.outputSettings().prettyPrint(false);
        return clean.body().html();
    }
}
