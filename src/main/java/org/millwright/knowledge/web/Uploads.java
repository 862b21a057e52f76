package org.millwright.knowledge.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.web.multipart.MultipartFile;

/** The name and bytes of an uploaded part. */
final class Uploads {

    private Uploads() {}

    /** The file's own name without any client path, at most 300 characters; "upload" when absent. */
    static String name(MultipartFile file) {
        String name = file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename();
        name = name.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        return name.isEmpty() ? "upload" : name.length() > 300 ? name.substring(name.length() - 300) : name;
    }

    static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
