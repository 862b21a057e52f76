package org.millwright.maintenance.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.millwright.maintenance.internal.MaintenanceSettings;
import org.millwright.maintenance.internal.qr.PublicTokens;
import org.millwright.maintenance.internal.qr.QrCodes;
import org.millwright.platform.error.InvalidRequestException;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@Tag(
        name = "Asset QR codes",
        description = "The QR code on a machine opens its public request page (anyone may report a problem)")
@RestController
@RequestMapping("/api/v1/maintenance/assets/{assetId}")
class AssetQrController {

    private static final MediaType SVG = MediaType.parseMediaType("image/svg+xml");
    private final PublicTokens tokens;
    private final MaintenanceSettings settings;

    AssetQrController(PublicTokens tokens, MaintenanceSettings settings) {
        this.tokens = tokens;
        this.settings = settings;
    }

    @Operation(summary = "The address the asset's QR code holds (<public base url>/r/<token>)")
    @GetMapping("/qr")
    @PreAuthorize("hasRole('OPERATOR')")
    PublicLink link(@PathVariable UUID assetId) {
        return new PublicLink(url(tokens.tokenOf(assetId)));
    }

    @Operation(summary = "The QR code as a PNG of size × size pixels (100 to 2000, default 400)")
    @GetMapping("/qr.png")
    @PreAuthorize("hasRole('OPERATOR')")
    ResponseEntity<byte[]> png(@PathVariable UUID assetId, @RequestParam(defaultValue = "400") int size) {
        checkSize(size);
        byte[] png = QrCodes.png(url(tokens.tokenOf(assetId)), size);
        return ResponseEntity.ok()
                .contentType(MediaType.IMAGE_PNG)
                .cacheControl(CacheControl.noStore())
                .body(png);
    }

    @Operation(summary = "The QR code as an SVG shown size pixels wide (100 to 2000, default 400)")
    @GetMapping("/qr.svg")
    @PreAuthorize("hasRole('OPERATOR')")
    ResponseEntity<String> svg(@PathVariable UUID assetId, @RequestParam(defaultValue = "400") int size) {
        checkSize(size);
        return ResponseEntity.ok()
                .contentType(SVG)
                .cacheControl(CacheControl.noStore())
                .body(QrCodes.svg(url(tokens.tokenOf(assetId)), size));
    }

    @Operation(summary = "Replace the asset's token: QR codes printed before stop working")
    @PostMapping("/qr/rotate")
    @PreAuthorize("hasRole('SUPERVISOR')")
    PublicLink rotate(@PathVariable UUID assetId) {
        return new PublicLink(url(tokens.rotate(assetId)));
    }

    private String url(String token) {
        String base = settings.publicRequests().publicBaseUrl();
        if (base == null || base.isBlank()) {
            base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        }
        return base.strip().replaceAll("/+$", "") + "/r/" + token;
    }

    private static void checkSize(int size) {
        if (size < QrCodes.MIN_SIZE || size > QrCodes.MAX_SIZE) {
            throw new InvalidRequestException("error.qr-size", QrCodes.MIN_SIZE, QrCodes.MAX_SIZE);
        }
    }

    /** The address a QR code holds. */
    record PublicLink(String url) {}
}
