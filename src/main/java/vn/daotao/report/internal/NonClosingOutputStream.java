package vn.daotao.report.internal;

import java.io.IOException;
import java.io.OutputStream;

/** Lets a writer flush into the current ZIP entry and be closed without closing the whole ZIP. */
final class NonClosingOutputStream extends java.io.FilterOutputStream {

    NonClosingOutputStream(OutputStream out) {
        super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
        flush();
    }
}
