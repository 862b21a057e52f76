package org.millwright.maintenance.internal.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import org.millwright.platform.error.UnprocessableException;

/**
 * The photo formats maintenance accepts (PNG, JPEG, WebP), judged from the bytes and never from
 * a file's name or declared type. PNG and JPEG must have a header ImageIO can read; WebP (which
 * ImageIO cannot read) is recognised by its RIFF header.
 */
public enum ImageKind {
    PNG("image/png", "png", "png"),
    JPEG("image/jpeg", "jpg", "jpeg"),
    WEBP("image/webp", "webp", null);

    private final String mediaType;
    private final String extension;
    private final String readerName;

    ImageKind(String mediaType, String extension, String readerName) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.readerName = readerName;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The file name extension the stored copy gets. */
    public String extension() {
        return extension;
    }

    /** The kind of an image, or a 422 naming the file when the bytes are not one of the accepted kinds. */
    public static ImageKind of(String fileName, byte[] bytes) {
        ImageKind kind = detect(bytes).orElseThrow(() -> new UnprocessableException("error.image-type", fileName));
        if (kind.readerName != null && !headerReadable(kind, bytes)) {
            throw new UnprocessableException("error.image-type", fileName);
        }
        return kind;
    }

    /** The kind by magic number alone. */
    static Optional<ImageKind> detect(byte[] b) {
        if (startsWith(b, 0, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'})) {
            return Optional.of(PNG);
        }
        if (startsWith(b, 0, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return Optional.of(JPEG);
        }
        if (startsWith(b, 0, ascii("RIFF")) && startsWith(b, 8, ascii("WEBP"))) {
            return Optional.of(WEBP);
        }
        return Optional.empty();
    }

    /** True when ImageIO reads a size from the header (a renamed or truncated file fails). */
    private static boolean headerReadable(ImageKind kind, byte[] bytes) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(kind.readerName);
        if (!readers.hasNext()) {
            throw new IllegalStateException("No ImageIO reader for " + kind);
        }
        ImageReader reader = readers.next();
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(in, true, true);
            return reader.getWidth(0) > 0 && reader.getHeight(0) > 0;
        } catch (IOException | RuntimeException e) {
            // ImageIO reports damaged data with IOExceptions and with assorted runtime exceptions.
            return false;
        } finally {
            reader.dispose();
        }
    }

    private static boolean startsWith(byte[] b, int offset, byte[] prefix) {
        return b.length >= offset + prefix.length
                && Arrays.equals(b, offset, offset + prefix.length, prefix, 0, prefix.length);
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
