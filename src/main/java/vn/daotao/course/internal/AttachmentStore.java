package vn.daotao.course.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.support.SqlBinaryValue;
import org.springframework.stereotype.Repository;
import vn.daotao.course.AttachmentContent;
import vn.daotao.course.AttachmentInfo;

/** Attachment rows. Contents go in and come out as streams, never as one array of the whole file. */
@Repository
public class AttachmentStore {

    /** How much of a file one query reads while serving it. */
    static final int CHUNK = 1024 * 1024;

    private final JdbcClient jdbc;

    AttachmentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(
            long moduleId,
            String fileName,
            String contentType,
            long size,
            String sha256,
            InputStream content,
            Long createdBy) {
        return jdbc.sql("""
                        insert into attachment (module_id, file_name, content_type, size_bytes, sha256, content, created_by)
                        values (:m, :name, :type, :size, :sha, :content, :by) returning id""")
                .param("m", moduleId)
                .param("name", fileName)
                .param("type", contentType)
                .param("size", size)
                .param("sha", sha256)
                .param("content", new SqlBinaryValue(content, size))
                .param("by", createdBy)
                .query(Long.class)
                .single();
    }

    public Optional<AttachmentInfo> info(long attachmentId) {
        return jdbc.sql("select id, module_id, file_name, content_type, size_bytes from attachment where id = :id")
                .param("id", attachmentId)
                .query(CourseQueries::attachmentInfo)
                .optional();
    }

    /** The file's facts and a stream over its bytes, read a slice at a time as it is served. */
    public Optional<AttachmentContent> content(long attachmentId) {
        return info(attachmentId).map(info -> new AttachmentContent(info, () -> open(attachmentId, info.sizeBytes())));
    }

    public void delete(long attachmentId) {
        jdbc.sql("delete from attachment where id = :id")
                .param("id", attachmentId)
                .update();
    }

    /**
     * The content read a chunk at a time, each chunk one short query; skipping costs nothing, so a
     * Range request for the end of a video reads only that end.
     */
    public InputStream open(long attachmentId, long size) {
        return new ChunkedStream(attachmentId, size);
    }

    private byte[] slice(long attachmentId, long from, int length) {
        // substring() on bytea counts from 1; with external storage PostgreSQL reads only the slice.
        return jdbc.sql(
                        "select substring(content from cast(:from as int) for cast(:len as int)) from attachment where id = :id")
                .param("id", attachmentId)
                .param("from", from + 1)
                .param("len", length)
                .query(byte[].class)
                .optional()
                .orElse(new byte[0]);
    }

    private final class ChunkedStream extends InputStream {
        private final long attachmentId;
        private final long size;
        private long position;
        private byte[] chunk = new byte[0];
        private int chunkOffset;

        ChunkedStream(long attachmentId, long size) {
            this.attachmentId = attachmentId;
            this.size = size;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] target, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            if (chunkOffset >= chunk.length) {
                if (position >= size) {
                    return -1;
                }
                chunk = slice(attachmentId, position, (int) Math.min(CHUNK, size - position));
                chunkOffset = 0;
                if (chunk.length == 0) {
                    throw new IOException("Attachment " + attachmentId + " ended early at byte " + position);
                }
            }
            int n = Math.min(length, chunk.length - chunkOffset);
            System.arraycopy(chunk, chunkOffset, target, offset, n);
            chunkOffset += n;
            position += n;
            return n;
        }

        @Override
        public long skip(long n) {
            long step = Math.max(0, Math.min(n, size - position));
            long inChunk = chunk.length - chunkOffset;
            if (step <= inChunk) {
                chunkOffset += (int) step;
            } else {
                chunk = new byte[0];
                chunkOffset = 0;
            }
            position += step;
            return step;
        }

        @Override
        public int available() {
            return chunk.length - chunkOffset;
        }
    }
}
