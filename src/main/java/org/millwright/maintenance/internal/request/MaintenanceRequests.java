package org.millwright.maintenance.internal.request;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.millwright.maintenance.MaintenanceRequestSubmitted;
import org.millwright.maintenance.internal.MaintenanceSettings;
import org.millwright.maintenance.internal.files.ImageKind;
import org.millwright.maintenance.internal.files.MaintenanceFiles;
import org.millwright.maintenance.internal.qr.PublicTokens.PublicAsset;
import org.millwright.platform.audit.AuditLog;
import org.millwright.platform.crypto.SecretCipher;
import org.millwright.platform.error.InvalidRequestException;
import org.millwright.platform.error.NotFoundException;
import org.millwright.platform.error.PayloadTooLargeException;
import org.millwright.platform.security.CurrentPrincipal;
import org.millwright.platform.security.MillwrightPrincipal;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Maintenance requests: submitted by anyone through an asset's public page, then decided by a
 * supervisor of the asset's site. Submission publishes {@link MaintenanceRequestSubmitted}.
 */
@Service
public class MaintenanceRequests {

    public static final int MAX_NAME = 100;
    public static final int MAX_CONTACT = 200;
    /** Crockford's base-32 digits: no I, L, O or U to misread over the phone. */
    private static final String REFERENCE_DIGITS = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    private static final int REFERENCE_LENGTH = 8;
    private static final long PENDING_RETRY_SECONDS = 3600;

