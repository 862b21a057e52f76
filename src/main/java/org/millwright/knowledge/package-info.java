/**
 * The knowledge module: a tenant's documents, notes and images as a searchable, cited knowledge
 * base that works offline (parsing, structure-aware chunking, embeddings, hybrid Lucene index).
 * Its root package is its public API; {@code internal} and {@code web} are private. It depends on
 * the platform only: machines are known through the platform's {@code AssetDirectory}.
 */
@ApplicationModule(displayName = "Knowledge", allowedDependencies = "platform")
package org.millwright.knowledge;

import org.springframework.modulith.ApplicationModule;
