package org.millwright.knowledge.eval;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.millwright.knowledge.internal.index.EmbeddingProvider;
import org.millwright.platform.security.Secrets;

/**
 * An embedding provider that remembers vectors by text (SHA-256) in a file under {@code target/},
 * so repeated evaluation runs embed only texts they have not seen. Same vectors as the model.
 */
final class CachingEmbeddings implements EmbeddingProvider {

    private final EmbeddingProvider model;
    private final Path file;
    private final Map<String, float[]> cache = new HashMap<>();
    private boolean dirty;

    CachingEmbeddings(EmbeddingProvider model, Path file) {
        this.model = model;
        this.file = file;
        load();
    }

    @Override
    public String modelId() {
        return model.modelId();
    }

    @Override
    public int dimensions() {
        return model.dimensions();
    }

    @Override
    public synchronized List<float[]> embed(List<String> texts) {
        List<String> missing = texts.stream()
                .filter(t -> !cache.containsKey(key(t)))
                .distinct()
                .toList();
        if (!missing.isEmpty()) {
            List<float[]> vectors = model.embed(missing);
            for (int i = 0; i < missing.size(); i++) {
                cache.put(key(missing.get(i)), vectors.get(i));
            }
            dirty = true;
        }
        List<float[]> out = new ArrayList<>(texts.size());
        texts.forEach(t -> out.add(cache.get(key(t))));
        return out;
    }

    private String key(String text) {
        return Secrets.sha256Hex(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private void load() {
        if (!Files.exists(file)) {
            return;
        }
        try (DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(Files.newInputStream(file)))) {
            int count = in.readInt();
            for (int i = 0; i < count; i++) {
                String key = in.readUTF();
                float[] v = new float[in.readInt()];
                for (int j = 0; j < v.length; j++) {
                    v[j] = in.readFloat();
                }
                cache.put(key, v);
            }
        } catch (IOException e) {
            cache.clear();
        }
    }

    synchronized void save() {
        if (!dirty) {
            return;
        }
        try {
            Files.createDirectories(file.getParent());
            try (DataOutputStream out =
                    new DataOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(file)))) {
                out.writeInt(cache.size());
                for (var e : cache.entrySet()) {
                    out.writeUTF(e.getKey());
                    out.writeInt(e.getValue().length);
                    for (float f : e.getValue()) {
                        out.writeFloat(f);
                    }
                }
            }
            dirty = false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
