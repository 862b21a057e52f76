package org.millwright.maintenance.web;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.millwright.maintenance.internal.qr.PublicTokens;
import org.millwright.maintenance.internal.qr.PublicTokens.PublicAsset;
import org.millwright.maintenance.internal.request.MaintenanceRequests;
import org.millwright.maintenance.internal.request.MaintenanceRequests.Receipt;
import org.millwright.maintenance.internal.request.PublicRequestLimits;
import org.millwright.maintenance.internal.request.RequestLimitReached;
import org.millwright.maintenance.internal.request.Submission;
import org.millwright.platform.error.DomainException;
import org.millwright.platform.error.NotFoundException;
import org.millwright.platform.error.PayloadTooLargeException;
import org.millwright.platform.error.UnprocessableException;
import org.millwright.platform.tenancy.TenantContext;
import org.millwright.platform.web.Locales;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The public request page an asset's QR code opens: no login, Spanish or English (by
 * {@code Accept-Language}, or {@code ?lang=es|en}). It names the asset by code and name only, and
 * takes a description, an optional name, contact and photo, as {@code multipart/form-data} or
 * {@code application/x-www-form-urlencoded}. Submissions are limited per client address and per
 * asset (429 with {@code Retry-After}). Answers are HTML, errors included, with a strict content
 * security policy (no script, no external resource, the form posts only to this server).
 */
@Controller
@RequestMapping("/r/{token}")
class PublicRequestController {

    private static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);
    private static final String POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self';"
            + " form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    private final PublicTokens tokens;
    private final MaintenanceRequests requests;
    private final PublicRequestLimits limits;
    private final PublicRequestPages pages;
    private final MessageSource messages;

    PublicRequestController(
            PublicTokens tokens,
            MaintenanceRequests requests,
            PublicRequestLimits limits,
            PublicRequestPages pages,
            MessageSource messages) {
        this.tokens = tokens;
        this.requests = requests;
        this.limits = limits;
        this.pages = pages;
        this.messages = messages;
    }

    @GetMapping
    ResponseEntity<String> form(
            @PathVariable String token, @RequestParam(required = false) String lang, HttpServletRequest request) {
        Locale locale = locale(lang, request);
        Optional<PublicAsset> asset = tokens.resolve(token);
        if (asset.isEmpty()) {
            return html(HttpStatus.NOT_FOUND, pages.notFound(locale));
        }
        var values = new PublicRequestPages.Values(null, null, null);
        return html(
                HttpStatus.OK, pages.form(token, asset.get().code(), asset.get().name(), locale, values, null));
    }

    @PostMapping(consumes = {MediaType.MULTIPART_FORM_DATA_VALUE, MediaType.APPLICATION_FORM_URLENCODED_VALUE})
    ResponseEntity<String> submit(
            @PathVariable String token,
            @RequestParam(required = false) String lang,
            @RequestParam(required = false) String description,
            @RequestParam(required = false) String name,
            @RequestParam(required = false) String contact,
            @RequestParam(required = false) MultipartFile photo,
            HttpServletRequest request) {
        Locale locale = locale(lang, request);
        String address = request.getRemoteAddr();
        try {
            limits.consume(address);
        } catch (RequestLimitReached e) {
            return tooMany(locale, e);
        }
        Optional<PublicAsset> found = tokens.resolve(token);
        if (found.isEmpty()) {
            return html(HttpStatus.NOT_FOUND, pages.notFound(locale));
        }
        PublicAsset asset = found.get();
        var values = new PublicRequestPages.Values(description, name, contact);
        try {
            Submission submission =
                    new Submission(clean(description), clean(name), clean(contact), photo(photo), locale.getLanguage());
            Receipt receipt = TenantContext.call(asset.tenantId(), () -> requests.submit(asset, submission, address));
            return html(
                    HttpStatus.OK,
                    pages.thanks(
                            token, asset.code(), asset.name(), locale, receipt.reference(), submission.reporterName()));
        } catch (RequestLimitReached e) {
            return tooMany(locale, e);
        } catch (DomainException e) {
            String message = messages.getMessage(e.messageKey(), e.args(), e.messageKey(), locale);
            return html(statusOf(e), pages.form(token, asset.code(), asset.name(), locale, values, message));
        }
    }

    private ResponseEntity<String> tooMany(Locale locale, RequestLimitReached e) {
        String message = messages.getMessage(e.messageKey(), e.args(), e.messageKey(), locale);
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()))
                .headers(PublicRequestController::pageHeaders)
                .body(pages.refused(locale, message));
    }

    private static ResponseEntity<String> html(HttpStatus status, String page) {
        return ResponseEntity.status(status)
                .headers(PublicRequestController::pageHeaders)
                .body(page);
    }

    private static void pageHeaders(HttpHeaders headers) {
        headers.setContentType(HTML);
        headers.setCacheControl(CacheControl.noStore());
        headers.set("Content-Security-Policy", POLICY);
        // The token is in the address: never send it on to another site.
        headers.set("Referrer-Policy", "no-referrer");
    }

    private static HttpStatus statusOf(DomainException e) {
        return switch (e) {
            case PayloadTooLargeException x -> HttpStatus.CONTENT_TOO_LARGE;
            case UnprocessableException x -> HttpStatus.UNPROCESSABLE_CONTENT;
            case NotFoundException x -> HttpStatus.NOT_FOUND;
            default -> HttpStatus.BAD_REQUEST;
        };
    }

    /**
     * A photo part, or null when none was chosen (browsers then send an empty part); its size is
     * checked before its bytes are read.
     */
    private Submission.Photo photo(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            return null;
        }
        requests.checkPhotoSize(Uploads.name(file), file.getSize());
        return new Submission.Photo(Uploads.name(file), Uploads.bytes(file));
    }

    private static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static Locale locale(String lang, HttpServletRequest request) {
        if ("es".equalsIgnoreCase(lang)) {
            return Locales.SPANISH;
        }
        if ("en".equalsIgnoreCase(lang)) {
            return Locale.ENGLISH;
        }
        return Locales.resolve(request);
    }
}
