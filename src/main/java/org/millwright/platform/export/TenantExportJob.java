package org.millwright.platform.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.millwright.platform.audit.AuditLog;
import org.millwright.platform.jobs.JobHandler;
import org.millwright.platform.tenancy.TenantContext;
import org.millwright.platform.tenancy.TenantDataContributor;
import org.millwright.platform.tenancy.TenantFiles;
import org.millwright.platform.tenancy.TenantService;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Writes all of a tenant's data, module by module, into a ZIP of JSON and CSV files. */
@Component
class TenantExportJob implements JobHandler {

    static final String TYPE = "tenant-export";
    private final TenantService tenants;
    private final JsonMapper json;
    private final AuditLog audit;
    private final TenantFiles files;

    TenantExportJob(TenantService tenants, JsonMapper json, AuditLog audit, TenantFiles files) {
        this.tenants = tenants;
        this.json = json;
        this.audit = audit;
        this.files = files;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Object run(Map<String, Object> params, Progress progress) throws IOException {
        UUID tenantId = TenantContext.require();
        String fileName = params.get("fileName").toString();
        Path target = files.folder("exports", tenantId).resolve(fileName);
        Files.createDirectories(target.getParent());
        List<TenantDataContributor> contributors = tenants.contributors();
        try (OutputStream out = Files.newOutputStream(target);
                ZipOutputStream zip = new ZipOutputStream(out)) {
            int done = 0;
            for (TenantDataContributor contributor : contributors) {
                contributor.export(tenantId, new ZipSink(zip, contributor.name() + "/", json));
                done++;
                progress.report(done * 100 / (contributors.size() + 1), contributor.name() + " exported");
            }
        }
        audit.record("tenant.exported", "tenant", tenantId, null, Map.of("file", fileName));
        return Map.of(
                "fileName",
                fileName,
                "bytes",
                Files.size(target),
                "download",
                "/api/v1/admin/exports/" + fileName.replace(".zip", "") + "/file");
    }

    /** Writes export entries into the ZIP under a module's folder. */
    private record ZipSink(ZipOutputStream zip, String folder, JsonMapper json)
            implements TenantDataContributor.ExportSink {

        @Override
        public void json(String fileName, Object value) {
            write(fileName, json.writerWithDefaultPrettyPrinter().writeValueAsBytes(value));
        }

        @Override
        public void csv(String fileName, List<String> header, List<List<Object>> rows) {
            StringBuilder text = new StringBuilder();
            appendRow(text, List.copyOf(header));
            rows.forEach(r -> appendRow(text, r));
            write(fileName, text.toString().getBytes(StandardCharsets.UTF_8));
        }

        private static void appendRow(StringBuilder text, List<?> cells) {
            for (int i = 0; i < cells.size(); i++) {
                if (i > 0) {
                    text.append(',');
                }
                Object cell = cells.get(i);
                String value = cell == null ? "" : cell.toString();
                boolean quote =
                        value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r");
                text.append(quote ? '"' + value.replace("\"", "\"\"") + '"' : value);
            }
            text.append("\r\n");
        }

        private void write(String fileName, byte[] bytes) {
            try {
                zip.putNextEntry(new ZipEntry(folder + fileName));
                zip.write(bytes);
                zip.closeEntry();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
