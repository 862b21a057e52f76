package org.millwright.maintenance.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import org.millwright.maintenance.internal.imports.CsvExports;
import org.millwright.platform.security.CurrentPrincipal;
import org.millwright.platform.tenancy.SiteService;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Exports", description = "CSV export of assets and maintenance history, in the import's columns")
@RestController
@RequestMapping("/api/v1/maintenance/exports")
class CsvExportController {

    private final CsvExports exports;
    private final SiteService sites;

    CsvExportController(CsvExports exports, SiteService sites) {
        this.exports = exports;
        this.sites = sites;
    }

    @Operation(summary = "Every asset of the caller's sites, parents before their components")
    @GetMapping("/assets.csv")
    @PreAuthorize("hasRole('SUPERVISOR')")
    void assets(HttpServletResponse response) throws IOException {
        exports.assets(CurrentPrincipal.require().siteIds(), start(response, "assets.csv"));
    }

    @Operation(
            summary = "History records finished from (inclusive) to (exclusive), oldest first; a date alone is a whole"
                    + " day, read in the site's zone when siteId is given, else UTC")
    @GetMapping("/history.csv")
    @PreAuthorize("hasRole('SUPERVISOR')")
    void history(
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) UUID siteId,
            HttpServletResponse response)
            throws IOException {
        ZoneId zone = siteId == null ? ZoneOffset.UTC : sites.zoneOf(siteId);
        Instant start = HistoryController.time("from", from, zone, false);
        Instant end = HistoryController.time("to", to, zone, true);
        exports.history(start, end, siteId, CurrentPrincipal.require().siteIds(), start(response, "history.csv"));
    }

    private static Writer start(HttpServletResponse response, String fileName) throws IOException {
        response.setContentType("text/csv");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(fileName).build().toString());
        return response.getWriter();
    }
}
