package org.millwright.maintenance.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.millwright.maintenance.internal.imports.CsvImports;
import org.millwright.maintenance.internal.imports.ImportReport;
import org.millwright.platform.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@Tag(name = "Imports", description = "CSV import of assets and maintenance history (dry run, then all or nothing)")
@RestController
@RequestMapping("/api/v1/maintenance/imports")
class CsvImportController {

    private final CsvImports imports;
    private final Problems problems;

    CsvImportController(CsvImports imports, Problems problems) {
        this.imports = imports;
        this.problems = problems;
    }

    @Operation(
            summary = "Import assets from a CSV file; 422 with the report when any row has a problem (nothing written)")
    @PostMapping(value = "/assets", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasRole('SUPERVISOR')")
    ResponseEntity<Object> assets(
            @RequestParam("file") MultipartFile file,
            @RequestParam(defaultValue = "false") boolean dryRun,
            HttpServletRequest request) {
        Locale locale = problems.locale(request);
        try (InputStream in = file.getInputStream()) {
            return answer(imports.assets(in, file.getSize(), dryRun, locale), request);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Operation(
            summary =
                    "Import maintenance history from a CSV file; rows imported before (same external_ref) are skipped")
    @PostMapping(value = "/history", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasRole('SUPERVISOR')")
    ResponseEntity<Object> history(
            @RequestParam("file") MultipartFile file,
            @RequestParam(defaultValue = "false") boolean dryRun,
            HttpServletRequest request) {
        Locale locale = problems.locale(request);
        try (InputStream in = file.getInputStream()) {
            return answer(imports.history(in, file.getSize(), dryRun, locale), request);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ResponseEntity<Object> answer(ImportReport report, HttpServletRequest request) {
        if (report.errorCount() == 0) {
            return ResponseEntity.ok(report);
        }
        ProblemDetail problem = problems.localized(
                HttpStatus.UNPROCESSABLE_CONTENT,
                "unprocessable",
                "error.import-rejected",
                new Object[] {report.errorCount()},
                request);
        problem.setProperty("report", report);
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(problem);
    }
}
