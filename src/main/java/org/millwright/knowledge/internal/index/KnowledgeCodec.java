package org.millwright.knowledge.internal.index;

import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.lucene104.Lucene104Codec;
import org.apache.lucene.codecs.lucene104.Lucene104HnswScalarQuantizedVectorsFormat;
import org.apache.lucene.util.quantization.QuantizedByteVectorValues.ScalarEncoding;

/**
 * Lucene 10.6's default codec with int8 scalar-quantised HNSW for the chunk vectors
 * ({@link Lucene104HnswScalarQuantizedVectorsFormat} with {@link ScalarEncoding#UNSIGNED_BYTE}: 8
 * bits per dimension, about 4× smaller than float32 in the graph search; the raw vectors stay on
 * disk). The per-field format name is recorded in each segment, so the index reads back with the
 * stock codec (SPI), and a later Lucene can still open it.
 */
final class KnowledgeCodec extends Lucene104Codec {

    static final int MAX_CONN = 16;
    static final int BEAM_WIDTH = 100;

    private final KnnVectorsFormat vectors =
            new Lucene104HnswScalarQuantizedVectorsFormat(ScalarEncoding.UNSIGNED_BYTE, MAX_CONN, BEAM_WIDTH);

    @Override
    public KnnVectorsFormat getKnnVectorsFormatForField(String field) {
        return vectors;
    }
}
