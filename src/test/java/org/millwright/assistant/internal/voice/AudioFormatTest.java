package org.millwright.assistant.internal.voice;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.millwright.assistant.Recordings;

class AudioFormatTest {

    private static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }

    @Test
    void recordingsAreToldByTheirFirstBytes() {
        assertThat(AudioFormat.of(Recordings.silentWav(10))).contains(AudioFormat.WAV);
        assertThat(AudioFormat.of(bytes(0x1A, 0x45, 0xDF, 0xA3, 0x9F, 0x42))).contains(AudioFormat.WEBM);
        assertThat(AudioFormat.of("OggS\0\2".getBytes(StandardCharsets.ISO_8859_1)))
                .contains(AudioFormat.OGG);
        assertThat(AudioFormat.of("ID3\4\0\0".getBytes(StandardCharsets.ISO_8859_1)))
                .contains(AudioFormat.MP3);
        assertThat(AudioFormat.of(bytes(0xFF, 0xFB, 0x90, 0x64)))
                .as("MPEG-1 layer III frame")
                .contains(AudioFormat.MP3);
    }

    @Test
    void anythingElseIsRefused() {
        assertThat(AudioFormat.of(Recordings.PNG)).isEmpty();
        assertThat(AudioFormat.of("RIFF\0\0\0\0AVI ".getBytes(StandardCharsets.ISO_8859_1)))
                .as("a RIFF file that is not WAVE")
                .isEmpty();
        assertThat(AudioFormat.of(bytes(0xFF, 0xE0, 0, 0)))
                .as("frame sync with a reserved layer")
                .isEmpty();
        assertThat(AudioFormat.of(bytes(0xFF, 0xD8, 0xFF, 0xE0))).as("JPEG").isEmpty();
        assertThat(AudioFormat.of(new byte[] {'O', 'g'})).isEmpty();
        assertThat(AudioFormat.of(new byte[0])).isEmpty();
    }
}
