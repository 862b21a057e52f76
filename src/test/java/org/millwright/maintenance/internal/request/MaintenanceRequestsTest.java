package org.millwright.maintenance.internal.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.millwright.maintenance.MaintenanceRequestSubmitted;
import org.millwright.maintenance.internal.MaintenanceSettings;
import org.millwright.maintenance.internal.files.MaintenanceFiles;
import org.millwright.maintenance.internal.qr.PublicTokens.PublicAsset;
import org.millwright.platform.audit.AuditLog;
import org.millwright.platform.crypto.SecretCipher;
import org.millwright.platform.error.InvalidRequestException;
import org.mockito.ArgumentCaptor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.util.unit.DataSize;

/** Submitting a public request: what is stored, what is published, and what is refused before storing. */
class MaintenanceRequestsTest {

    static final PublicAsset ASSET =
            new PublicAsset(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "P-101", "Bomba");

    MaintenanceRequestRepository repository = mock(MaintenanceRequestRepository.class);
    MaintenanceFiles files = mock(MaintenanceFiles.class);
    MaintenanceSettings settings = mock(MaintenanceSettings.class);
    SecretCipher cipher = mock(SecretCipher.class);
    ApplicationEventPublisher events = mock(ApplicationEventPublisher.class);
    MaintenanceRequests requests;

    @BeforeEach
    void wire() {
        when(settings.publicRequests())
                .thenReturn(new MaintenanceSettings.PublicRequests(5, DataSize.ofMegabytes(1), 100, "", 2));
        when(cipher.fingerprint("request-client", "203.0.113.9")).thenReturn("f".repeat(64));
        when(repository.save(any())).thenAnswer(call -> call.getArgument(0));
        requests = new MaintenanceRequests(
                repository,
                files,
                settings,
                cipher,
                events,
                mock(AuditLog.class),
                Clock.fixed(Instant.parse("2026-05-04T10:00:00Z"), ZoneOffset.UTC));
    }

    @Test
    void aSubmissionIsStoredPendingAndPublished() {
        var receipt = requests.submit(ASSET, submission("Gotea", null), "203.0.113.9");

        var saved = ArgumentCaptor.forClass(MaintenanceRequest.class);
        verify(repository).save(saved.capture());
        MaintenanceRequest request = saved.getValue();
        assertThat(request.getStatus()).isEqualTo(RequestStatus.PENDING);
        assertThat(request.getClientHash()).isEqualTo("f".repeat(64));
        assertThat(request.getSiteId()).isEqualTo(ASSET.siteId());
        assertThat(request.getPhotoPath()).isNull();
        assertThat(receipt.reference()).matches("R-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");
        verify(events)
                .publishEvent(new MaintenanceRequestSubmitted(
                        ASSET.tenantId(), ASSET.siteId(), ASSET.assetId(), receipt.id(), receipt.reference()));
    }

    @Test
    void aPhotoIsStoredUnderTheRequestsFolder() throws IOException {
        byte[] png = png();
        var receipt = requests.submit(ASSET, submission("Gotea", png), "203.0.113.9");
        verify(files).write("requests/" + receipt.id() + ".png", png);
    }

    @Test
    void aFullQueueOrBadInputStoresAndPublishesNothing() throws IOException {
        when(repository.countByAssetIdAndStatus(ASSET.assetId(), RequestStatus.PENDING))
                .thenReturn(2L);
        assertThatThrownBy(() -> requests.submit(ASSET, submission("Gotea", png()), "203.0.113.9"))
                .isInstanceOf(RequestLimitReached.class)
                .satisfies(e -> assertThat(((RequestLimitReached) e).retryAfterSeconds())
                        .isPositive());
        when(repository.countByAssetIdAndStatus(ASSET.assetId(), RequestStatus.PENDING))
                .thenReturn(0L);
        assertThatThrownBy(() -> requests.submit(ASSET, submission("x".repeat(101), null), "203.0.113.9"))
                .isInstanceOf(InvalidRequestException.class);
        verify(repository, never()).save(any());
        verify(files, never()).write(anyString(), any());
        verify(events, never()).publishEvent(any(Object.class));
        verify(cipher, never()).fingerprint(eq("request-client"), anyString());
    }

    private static Submission submission(String description, byte[] photo) {
        return new Submission(
                description, "Marta", null, photo == null ? null : new Submission.Photo("p.png", photo), "es");
    }

    private static byte[] png() throws IOException {
        var out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }
}
