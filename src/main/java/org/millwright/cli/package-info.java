/**
 * The command line: {@code millwright ingest <folder>} uploads a folder of documents to a running
 * server through its HTTP API and waits until each is indexed. Plain JDK and Jackson only; it
 * depends on no other module ({@code allowedDependencies} is empty, so {@code ModularityTests}
 * fails if it ever does) and starts no Spring context.
 */
@ApplicationModule(
        displayName = "Command line",
        allowedDependencies = {})
package org.millwright.cli;

import org.springframework.modulith.ApplicationModule;
