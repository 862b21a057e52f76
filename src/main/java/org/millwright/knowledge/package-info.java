/**
 * The knowledge module: a tenant's documents, notes and images as a searchable, cited knowledge
 * base that works offline (parsing, structure-aware chunking, embeddings, hybrid Lucene index).
 * Its root package is its public API; {@code internal} and {@code web} are private.
 */
@ApplicationModule(displayName = "Knowledge")
package org.millwright.knowledge;

import org.springframework.modulith.ApplicationModule;
