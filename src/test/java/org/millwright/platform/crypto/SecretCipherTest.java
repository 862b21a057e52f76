package org.millwright.platform.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.millwright.platform.PlatformSettings;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class SecretCipherTest {

    @TempDir
    Path dataDir;

    @Test
    void roundTripsAndNeverRepeatsCiphertext() {
        SecretCipher cipher = new SecretCipher(settings(key(1)));
        String a = cipher.encrypt("token-ñandú-123");
        String b = cipher.encrypt("token-ñandú-123");
        assertThat(a).startsWith("v1:").isNotEqualTo(b).doesNotContain("token");
        assertThat(cipher.decrypt(a)).isEqualTo("token-ñandú-123");
    }

    @Test
    void anotherMasterKeyCannotDecryptAndTamperingIsDetected() {
        String sealed = new SecretCipher(settings(key(1))).encrypt("secret");
        assertThatThrownBy(() -> new SecretCipher(settings(key(2))).decrypt(sealed))
                .hasMessageContaining("wrong master key");
        byte[] raw = Base64.getDecoder().decode(sealed.substring(3));
        raw[raw.length - 1] ^= 1;
        String tampered = "v1:" + Base64.getEncoder().encodeToString(raw);
        assertThatThrownBy(() -> new SecretCipher(settings(key(1))).decrypt(tampered))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void generatesAndKeepsAKeyWhenNoneIsGiven() throws Exception {
        String sealed = new SecretCipher(settings(null)).encrypt("kept");
        assertThat(Files.readString(dataDir.resolve("keys/master.key"))).isNotBlank();
        assertThat(new SecretCipher(settings(null)).decrypt(sealed)).isEqualTo("kept");
    }

    @Test
    void rejectsShortMasterKeys() {
        String shortKey = Base64.getEncoder().encodeToString(new byte[16]);
        assertThatThrownBy(() -> new SecretCipher(settings(shortKey))).hasMessageContaining("32");
    }

    private static String key(int seed) {
        byte[] bytes = new byte[32];
        bytes[0] = (byte) seed;
        return Base64.getEncoder().encodeToString(bytes);
    }

    private PlatformSettings settings(String masterKey) {
        var values = new java.util.HashMap<String, String>();
        values.put("millwright.data-dir", dataDir.toString());
        if (masterKey != null) {
            values.put("millwright.security.master-key", masterKey);
        }
        return new Binder(new MapConfigurationPropertySource(values))
                .bindOrCreate("millwright", Bindable.of(PlatformSettings.class));
    }
}
