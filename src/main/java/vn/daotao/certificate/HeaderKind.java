package vn.daotao.certificate;

/** The heading at the top right of a certificate (Nghị định 30/2020/NĐ-CP). */
public enum HeaderKind {
    /** "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM / Độc lập - Tự do - Hạnh phúc" (state bodies). */
    NATIONAL,
    /** "ĐẢNG CỘNG SẢN VIỆT NAM" (Party bodies). */
    PARTY,
    /** No heading: the issuing body alone, centred. */
    NONE
}
