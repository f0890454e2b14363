package vn.daotao.course.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import vn.daotao.course.AttachmentType;

/**
 * Recognises an allowed file type from its first bytes (and, for Office files, the ZIP's part names).
 * The file name and the browser's declared type are never consulted: both are chosen by the uploader.
 */
public final class FileTypeDetector {

    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    /** ISO base media brands that browsers play as MP4 video; QuickTime and HEIC images share the box format but not these. */
    private static final Set<String> MP4_BRANDS = Set.of(
            "isom", "iso2", "iso3", "iso4", "iso5", "iso6", "mp41", "mp42", "avc1", "M4V ", "dash", "mmp4", "MSNV",
            "f4v ");

    private static final int HEAD = 16;

    private FileTypeDetector() {}

    public static Optional<AttachmentType> detect(Path file) {
        byte[] head = head(file);
        if (startsWith(head, ZIP)) {
            return officeType(zipEntries(file));
        }
        return byHead(head);
    }

    /** Same as {@link #detect(Path)} for content already in memory (small files such as imports). */
    public static Optional<AttachmentType> detect(byte[] content) {
        byte[] head = Arrays.copyOf(content, Math.min(HEAD, content.length));
        if (startsWith(head, ZIP)) {
            return officeType(zipEntries(content));
        }
        return byHead(head);
    }

    private static Optional<AttachmentType> byHead(byte[] head) {
        if (startsWith(head, PDF)) {
            return Optional.of(AttachmentType.PDF);
        }
        if (startsWith(head, PNG)) {
            return Optional.of(AttachmentType.PNG);
        }
        if (startsWith(head, JPEG)) {
            return Optional.of(AttachmentType.JPEG);
        }
        if (isMp4(head)) {
            return Optional.of(AttachmentType.MP4);
        }
        return Optional.empty();
    }

    /** An MP4 file opens with an 'ftyp' box: 4-byte size, "ftyp", then the major brand. */
    private static boolean isMp4(byte[] head) {
        if (head.length < 12 || head[4] != 'f' || head[5] != 't' || head[6] != 'y' || head[7] != 'p') {
            return false;
        }
        long boxSize =
                ((head[0] & 0xFFL) << 24) | ((head[1] & 0xFFL) << 16) | ((head[2] & 0xFFL) << 8) | (head[3] & 0xFFL);
        String brand = new String(head, 8, 4, StandardCharsets.ISO_8859_1);
        return boxSize >= 16 && MP4_BRANDS.contains(brand);
    }

    /** An OOXML package lists its parts in [Content_Types].xml; the main part's folder names the kind. Macros are refused. */
    private static Optional<AttachmentType> officeType(Set<String> entries) {
        if (!entries.contains("[Content_Types].xml") || entries.stream().anyMatch(e -> e.endsWith("vbaProject.bin"))) {
            return Optional.empty();
        }
        if (entries.contains("word/document.xml")
                || hasFolder(entries, "word/") && !hasFolder(entries, "ppt/") && !hasFolder(entries, "xl/")) {
            return Optional.of(AttachmentType.DOCX);
        }
        if (entries.contains("ppt/presentation.xml") || hasFolder(entries, "ppt/") && !hasFolder(entries, "xl/")) {
            return Optional.of(AttachmentType.PPTX);
        }
        if (hasFolder(entries, "xl/")) {
            return Optional.of(AttachmentType.XLSX);
        }
        return Optional.empty();
    }

    private static boolean hasFolder(Set<String> entries, String folder) {
        return entries.stream().anyMatch(e -> e.startsWith(folder));
    }

    private static Set<String> zipEntries(Path file) {
        Set<String> names = new HashSet<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                names.add(entries.nextElement().getName());
            }
        } catch (ZipException broken) {
            return Set.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    private static Set<String> zipEntries(byte[] content) {
        Set<String> names = new HashSet<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                names.add(e.getName());
            }
        } catch (IOException | IllegalArgumentException broken) {
            return Set.of();
        }
        return names;
    }

    private static byte[] head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(HEAD);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        return data.length >= prefix.length && Arrays.equals(data, 0, prefix.length, prefix, 0, prefix.length);
    }
}
