package org.millwright.maintenance.internal.qr;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.millwright.maintenance.internal.Asset;
import org.millwright.maintenance.internal.AssetRepository;
import org.millwright.maintenance.internal.AssetService;
import org.millwright.platform.audit.AuditLog;
import org.millwright.platform.tenancy.TenantContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public request tokens of assets: 256 random bits, URL-safe, created the first time an
 * asset's QR code is asked for and replaced on rotation (the old code then leads nowhere). A token
 * is the only thing that names an asset on the public request page.
 */
@Service
public class PublicTokens {

    private static final int TOKEN_BYTES = 32;
    /** 32 bytes in unpadded base64url. */
    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final AssetService assets;
    private final AssetRepository repository;
    private final AuditLog audit;
    private final SecureRandom random = new SecureRandom();

    PublicTokens(AssetService assets, AssetRepository repository, AuditLog audit) {
        this.assets = assets;
        this.repository = repository;
        this.audit = audit;
    }

    /** The token of a visible asset, created now if it has none. */
    @Transactional
    public String tokenOf(UUID assetId) {
        Asset asset = assets.require(assetId);
        if (asset.getPublicToken() == null) {
            asset.issuePublicToken(newToken());
            repository.flush();
        }
        return asset.getPublicToken();
    }

    /** Replaces a visible asset's token: codes printed before stop working. */
    @Transactional
    public String rotate(UUID assetId) {
        Asset asset = assets.require(assetId);
        asset.issuePublicToken(newToken());
        repository.flush();
        audit.record("asset.qr-rotated", "asset", assetId, null, null);
        return asset.getPublicToken();
    }

    /**
     * The asset a token names, in any tenant; empty for an unknown, rotated or malformed token.
     * Call it outside a transaction: it reads across tenants.
     */
    public Optional<PublicAsset> resolve(String token) {
        if (token == null || !FORMAT.matcher(token).matches()) {
            return Optional.empty();
        }
        return TenantContext.callAsRoot(() -> repository.findByPublicToken(token))
                .map(a -> new PublicAsset(a.getTenantId(), a.getSiteId(), a.getId(), a.getCode(), a.getName()));
    }

    private String newToken() {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** What the public page may know of an asset: where it belongs, and its code and name to show. */
    public record PublicAsset(UUID tenantId, UUID siteId, UUID assetId, String code, String name) {}
}
