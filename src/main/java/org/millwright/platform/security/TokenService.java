package org.millwright.platform.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.millwright.platform.PlatformSettings;
import org.millwright.platform.crypto.KeyMaterial;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.stereotype.Component;

/**
 * Signs and checks HS256 JWTs: short-lived access tokens and longer refresh tokens, told apart by
 * the {@code use} claim so one can never stand in for the other.
 */
@Component
public class TokenService {

    static final String ISSUER = "millwright";
    private final NimbusJwtEncoder encoder;
    private final JwtDecoder decoder;
    private final PlatformSettings.Security settings;
    private final Clock clock;

    TokenService(PlatformSettings platform, Clock clock) {
        byte[] material =
                KeyMaterial.load(platform.security().jwtSecret(), platform.dataDir(), "jwt", "MILLWRIGHT_JWT_SECRET");
        SecretKey key = new SecretKeySpec(material, "HmacSHA256");
        this.encoder = NimbusJwtEncoder.withSecretKey(key).build();
        this.decoder = NimbusJwtDecoder.withSecretKey(key)
                .macAlgorithm(MacAlgorithm.HS256)
                .build();
        this.settings = platform.security();
        this.clock = clock;
    }

    public Tokens issue(UserAccount user) {
        Instant now = clock.instant();
        String access = sign(user.getId(), "access", now, now.plus(settings.accessTokenTtl()));
        String refresh = sign(user.getId(), "refresh", now, now.plus(settings.refreshTokenTtl()));
        return new Tokens(access, refresh, "Bearer", settings.accessTokenTtl().toSeconds());
    }

    /** The user id of a valid token of the given use, or empty. */
    public Optional<UUID> verify(String token, String use) {
        try {
            Jwt jwt = decoder.decode(token);
            if (!use.equals(jwt.getClaimAsString("use")) || !ISSUER.equals(jwt.getClaimAsString("iss"))) {
                return Optional.empty();
            }
            return Optional.of(UUID.fromString(jwt.getSubject()));
        } catch (JwtException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private String sign(UUID userId, String use, Instant now, Instant expires) {
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer(ISSUER)
                .subject(userId.toString())
                .issuedAt(now)
                .expiresAt(expires)
                .id(UUID.randomUUID().toString())
                .claim("use", use)
                .build();
        JwsHeader header = JwsHeader.with(MacAlgorithm.HS256).build();
        return encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
    }

    /** What a login or refresh returns. */
    public record Tokens(String accessToken, String refreshToken, String tokenType, long expiresIn) {}
}
