package org.millwright.assistant.internal.voice;

import java.util.Optional;

/**
 * The recordings a voice question may be, told by their first bytes (not by the declared type):
 * WAV ({@code RIFF…WAVE}), WebM/Opus (EBML {@code 1A 45 DF A3}), MP3 ({@code ID3} tag or an MPEG
 * frame sync) and Ogg ({@code OggS}).
 */
public enum AudioFormat {
    WAV("audio/wav", "wav"),
    WEBM("audio/webm", "webm"),
    MP3("audio/mpeg", "mp3"),
    OGG("audio/ogg", "ogg");

    private final String mediaType;
    private final String extension;

    AudioFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** The format of {@code bytes}, or empty when they are none of the accepted recordings. */
    public static Optional<AudioFormat> of(byte[] bytes) {
        if (starts(bytes, 0, "RIFF") && starts(bytes, 8, "WAVE")) {
            return Optional.of(WAV);
        }
        if (bytes.length >= 4
                && (bytes[0] & 0xFF) == 0x1A
                && (bytes[1] & 0xFF) == 0x45
                && (bytes[2] & 0xFF) == 0xDF
                && (bytes[3] & 0xFF) == 0xA3) {
            return Optional.of(WEBM);
        }
        if (starts(bytes, 0, "OggS")) {
            return Optional.of(OGG);
        }
        if (starts(bytes, 0, "ID3") || mpegFrame(bytes)) {
            return Optional.of(MP3);
        }
        return Optional.empty();
    }

    /** An MPEG audio frame header: 11 sync bits, a valid version and a layer other than "reserved". */
    private static boolean mpegFrame(byte[] b) {
        return b.length >= 4
                && (b[0] & 0xFF) == 0xFF
                && (b[1] & 0xE0) == 0xE0
                && (b[1] & 0x18) != 0x08
                && (b[1] & 0x06) != 0;
    }

    private static boolean starts(byte[] bytes, int at, String ascii) {
        if (bytes.length < at + ascii.length()) {
            return false;
        }
        for (int i = 0; i < ascii.length(); i++) {
            if (bytes[at + i] != (byte) ascii.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
