package org.millwright.maintenance.web;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Answers with a stored photo: its media type, its content hash as entity tag (a matching
 * {@code If-None-Match} gets 304), private caching for a day (the bytes never change under an id).
 */
final class StoredFiles {

    private static final CacheControl CACHE =
            CacheControl.maxAge(Duration.ofDays(1)).cachePrivate();

    private StoredFiles() {}

    static ResponseEntity<Resource> inline(String fileName, String mediaType, String contentHash, Path path) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(mediaType))
                .eTag(contentHash)
                .cacheControl(CACHE)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename(fileName, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(new FileSystemResource(path));
    }
}
