package org.millwright.platform.tenancy;

import java.util.UUID;

/**
 * Implemented by every module that stores tenant data, so a tenant's export holds all of it and
 * a tenant's deletion removes all of it. Modules that depend on others delete first (higher
 * {@link #deletionOrder()} first); the platform's own tables go last.
 */
public interface TenantDataContributor {

    /** The folder of this module's files in the export ZIP. */
    String name();

    /** Higher runs first when a tenant is deleted. */
    int deletionOrder();

    /** Writes this module's data of the tenant; called with the tenant in context. */
    void export(UUID tenantId, ExportSink sink);

    /** Deletes this module's data of the tenant; called with the tenant in context, in a transaction. */
    void deleteAll(UUID tenantId);

    /** Receives export entries. */
    interface ExportSink {
        /** A JSON file (an array or an object). */
        void json(String fileName, Object value);

        /** A CSV file: a header row then data rows, quoted as RFC 4180 requires. */
        void csv(String fileName, java.util.List<String> header, java.util.List<java.util.List<Object>> rows);
    }
}
