package org.millwright.inference;

import java.util.Objects;

/**
 * Recorded speech: its bytes, file name and media type (wav, webm/opus, mp3, ogg), and the
 * expected language ({@code es}, {@code en}) when known, else null.
 */
public record AudioClip(byte[] bytes, String filename, String contentType, String language) {

    public AudioClip {
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(filename, "filename");
    }
}
