package org.millwright.platform.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.millwright.platform.PlatformSettings;
import org.springframework.stereotype.Component;

/**
 * Encrypts tenants' secrets at rest with AES-256-GCM under the master key
 * ({@code MILLWRIGHT_MASTER_KEY}). Ciphertext reads {@code v1:<base64 of iv + data + tag>}.
 */
@Component
public class SecretCipher {

    private static final String PREFIX = "v1:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private final SecretKeySpec key;
    private final byte[] material;
    private final SecureRandom random = new SecureRandom();

    SecretCipher(PlatformSettings settings) {
        this.material = KeyMaterial.load(
                settings.security().masterKey(), settings.dataDir(), "master", "MILLWRIGHT_MASTER_KEY");
        this.key = new SecretKeySpec(Arrays.copyOf(material, 32), "AES");
    }

    /**
     * A keyed one-way digest of a value, in hex: HMAC-SHA-256 under a key derived from the master
     * key for one {@code purpose}. Equal values give equal digests, yet a value from a small set
     * (an IP address) cannot be found by hashing candidates without the master key.
     */
    public String fingerprint(String purpose, String value) {
        try {
            byte[] purposeKey = hmac(material, "millwright-fingerprint:" + purpose);
            return HexFormat.of().formatHex(hmac(purposeKey, value));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 unavailable", e);
        }
    }

    private static byte[] hmac(byte[] keyBytes, String value) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(keyBytes, "HmacSHA256"));
        return mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
    }

    public String encrypt(String plaintext) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            ByteBuffer out =
                    ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed);
            return PREFIX + Base64.getEncoder().encodeToString(out.array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Encryption failed", e);
        }
    }

    public String decrypt(String ciphertext) {
        if (!ciphertext.startsWith(PREFIX)) {
            throw new IllegalArgumentException("Unknown ciphertext format");
        }
        try {
            byte[] all = Base64.getDecoder().decode(ciphertext.substring(PREFIX.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, IV_BYTES));
            return new String(cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Decryption failed: wrong master key or tampered data", e);
        }
    }
}
