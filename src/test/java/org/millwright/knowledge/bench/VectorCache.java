package org.millwright.knowledge.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.millwright.knowledge.internal.index.EmbeddingProvider;

/**
 * Embedding vectors of a benchmark corpus kept in a file, so a re-run skips the embedding. The file
 * records the model id and a SHA-256 of the embedded texts: a changed corpus or model is embedded
 * again, never read from a stale file.
 */
final class VectorCache {

    private static final int MAGIC = 0x4D575643; // "MWVC"
    private static final int BATCH = 256;

    private VectorCache() {}

    /** The vectors of {@code texts}, read from {@code file} when it matches, else embedded and saved. */
    static List<float[]> vectors(Path file, EmbeddingProvider model, List<String> texts) {
        byte[] digest = digest(texts);
        List<float[]> cached = read(file, model.modelId(), digest, texts.size());
        if (cached != null) {
            System.out.println("vectors: read " + cached.size() + " from " + file);
            return cached;
        }
        List<float[]> vectors = embed(model, texts);
        write(file, model.modelId(), digest, vectors);
        return vectors;
    }

    /** Embeds in batches of {@value #BATCH}, printing progress. */
    static List<float[]> embed(EmbeddingProvider model, List<String> texts) {
        List<float[]> out = new ArrayList<>(texts.size());
        long start = System.nanoTime();
        long lastPrint = start;
        for (int from = 0; from < texts.size(); from += BATCH) {
            out.addAll(model.embed(texts.subList(from, Math.min(texts.size(), from + BATCH))));
            long now = System.nanoTime();
            if (now - lastPrint > 30e9 || out.size() == texts.size()) {
                double rate = out.size() / ((now - start) / 1e9);
                System.out.printf(
                        "vectors: %d/%d embedded, %.1f/s, %.0f s left%n",
                        out.size(), texts.size(), rate, (texts.size() - out.size()) / rate);
                lastPrint = now;
            }
        }
        return out;
    }

    static byte[] digest(List<String> texts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String t : texts) {
                sha.update(t.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return sha.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<float[]> read(Path file, String modelId, byte[] digest, int count) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 20))) {
            if (in.readInt() != MAGIC || !in.readUTF().equals(modelId)) {
                return null;
            }
            byte[] stored = new byte[in.readInt()];
            in.readFully(stored);
            int n = in.readInt();
            int dims = in.readInt();
            if (!Arrays.equals(stored, digest) || n != count) {
                return null;
            }
            byte[] row = new byte[dims * Float.BYTES];
            List<float[]> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                in.readFully(row);
                float[] v = new float[dims];
                ByteBuffer.wrap(row)
                        .order(ByteOrder.LITTLE_ENDIAN)
                        .asFloatBuffer()
                        .get(v);
                out.add(v);
            }
            return out;
        } catch (IOException e) {
            System.out.println("vectors: cannot read " + file + " (" + e + "); embedding again");
            return null;
        }
    }

    private static void write(Path file, String modelId, byte[] digest, List<float[]> vectors) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            int dims = vectors.isEmpty() ? 0 : vectors.getFirst().length;
            try (DataOutputStream out =
                    new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 20))) {
                out.writeInt(MAGIC);
                out.writeUTF(modelId);
                out.writeInt(digest.length);
                out.write(digest);
                out.writeInt(vectors.size());
                out.writeInt(dims);
                ByteBuffer row = ByteBuffer.allocate(dims * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
                for (float[] v : vectors) {
                    row.clear();
                    row.asFloatBuffer().put(v);
                    out.write(row.array());
                }
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            System.out.println("vectors: saved " + vectors.size() + " to " + file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
