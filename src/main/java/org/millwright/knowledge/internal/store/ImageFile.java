package org.millwright.knowledge.internal.store;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import org.millwright.platform.error.UnprocessableException;

/**
 * What an uploaded image really is, judged from its bytes and never from its name. PNG, JPEG and
 * GIF must decode with ImageIO (read subsampled, so a large picture costs little memory; JPEG as a
 * raster, so CMYK photos pass too). WebP, which ImageIO cannot decode, is recognised by its RIFF
 * header; its size is read from the first frame header when it is one of the known kinds.
 *
 * @param width pixels across, or null when the format does not say
 * @param height pixels down, or null when the format does not say
 */
record ImageFile(Format format, Integer width, Integer height) {

    /** Larger pictures are refused before decoding (a small file can claim a huge canvas). */
    static final long MAX_PIXELS = 100_000_000L;
    /** The longest side of the subsampled read that proves an image decodes. */
    private static final int PROBE_SIDE = 256;

    /** The accepted formats, with their media type and ImageIO reader name (none for WebP). */
    enum Format {
        PNG("image/png", "png"),
        JPEG("image/jpeg", "jpeg"),
        GIF("image/gif", "gif"),
        WEBP("image/webp", null);

        private final String mediaType;
        private final String readerName;

        Format(String mediaType, String readerName) {
            this.mediaType = mediaType;
            this.readerName = readerName;
        }

        String mediaType() {
            return mediaType;
        }
    }

    /** The format and size of an image, or a 422 naming the file when it is not a readable one. */
    static ImageFile inspect(String fileName, byte[] bytes) {
        Format format = detect(bytes).orElseThrow(() -> new UnprocessableException("knowledge.image-type", fileName));
        ImageFile image = format == Format.WEBP ? webp(bytes) : decode(format, fileName, bytes);
        if (image.width() != null && (long) image.width() * image.height() > MAX_PIXELS) {
            throw new UnprocessableException(
                    "knowledge.image-pixels", fileName, image.width(), image.height(), MAX_PIXELS / 1_000_000);
        }
        return image;
    }

    /** The format by magic number. */
    static Optional<Format> detect(byte[] b) {
        if (startsWith(b, 0, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'})) {
            return Optional.of(Format.PNG);
        }
        if (startsWith(b, 0, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return Optional.of(Format.JPEG);
        }
        if (startsWith(b, 0, ascii("GIF87a")) || startsWith(b, 0, ascii("GIF89a"))) {
            return Optional.of(Format.GIF);
        }
        if (startsWith(b, 0, ascii("RIFF")) && startsWith(b, 8, ascii("WEBP"))) {
            return Optional.of(Format.WEBP);
        }
        return Optional.empty();
    }

    private static ImageFile decode(Format format, String fileName, byte[] bytes) {
        int width;
        int height;
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.readerName);
        if (!readers.hasNext()) {
            throw new IllegalStateException("No ImageIO reader for " + format);
        }
        ImageReader reader = readers.next();
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(in, true, true);
            width = reader.getWidth(0);
            height = reader.getHeight(0);
            if ((long) width * height <= MAX_PIXELS) {
                ImageReadParam param = reader.getDefaultReadParam();
                param.setSourceSubsampling(Math.max(1, width / PROBE_SIDE), Math.max(1, height / PROBE_SIDE), 0, 0);
                if (reader.canReadRaster()) {
                    reader.readRaster(0, param);
                } else {
                    reader.read(0, param);
                }
            }
        } catch (IOException | RuntimeException e) {
            // ImageIO reports damaged data with IOExceptions and with assorted runtime exceptions.
            throw new UnprocessableException("knowledge.image-unreadable", fileName);
        } finally {
            reader.dispose();
        }
        return new ImageFile(format, width, height);
    }

    /** The canvas size from a WebP's first chunk (VP8 lossy, VP8L lossless, VP8X extended). */
    static ImageFile webp(byte[] b) {
        if (b.length >= 30
                && startsWith(b, 12, ascii("VP8 "))
                && startsWith(b, 23, new byte[] {(byte) 0x9D, 1, 0x2A})) {
            return new ImageFile(Format.WEBP, le(b, 26, 2) & 0x3FFF, le(b, 28, 2) & 0x3FFF);
        }
        if (b.length >= 25 && startsWith(b, 12, ascii("VP8L")) && b[20] == 0x2F) {
            int bits = le(b, 21, 4);
            return new ImageFile(Format.WEBP, (bits & 0x3FFF) + 1, ((bits >>> 14) & 0x3FFF) + 1);
        }
        if (b.length >= 30 && startsWith(b, 12, ascii("VP8X"))) {
            return new ImageFile(Format.WEBP, le(b, 24, 3) + 1, le(b, 27, 3) + 1);
        }
        return new ImageFile(Format.WEBP, null, null);
    }

    private static int le(byte[] b, int offset, int length) {
        int value = 0;
        for (int i = length - 1; i >= 0; i--) {
            value = (value << 8) | (b[offset + i] & 0xFF);
        }
        return value;
    }

    private static boolean startsWith(byte[] b, int offset, byte[] prefix) {
        return b.length >= offset + prefix.length
                && Arrays.equals(b, offset, offset + prefix.length, prefix, 0, prefix.length);
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