    private final MaintenanceRequestRepository requests;
    private final MaintenanceFiles files;
    private final MaintenanceSettings settings;
    private final SecretCipher cipher;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    MaintenanceRequests(
            MaintenanceRequestRepository requests,
            MaintenanceFiles files,
            MaintenanceSettings settings,
            SecretCipher cipher,
            ApplicationEventPublisher events,
            AuditLog audit,
            Clock clock) {
        this.requests = requests;
        this.files = files;
        this.settings = settings;
        this.cipher = cipher;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Stores a request for a public asset, in the asset's tenant (which must be in context). Bad
     * input changes nothing: a 400 for a missing or long text, 413 for a large photo, 422 for a
     * file that is not a PNG, JPEG or WebP image, 429 when the asset already has too many pending.
     */
    @Transactional
    public Receipt submit(PublicAsset asset, Submission s, String clientAddress) {
        check(s);
        ImageKind photoKind = s.photo() == null
                ? null
                : ImageKind.of(s.photo().fileName(), s.photo().bytes());
        int cap = settings.publicRequests().maxPendingPerAsset();
        if (requests.countByAssetIdAndStatus(asset.assetId(), RequestStatus.PENDING) >= cap) {
            throw new RequestLimitReached(PENDING_RETRY_SECONDS, "error.request-queue-full", cap);
        }
        String clientHash = cipher.fingerprint("request-client", clientAddress);
        var request = new MaintenanceRequest(asset.siteId(), asset.assetId(), newReference(), s, clientHash);
        if (photoKind != null) {
            String path = "requests/" + request.getId() + "." + photoKind.extension();
            request.withPhoto(
                    path,
                    photoKind.mediaType(),
                    MaintenanceFiles.sha256(s.photo().bytes()));
            files.write(path, s.photo().bytes());
        }
        requests.save(request);
        audit.record(
                "maintenance-request.submitted",
                "maintenance-request",
                request.getId(),
                null,
                Map.of("reference", request.getReference(), "assetId", asset.assetId()));
        events.publishEvent(new MaintenanceRequestSubmitted(
                asset.tenantId(), asset.siteId(), asset.assetId(), request.getId(), request.getReference()));
        return new Receipt(request.getId(), request.getReference());
    }

    @Transactional(readOnly = true)
    public Page<RequestView> list(RequestQuery query, Pageable page) {
        return requests.findAll(query.toSpecification(), page).map(RequestView::of);
    }

    @Transactional(readOnly = true)
    public RequestView get(UUID id) {
        return RequestView.of(load(id));
    }

    /** The photo of a request, 404 when it has none. */
    @Transactional(readOnly = true)
    public RequestPhoto photo(UUID id) {
        MaintenanceRequest request = load(id);
        if (request.getPhotoPath() == null) {
            throw new NotFoundException("error.request-no-photo", request.getReference());
        }
        return new RequestPhoto(
                request.getReference(),
                request.getPhotoMediaType(),
                request.getPhotoHash(),
                files.resolve(request.getPhotoPath()));
    }

    /** Rejects a pending request with a reason (409 once decided). */
    @Transactional
    public RequestView reject(UUID id, String reason) {
        MaintenanceRequest request = load(id);
        RequestView before = RequestView.of(request);
        request.reject(caller(), Instant.now(clock), reason.strip());
        requests.flush();
        audit.record("maintenance-request.rejected", "maintenance-request", id, before, RequestView.of(request));
        return RequestView.of(request);
    }

    private void check(Submission s) {
        int maxText = settings.publicRequests().maxTextLength();
        if (s.description() == null) {
            throw new InvalidRequestException("error.request-description-required");
        }
        if (s.description().length() > maxText) {
            throw new InvalidRequestException("error.request-description-long", maxText);
        }
        if (s.reporterName() != null && s.reporterName().length() > MAX_NAME) {
            throw new InvalidRequestException("error.request-name-long", MAX_NAME);
        }
        if (s.contact() != null && s.contact().length() > MAX_CONTACT) {
            throw new InvalidRequestException("error.request-contact-long", MAX_CONTACT);
        }
        if (s.photo() != null) {
            checkPhotoSize(s.photo().fileName(), s.photo().bytes().length);
        }
    }

    /** A 413 when a photo is larger than {@code millwright.maintenance.public-requests.max-photo-size}. */
    public void checkPhotoSize(String fileName, long size) {
        long maxPhoto = settings.publicRequests().maxPhotoSize().toBytes();
        if (size > maxPhoto) {
            throw new PayloadTooLargeException(
                    "error.photo-too-large", fileName, Math.max(1, maxPhoto / (1024 * 1024)));
        }
    }

    MaintenanceRequest load(UUID id) {
        return requests.findById(id)
                .filter(r ->
                        CurrentPrincipal.get().map(p -> p.canSee(r.getSiteId())).orElse(true))
                .orElseThrow(() -> NotFoundException.of("entity.request", id));
    }

    private String newReference() {
        String reference;
        do {
            StringBuilder b = new StringBuilder("R-");
            for (int i = 0; i < REFERENCE_LENGTH; i++) {
                if (i == REFERENCE_LENGTH / 2) {
                    b.append('-');
                }
                b.append(REFERENCE_DIGITS.charAt(random.nextInt(REFERENCE_DIGITS.length())));
            }
            reference = b.toString();
        } while (requests.existsByReference(reference));
        return reference;
    }

    private static UUID caller() {
        return CurrentPrincipal.get().map(MillwrightPrincipal::subjectId).orElse(null);
    }

    /** What the reporter is told: the request's reference. */
    public record Receipt(UUID id, String reference) {}

    /** A request's stored photo, with the content hash that serves as its entity tag. */
    public record RequestPhoto(String reference, String mediaType, String contentHash, Path path) {}

    /** A request as the supervisors' queue shows it; {@code photoUrl} is null without a photo. */
    public record RequestView(
            UUID id,
            String reference,
            UUID siteId,
            UUID assetId,
            String description,
            String reporterName,
            String contact,
            String language,
            String photoUrl,
            String clientHash,
            RequestStatus status,
            UUID decidedBy,
            Instant decidedAt,
            String reason,
            UUID workOrderId,
            Instant createdAt) {

        static RequestView of(MaintenanceRequest r) {
            return new RequestView(
                    r.getId(),
                    r.getReference(),
                    r.getSiteId(),
                    r.getAssetId(),
                    r.getDescription(),
                    r.getReporterName(),
                    r.getContact(),
                    r.getLanguage(),
                    r.getPhotoPath() == null ? null : "/api/v1/maintenance/requests/" + r.getId() + "/photo",
                    r.getClientHash(),
                    r.getStatus(),
                    r.getDecidedBy(),
                    r.getDecidedAt(),
                    r.getReason(),
                    r.getWorkOrderId(),
                    r.getCreatedAt());
        }
    }
}
