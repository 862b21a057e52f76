package org.millwright.maintenance;

import java.util.UUID;

/**
 * Someone reported a problem with a machine through its public request page (its QR code); the
 * request waits in the supervisors' queue. {@code reference} is what the reporter was shown.
 */
public record MaintenanceRequestSubmitted(UUID tenantId, UUID siteId, UUID assetId, UUID requestId, String reference) {}
