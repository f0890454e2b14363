package vn.daotao.course;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;
import vn.daotao.audit.AuditAction;
import vn.daotao.audit.AuditLog;
import vn.daotao.audit.AuditTarget;
import vn.daotao.base.UserFacingException;
import vn.daotao.course.internal.AttachmentStore;
import vn.daotao.course.internal.CourseQueries;
import vn.daotao.course.internal.FileNames;
import vn.daotao.course.internal.FileTypeDetector;
import vn.daotao.security.CurrentUser;
import vn.daotao.security.SignedInUser;

/**
 * Files attached to a module, for admins. An upload is streamed to a temporary file (counting and
 * hashing on the way, stopping at the size limit), recognised by its content, and streamed into the
 * database; at no point is the whole file held in memory.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class AttachmentService {

    private final CourseQueries queries;
    private final AttachmentStore store;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final TransactionTemplate transaction;
    private final DataSize maxSize;

    AttachmentService(
            CourseQueries queries,
            AttachmentStore store,
            AuditLog audit,
            CurrentUser currentUser,
            PlatformTransactionManager transactions,
            @Value("${app.uploads.max-size:100MB}") DataSize maxSize) {
        this.queries = queries;
        this.store = store;
        this.audit = audit;
        this.currentUser = currentUser;
        this.transaction = new TransactionTemplate(transactions);
        this.maxSize = maxSize;
    }

    /** The largest file an admin may upload ({@code app.uploads.max-size}). */
    public DataSize maxSize() {
        return maxSize;
    }

    @Transactional(readOnly = true)
    public List<AttachmentInfo> attachments(long moduleId) {
        return queries.attachments(moduleId);
    }

    /**
     * Stores {@code content} as an attachment of a draft module. Refusals (not a draft, too large, empty,
     * a type we do not accept) are audited and thrown as {@link UserFacingException}.
     */
    public AttachmentInfo upload(long moduleId, String originalName, InputStream content) {
        requireModule(moduleId);
        if (!queries.moduleIsDraft(moduleId)) {
            throw refuse(moduleId, originalName, "content.error.notDraft", "not draft");
        }
        Path temp = null;
        try {
            temp = Files.createTempFile("upload-", ".part");
            Received received = receive(content, temp);
            if (received.size() > maxSize.toBytes()) {
                throw refuse(
                        moduleId,
                        originalName,
                        "attachment.error.tooLarge",
                        "over " + maxSize,
                        megabytes(maxSize.toBytes()));
            }
            if (received.size() == 0) {
                throw refuse(moduleId, originalName, "attachment.error.empty", "empty");
            }
            AttachmentType type = FileTypeDetector.detect(temp).orElse(null);
            if (type == null) {
                throw refuse(moduleId, originalName, "attachment.error.type", "type not allowed");
            }
            String fileName = FileNames.sanitise(originalName, type.extension());
            Long userId = currentUser.get().map(SignedInUser::id).orElse(null);
            Path file = temp;
            long id = transaction.execute(status -> {
                // Checked again inside the insert's transaction: the edition may have been published meanwhile.
                if (!queries.moduleIsDraft(moduleId)) {
                    throw new UserFacingException("content.error.notDraft");
                }
                try (InputStream in = Files.newInputStream(file)) {
                    return store.insert(
                            moduleId, fileName, type.contentType(), received.size(), received.sha256(), in, userId);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("moduleId", moduleId);
            after.put("fileName", fileName);
            after.put("contentType", type.contentType());
            after.put("sizeBytes", received.size());
            after.put("sha256", received.sha256());
            audit.recordInOwnTransaction(
                    AuditAction.ATTACHMENT_ADDED, AuditTarget.ATTACHMENT, id, Map.of("after", after));
            return new AttachmentInfo(id, moduleId, fileName, type.contentType(), received.size());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(temp);
        }
    }

    /** Removes an attachment of a draft module. */
    @Transactional
    public void remove(long attachmentId) {
        AttachmentInfo info =
                store.info(attachmentId).orElseThrow(() -> new AccessDeniedException("No attachment " + attachmentId));
        if (!queries.moduleIsDraft(info.moduleId())) {
            throw new UserFacingException("content.error.notDraft");
        }
        store.delete(attachmentId);
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("moduleId", info.moduleId());
        before.put("fileName", info.fileName());
        before.put("contentType", info.contentType());
        before.put("sizeBytes", info.sizeBytes());
        audit.recordChangeInCurrentTransaction(
                AuditAction.ATTACHMENT_REMOVED, AuditTarget.ATTACHMENT, attachmentId, Map.of("before", before));
    }

    /** Any attachment, published or draft, for an admin to preview; read in chunks as it is served. */
    @Transactional(readOnly = true)
    public AttachmentContent content(long attachmentId) {
        return store.content(attachmentId)
                .orElseThrow(() -> new AccessDeniedException("No attachment " + attachmentId));
    }

    private void requireModule(long moduleId) {
        if (queries.module(moduleId).isEmpty()) {
            throw new AccessDeniedException("No module " + moduleId);
        }
    }

    private record Received(long size, String sha256) {}

    /** Copies at most one byte more than the limit: enough to know the file is too large. */
    private Received receive(InputStream content, Path temp) throws IOException {
        MessageDigest sha = sha256();
        long limit = maxSize.toBytes() + 1;
        long size = 0;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = content;
                OutputStream out = new DigestOutputStream(Files.newOutputStream(temp), sha)) {
            int n;
            while (size < limit && (n = in.read(buffer, 0, (int) Math.min(buffer.length, limit - size))) >= 0) {
                out.write(buffer, 0, n);
                size += n;
            }
        }
        return new Received(size, HexFormat.of().formatHex(sha.digest()));
    }

    private UserFacingException refuse(long moduleId, String originalName, String key, String reason, Object... args) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("moduleId", moduleId);
        details.put(
                "fileName",
                originalName == null
                        ? ""
                        : originalName.length() > 200 ? originalName.substring(0, 200) : originalName);
        details.put("reason", reason);
        audit.recordInOwnTransaction(AuditAction.UPLOAD_REFUSED, AuditTarget.MODULE, moduleId, details);
        return new UserFacingException(key, args);
    }

    static String megabytes(long bytes) {
        long mb = bytes / (1024 * 1024);
        return mb > 0 ? mb + " MB" : Math.max(1, bytes / 1024) + " KB";
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteQuietly(Path temp) {
        if (temp != null) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                // The temporary folder is cleaned by the system; nothing the admin can do about it.
                temp.toFile().deleteOnExit();
            }
        }
    }
}
