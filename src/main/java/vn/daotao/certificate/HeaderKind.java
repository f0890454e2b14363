package vn.daotao.certificate;

/** The heading at the top right of a certificate or an official report (Nghị định 30/2020/NĐ-CP). */
public enum HeaderKind {
    /** "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM / Độc lập - Tự do - Hạnh phúc" (state bodies). */
    NATIONAL("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"),
    /** "ĐẢNG CỘNG SẢN VIỆT NAM" (Party bodies). */
    PARTY("ĐẢNG CỘNG SẢN VIỆT NAM", null),
    /** No heading: the issuing body alone. */
    NONE(null, null);

    private final String heading;
    private final String motto;

    HeaderKind(String heading, String motto) {
        this.heading = heading;
        this.motto = motto;
    }

    /** The heading in capitals as the decree writes it, null for {@link #NONE}; never translated. */
    public String heading() {
        return heading;
    }

    /** The motto under the national heading (underlined), null otherwise. */
    public String motto() {
        return motto;
    }
}
