package org.millwright.maintenance;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.LuminanceSource;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

/** Images for maintenance tests (PNG, JPEG, a WebP header) and a QR code reader for PNG and SVG codes. */
final class TestImages {

    private static final Random RANDOM = new Random(42);
    private static final Pattern SVG_RUN = Pattern.compile("M(\\d+) (\\d+)h(\\d+)v1h-\\d+z");
    private static final Pattern VIEW_BOX = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"");

    private TestImages() {}

    /** A small PNG, different each time. */
    static byte[] png() {
        return write(picture(), "png");
    }

    static byte[] jpeg() {
        return write(picture(), "jpg");
    }

    /** The first bytes of a lossless WebP (RIFF container, VP8L chunk) of 16 × 16 pixels. */
    static byte[] webp() {
        byte[] b = new byte[40];
        put(b, 0, "RIFF");
        b[4] = 32;
        put(b, 8, "WEBP");
        put(b, 12, "VP8L");
        b[16] = 20;
        b[20] = 0x2F;
        b[21] = 15;
        b[22] = (byte) 0xC0;
        b[23] = 3;
        return b;
    }

    /** The text of the QR code in a PNG. */
    static String decodePng(byte[] png) {
        try {
            return decode(ImageIO.read(new ByteArrayInputStream(png)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of the QR code in an SVG of this project's shape: one path of module runs. */
    static String decodeSvg(String svg) {
        Matcher box = VIEW_BOX.matcher(svg);
        if (!box.find()) {
            throw new AssertionError("no viewBox in " + svg);
        }
        int side = Integer.parseInt(box.group(1));
        int scale = 8;
        var image = new BufferedImage(side * scale, side * scale, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                image.setRGB(x, y, 0xFFFFFF);
            }
        }
        Matcher run = SVG_RUN.matcher(svg);
        while (run.find()) {
            int x0 = Integer.parseInt(run.group(1));
            int y0 = Integer.parseInt(run.group(2));
            int length = Integer.parseInt(run.group(3));
            for (int y = y0 * scale; y < (y0 + 1) * scale; y++) {
                for (int x = x0 * scale; x < (x0 + length) * scale; x++) {
                    image.setRGB(x, y, 0);
                }
            }
        }
        return decode(image);
    }

    private static String decode(BufferedImage image) {
        try {
            return new MultiFormatReader()
                    .decode(new BinaryBitmap(new HybridBinarizer(new ImageLuminance(image))))
                    .getText();
        } catch (NotFoundException e) {
            throw new AssertionError("no QR code found", e);
        }
    }

    private static BufferedImage picture() {
        var image = new BufferedImage(32, 24, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                image.setRGB(x, y, RANDOM.nextInt(0xFFFFFF));
            }
        }
        return image;
    }

    private static byte[] write(BufferedImage image, String format) {
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void put(byte[] b, int offset, String ascii) {
        byte[] bytes = ascii.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(bytes, 0, b, offset, bytes.length);
    }

    /** ZXing's view of an image as grey levels (ZXing's own one lives in its javase module). */
    private static final class ImageLuminance extends LuminanceSource {

        private final byte[] grey;

        ImageLuminance(BufferedImage image) {
            super(image.getWidth(), image.getHeight());
            grey = new byte[image.getWidth() * image.getHeight()];
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    int rgb = image.getRGB(x, y);
                    int level = (((rgb >> 16) & 0xFF) * 299 + ((rgb >> 8) & 0xFF) * 587 + (rgb & 0xFF) * 114) / 1000;
                    grey[y * image.getWidth() + x] = (byte) level;
                }
            }
        }

        @Override
        public byte[] getRow(int y, byte[] row) {
            byte[] out = row == null || row.length < getWidth() ? new byte[getWidth()] : row;
            System.arraycopy(grey, y * getWidth(), out, 0, getWidth());
            return out;
        }

        @Override
        public byte[] getMatrix() {
            return grey;
        }
    }
}
