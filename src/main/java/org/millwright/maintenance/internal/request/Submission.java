package org.millwright.maintenance.internal.request;

/**
 * What a reporter sent through a public request page, trimmed (blank optional fields are null).
 *
 * @param photo the photo's bytes and file name, or null
 * @param language {@code es} or {@code en}, the language of the page
 */
public record Submission(String description, String reporterName, String contact, Photo photo, String language) {

    /** An uploaded photo. */
    public record Photo(String fileName, byte[] bytes) {}
}
