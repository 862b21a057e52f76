package org.millwright.knowledge.internal.index;

/** Small vector helpers shared by the embedding providers and the index. */
public final class Vectors {

    private Vectors() {}

    /** A unit-length copy of {@code v}; a zero vector is returned unchanged (as a copy). */
    public static float[] normalize(float[] v) {
        double sum = 0;
        for (float x : v) {
            sum += (double) x * x;
        }
        float[] out = v.clone();
        if (sum == 0) {
            return out;
        }
        float norm = (float) Math.sqrt(sum);
        for (int i = 0; i < out.length; i++) {
            out[i] /= norm;
        }
        return out;
    }

    /** Cosine similarity of two vectors of equal length. */
    public static double cosine(float[] a, float[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("dimension mismatch: " + a.length + " vs " + b.length);
        }
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += (double) a[i] * b[i];
            na += (double) a[i] * a[i];
            nb += (double) b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / (Math.sqrt(na) * Math.sqrt(nb));
    }
}
