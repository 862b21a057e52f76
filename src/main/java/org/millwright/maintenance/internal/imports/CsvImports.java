package org.millwright.maintenance.internal.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.millwright.maintenance.internal.MaintenanceSettings;
import org.millwright.platform.audit.AuditLog;
import org.millwright.platform.error.PayloadTooLargeException;
import org.millwright.platform.error.UnprocessableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * CSV import of assets and maintenance history: every row is checked first, and the file is
 * written only when no row has a problem, in one transaction (all or nothing). A dry run checks
 * and writes nothing.
 */
@Service
public class CsvImports {

    private static final Logger log = LoggerFactory.getLogger(CsvImports.class);
    private final AssetImporter assets;
    private final HistoryImporter history;
    private final MaintenanceSettings.Imports limits;
    private final MessageSource messages;
    private final AuditLog audit;

    CsvImports(
            AssetImporter assets,
            HistoryImporter history,
            MaintenanceSettings settings,
            MessageSource messages,
            AuditLog audit) {
        this.assets = assets;
        this.history = history;
        this.limits = settings.imports();
        this.messages = messages;
        this.audit = audit;
    }

    /** Imports assets; {@code size} is the file's length in bytes (checked against the limit first). */
    @Transactional
    public ImportReport assets(InputStream file, long size, boolean dryRun, Locale locale) {
        checkSize(size);
        return run("assets", assets.start(), file, dryRun, locale);
    }

    /** Imports maintenance history records; see {@link #assets}. */
    @Transactional
    public ImportReport history(InputStream file, long size, boolean dryRun, Locale locale) {
        checkSize(size);
        return run("history", history.start(), file, dryRun, locale);
    }

    private void checkSize(long size) {
        if (size > limits.maxFileSize().toBytes()) {
            throw new PayloadTooLargeException(
                    "error.import-file-too-large", limits.maxFileSize().toMegabytes());
        }
    }

    private <T> ImportReport run(
            String kind, RowImporter<T> importer, InputStream file, boolean dryRun, Locale locale) {
        long started = System.nanoTime();
        ImportProblems problems = new ImportProblems();
        List<T> valid = new ArrayList<>();
        long rowsRead = 0;
        try (CSVParser parser = CsvInput.open(file)) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!next(records, parser)) {
                throw new UnprocessableException("error.import-empty");
            }
            Header header = Header.resolve(records.next(), importer.columns(), problems);
            boolean checkRows = problems.errorCount() == 0;
            while (next(records, parser)) {
                CSVRecord record = records.next();
                if (blank(record)) {
                    continue;
                }
                if (++rowsRead > limits.maxRows()) {
                    throw new UnprocessableException("error.import-too-many-rows", Integer.toString(limits.maxRows()));
                }
                if (checkRows) {
                    T row = importer.read(new CsvRow(record, header, problems));
                    if (row != null) {
                        valid.add(row);
                    }
                }
            }
        } catch (IOException e) {
            throw unreadable(e, 1);
        }
        List<T> toWrite = importer.toWrite(valid, problems);
        long checked = System.nanoTime();
        boolean commit = !dryRun && problems.errorCount() == 0;
        if (commit && !toWrite.isEmpty()) {
            importer.write(toWrite);
            audit.record(kind + ".imported", "import", null, null, Map.of("rows", toWrite.size()));
        }
        log.info(
                "{} import{}: {} rows read, {} problems, {} written; checked in {} ms, written in {} ms",
                kind,
                dryRun ? " (dry run)" : "",
                rowsRead,
                problems.errorCount(),
                commit ? toWrite.size() : 0,
                (checked - started) / 1_000_000,
                (System.nanoTime() - checked) / 1_000_000);
        return new ImportReport(
                kind,
                dryRun,
                commit,
                rowsRead,
                valid.size(),
                toWrite.size(),
                problems.skippedCount(),
                problems.errorCount(),
                problems.errors(messages, locale),
                problems.skipped(messages, locale));
    }

    /** Whether another record follows; a record that cannot be read stops the import (422). */
    private static boolean next(Iterator<CSVRecord> records, CSVParser parser) {
        try {
            return records.hasNext();
        } catch (UncheckedIOException e) {
            throw unreadable(e.getCause(), parser.getRecordNumber() + 1);
        }
    }

    private static UnprocessableException unreadable(IOException e, long row) {
        if (e instanceof CharacterCodingException) {
            return new UnprocessableException("error.import-not-utf8", Long.toString(row));
        }
        return new UnprocessableException("error.import-malformed", Long.toString(row));
    }

    private static boolean blank(CSVRecord record) {
        for (String value : record) {
            if (!value.isEmpty()) {
                return false;
            }
        }
        return true;
    }
}
