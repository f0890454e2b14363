package vn.daotao.base.web;

import java.io.InputStream;
import java.util.function.Supplier;
import org.springframework.core.io.AbstractResource;

/**
 * A file served from a stream: it knows its length without reading, and opens a fresh stream for each
 * read, so Spring can answer HTTP Range requests (skipping to the range) without loading the file.
 */
public final class StreamedResource extends AbstractResource {

    private final String fileName;
    private final long length;
    private final Supplier<InputStream> opener;

    public StreamedResource(String fileName, long length, Supplier<InputStream> opener) {
        this.fileName = fileName;
        this.length = length;
        this.opener = opener;
    }

    @Override
    public InputStream getInputStream() {
        return opener.get();
    }

    @Override
    public long contentLength() {
        return length;
    }

    @Override
    public boolean exists() {
        return true;
    }

    @Override
    public String getFilename() {
        return fileName;
    }

    @Override
    public String getDescription() {
        return "file " + fileName;
    }
}
