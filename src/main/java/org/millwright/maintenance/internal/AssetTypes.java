package org.millwright.maintenance.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.millwright.maintenance.AssetType;
import org.millwright.platform.audit.AuditLog;
import org.millwright.platform.error.ConflictException;
import org.millwright.platform.error.InvalidRequestException;
import org.millwright.platform.error.NotFoundException;
import org.millwright.platform.web.Locales;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The asset types of the tenant in context: the built-in {@link AssetType}s and the tenant's own.
 * The one place that says whether a type code may be used ({@link #require}); codes are stored in
 * lower case.
 */
@Service
public class AssetTypes {

    private final TenantAssetTypeRepository types;
    private final AssetRepository assets;
    private final AuditLog audit;

    AssetTypes(TenantAssetTypeRepository types, AssetRepository assets, AuditLog audit) {
        this.types = types;
        this.assets = assets;
        this.audit = audit;
    }

    /**
     * The stored code of an active type, for a new or changed asset; a 400 naming the code when
     * it is unknown or inactive.
     */
    @Transactional(readOnly = true)
    public String require(String code) {
        Optional<AssetType> builtIn = AssetType.builtIn(code);
        if (builtIn.isPresent()) {
            return builtIn.get().wire();
        }
        TenantAssetType own = types.findByCode(normalize(code))
                .orElseThrow(() -> new InvalidRequestException("error.unknown-asset-type", code));
        if (!own.isActive()) {
            throw new InvalidRequestException("error.inactive-asset-type", code);
        }
        return own.getCode();
    }

    /** The stored code of any known type, active or not (for filters), or empty. */
    @Transactional(readOnly = true)
    public Optional<String> find(String code) {
        Optional<AssetType> builtIn = AssetType.builtIn(code);
        if (builtIn.isPresent()) {
            return Optional.of(builtIn.get().wire());
        }
        return types.findByCode(normalize(code)).map(TenantAssetType::getCode);
    }

    /** Every type: the built-in ones first, then the tenant's by code. */
    @Transactional(readOnly = true)
    public List<AssetTypeView> list() {
        List<AssetTypeView> all = new ArrayList<>();
        for (AssetType type : AssetType.values()) {
            all.add(AssetTypeView.of(type));
        }
        types.findAllByOrderByCode().forEach(t -> all.add(AssetTypeView.of(t)));
        return all;
    }

    @Transactional(readOnly = true)
    public AssetTypeView get(String code) {
        Optional<AssetType> builtIn = AssetType.builtIn(code);
        if (builtIn.isPresent() && builtIn.get().wire().equals(normalize(code))) {
            return AssetTypeView.of(builtIn.get());
        }
        return AssetTypeView.of(load(code));
    }

    /** Adds a type; its code must differ from every built-in and existing one (409). */
    @Transactional
    public AssetTypeView create(String code, String nameEn, String nameEs) {
        String normalized = normalize(code);
        if (AssetType.builtIn(normalized).isPresent()
                || types.findByCode(normalized).isPresent()) {
            throw new ConflictException("error.asset-type-taken", normalized);
        }
        TenantAssetType type = types.save(new TenantAssetType(normalized, nameEn.strip(), nameEs.strip()));
        audit.record("asset-type.created", "asset-type", normalized, null, AssetTypeView.of(type));
        return AssetTypeView.of(type);
    }

    /** Renames a tenant's type or switches it off (its assets keep it; new assets cannot take it). */
    @Transactional
    public AssetTypeView update(String code, String nameEn, String nameEs, boolean active) {
        refuseBuiltIn(code);
        TenantAssetType type = load(code);
        AssetTypeView before = AssetTypeView.of(type);
        type.change(nameEn.strip(), nameEs.strip(), active);
        types.flush();
        audit.record("asset-type.updated", "asset-type", type.getCode(), before, AssetTypeView.of(type));
        return AssetTypeView.of(type);
    }

    /** Deletes a tenant's type that no asset has (409 otherwise; switch it off instead). */
    @Transactional
    public void delete(String code) {
        refuseBuiltIn(code);
        TenantAssetType type = load(code);
        if (assets.existsByType(type.getCode())) {
            throw new ConflictException("error.asset-type-in-use", type.getCode());
        }
        types.delete(type);
        audit.record("asset-type.deleted", "asset-type", type.getCode(), AssetTypeView.of(type), null);
    }

    private static void refuseBuiltIn(String code) {
        if (AssetType.builtIn(code).isPresent()) {
            throw new ConflictException("error.asset-type-built-in", normalize(code));
        }
    }

    private TenantAssetType load(String code) {
        return types.findByCode(normalize(code))
                .orElseThrow(() -> new NotFoundException("error.asset-type-not-found", code));
    }

    private static String normalize(String code) {
        return code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
    }

    /** An asset type as the API shows it; {@code name} is in the caller's language. */
    public record AssetTypeView(
            String code, String name, String nameEn, String nameEs, boolean builtIn, boolean active) {

        static AssetTypeView of(AssetType t) {
            return new AssetTypeView(t.wire(), localized(t.nameEn(), t.nameEs()), t.nameEn(), t.nameEs(), true, true);
        }

        static AssetTypeView of(TenantAssetType t) {
            return new AssetTypeView(
                    t.getCode(),
                    localized(t.getNameEn(), t.getNameEs()),
                    t.getNameEn(),
                    t.getNameEs(),
                    false,
                    t.isActive());
        }

        private static String localized(String en, String es) {
            return Locales.SPANISH
                            .getLanguage()
                            .equals(LocaleContextHolder.getLocale().getLanguage())
                    ? es
                    : en;
        }
    }
}
