package org.millwright.knowledge.internal.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.millwright.platform.error.UnprocessableException;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Images are judged by their bytes: the real format and size, and a refusal for anything else. */
class ImageFileTest {

    @Test
    void pngJpegAndGifAreRecognisedByTheirBytesWithTheirSize() throws IOException {
        for (String format : new String[] {"png", "jpeg", "gif"}) {
            ImageFile image =
                    ImageFile.inspect("photo.bin", encode(picture(64, 48, BufferedImage.TYPE_INT_RGB), format));
            assertThat(image.format().mediaType()).isEqualTo("image/" + format);
            assertThat(image.width()).isEqualTo(64);
            assertThat(image.height()).isEqualTo(48);
        }
    }

    @Test
    void webpIsRecognisedByItsHeaderAndSizedFromItsFirstFrame() {
        assertThat(ImageFile.inspect("a.webp", webp("VP8L", vp8l(300, 200)))).isEqualTo(webpOf(300, 200));
        assertThat(ImageFile.inspect("a.webp", webp("VP8 ", vp8(640, 480)))).isEqualTo(webpOf(640, 480));
        assertThat(ImageFile.inspect("a.webp", webp("VP8X", vp8x(1920, 1080)))).isEqualTo(webpOf(1920, 1080));
        assertThat(ImageFile.inspect("a.webp", webp("ABCD", new byte[16])))
                .isEqualTo(new ImageFile(ImageFile.Format.WEBP, null, null));
    }

    @Test
    void anythingElseIsRefusedWhateverItsName() throws IOException {
        assertRefused("notes.png", "Just some text, not a picture".getBytes(StandardCharsets.UTF_8), "image-type");
        assertRefused("drawing.pdf", "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), "image-type");
        byte[] png = encode(picture(64, 48, BufferedImage.TYPE_INT_RGB), "png");
        byte[] garbage = Arrays.copyOf(png, png.length);
        Arrays.fill(garbage, 16, garbage.length, (byte) 0x5A);
        assertRefused("broken.png", garbage, "image-unreadable");
        assertRefused("cut.png", Arrays.copyOf(png, png.length / 2), "image-unreadable");
        assertRefused("cut.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 1, 2}, "image-unreadable");
    }

    @Test
    void aHugeCanvasIsRefusedBeforeItIsDecoded() throws IOException {
        assertRefused("huge.webp", webp("VP8X", vp8x(20_000, 20_000)), "image-pixels");
        // 1 bit per pixel: a small file that claims just over the limit.
        byte[] png = encode(picture(10_001, 10_000, BufferedImage.TYPE_BYTE_BINARY), "png");
        assertThat(png.length).isLessThan(1_000_000);
        assertRefused("huge.png", png, "image-pixels");
    }

    @Test
    void everyRefusalIsWordedInBothLanguages() {
        var messages = new ResourceBundleMessageSource();
        messages.setBasename("messages/knowledge");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        for (String key : Set.of("knowledge.image-type", "knowledge.image-unreadable", "knowledge.image-pixels")) {
            Object[] args = {"a.png", 1, 2, 3};
            String english = messages.getMessage(key, args, Locale.ENGLISH);
            String spanish = messages.getMessage(key, args, Locale.of("es"));
            assertThat(english).contains("a.png").isNotEqualTo(spanish);
            assertThat(spanish).contains("a.png").contains("imagen");
        }
    }

    private static void assertRefused(String name, byte[] bytes, String key) {
        assertThatThrownBy(() -> ImageFile.inspect(name, bytes))
                .isInstanceOfSatisfying(UnprocessableException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("knowledge." + key);
                    assertThat(e.args()[0]).isEqualTo(name);
                });
    }

    private static ImageFile webpOf(int width, int height) {
        return new ImageFile(ImageFile.Format.WEBP, width, height);
    }

    static BufferedImage picture(int width, int height, int type) {
        BufferedImage image = new BufferedImage(width, height, type);
        var g = image.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillRect(0, 0, width / 2, height / 2);
        g.dispose();
        return image;
    }

    static byte[] encode(BufferedImage image, String format) throws IOException {
        var out = new ByteArrayOutputStream();
        assertThat(ImageIO.write(image, format, out)).isTrue();
        return out.toByteArray();
    }

    /** A RIFF/WEBP container holding one chunk. */
    private static byte[] webp(String fourCc, byte[] payload) {
        ByteBuffer b = ByteBuffer.allocate(20 + payload.length).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(12 + payload.length);
        b.put("WEBP".getBytes(StandardCharsets.US_ASCII)).put(fourCc.getBytes(StandardCharsets.US_ASCII));
        b.putInt(payload.length).put(payload);
        return b.array();
    }

    private static byte[] vp8l(int width, int height) {
        ByteBuffer b = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
        return b.put((byte) 0x2F).putInt((width - 1) | (height - 1) << 14).array();
    }

    private static byte[] vp8(int width, int height) {
        ByteBuffer b = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
        b.put(new byte[] {0, 0, 0, (byte) 0x9D, 1, 0x2A});
        return b.putShort((short) width).putShort((short) height).array();
    }

    private static byte[] vp8x(int width, int height) {
        ByteBuffer b = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(0).putShort((short) (width - 1)).put((byte) ((width - 1) >> 16));
        return b.putShort((short) (height - 1)).put((byte) ((height - 1) >> 16)).array();
    }
}
