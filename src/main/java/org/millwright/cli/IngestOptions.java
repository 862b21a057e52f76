package org.millwright.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The arguments of {@code ingest}: {@code <folder> [--url URL] [--api-key KEY] [--tenant ID|SLUG]
 * [--site ID|CODE] [--asset-type TYPE] [--language es|en] [--recursive] [--timeout MINUTES]
 * [--dry-run]}. Options take their value as the next argument or after {@code =}.
 *
 * @param apiKey from {@code --api-key} or the {@code MILLWRIGHT_API_KEY} environment variable;
 *     null only in a dry run
 * @param tenant a tenant id or slug, or null for the key's own tenant
 * @param site a site id or code, or null
 */
record IngestOptions(
        Path folder,
        String url,
        String apiKey,
        String tenant,
        String site,
        String assetType,
        String language,
        boolean recursive,
        Duration timeout,
        boolean dryRun,
        boolean help) {

    static final String DEFAULT_URL = "http://localhost:8080";
    static final String KEY_ENV = "MILLWRIGHT_API_KEY";
    static final String URL_ENV = "MILLWRIGHT_URL";

    static final String USAGE = """
            Usage: millwright ingest <folder> [options]
              Uploads the documents in <folder> to a running Millwright server and waits until
              each one is indexed, showing progress and a summary at the end.

            Options:
              --url URL           server address (default: $MILLWRIGHT_URL, else http://localhost:8080)
              --api-key KEY       API key with the TECHNICIAN role or higher (default: $MILLWRIGHT_API_KEY)
              --tenant ID|SLUG    tenant to upload into; only for platform-admin keys (sent as X-Tenant-Id)
              --site ID|CODE      plant the documents belong to
              --asset-type TYPE   asset type the documents are about, e.g. PUMP
              --language es|en    language of the documents (default: detected per document)
              --recursive         include subfolders
              --timeout MINUTES   longest wait for indexing after the last upload (default 60)
              --dry-run           list what would be uploaded and skipped; send nothing
              -h, --help          this text

            Read: PDF, DOCX, XLSX, PPTX, HTML, Markdown, TXT, CSV and log files; other files and
            hidden files are skipped.
            Exit status: 0 every file indexed (or already there), 1 a file failed, needs OCR or did
            not finish in time, 2 wrong arguments.
            """;

    private static final List<String> WITH_VALUE =
            List.of("--url", "--api-key", "--tenant", "--site", "--asset-type", "--language", "--timeout");

    /** Parses the arguments that follow {@code ingest}. */
    static IngestOptions parse(List<String> args, Map<String, String> env) throws UsageException {
        Builder b = new Builder();
        List<String> positional = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("-") || arg.equals("-")) {
                positional.add(arg);
                continue;
            }
            String name = arg;
            String value = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                name = arg.substring(0, eq);
                value = arg.substring(eq + 1);
            }
            if (WITH_VALUE.contains(name)) {
                if (value == null) {
                    if (i + 1 >= args.size()) {
                        throw new UsageException(name + " needs a value");
                    }
                    value = args.get(++i);
                }
                b.set(name, value);
            } else if (value != null) {
                throw new UsageException(name + " takes no value");
            } else {
                b.flag(name);
            }
        }
        if (b.help) {
            return b.build(null, env);
        }
        if (positional.size() != 1) {
            throw new UsageException(
                    positional.isEmpty() ? "name the folder to ingest" : "only one folder, not " + positional);
        }
        return b.build(Path.of(positional.getFirst()), env);
    }

    private static final class Builder {
        private String url;
        private String apiKey;
        private String tenant;
        private String site;
        private String assetType;
        private String language;
        private Duration timeout = Duration.ofMinutes(60);
        private boolean recursive;
        private boolean dryRun;
        private boolean help;

        void set(String name, String value) throws UsageException {
            if (value.isBlank()) {
                throw new UsageException(name + " needs a value");
            }
            String v = value.strip();
            switch (name) {
                case "--url" -> url = v;
                case "--api-key" -> apiKey = v;
                case "--tenant" -> tenant = v;
                case "--site" -> site = v;
                case "--asset-type" -> assetType = v;
                case "--language" -> {
                    if (!v.equals("es") && !v.equals("en")) {
                        throw new UsageException("--language must be es or en, not " + v);
                    }
                    language = v;
                }
                case "--timeout" -> timeout = minutes(v);
                default -> throw new IllegalStateException(name);
            }
        }

        void flag(String name) throws UsageException {
            switch (name) {
                case "--recursive", "-r" -> recursive = true;
                case "--dry-run" -> dryRun = true;
                case "--help", "-h" -> help = true;
                default -> throw new UsageException("unknown option " + name);
            }
        }

        IngestOptions build(Path folder, Map<String, String> env) throws UsageException {
            String key = apiKey != null ? apiKey : blankToNull(env.get(KEY_ENV));
            if (key == null && !dryRun && !help) {
                throw new UsageException("give an API key with --api-key or in " + KEY_ENV);
            }
            String base = url != null ? url : blankToNull(env.get(URL_ENV));
            base = base == null ? DEFAULT_URL : base;
            if (!base.matches("https?://[^\\s/]+(/\\S*)?")) {
                throw new UsageException("--url must be an http:// or https:// address, not " + base);
            }
            base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
            return new IngestOptions(
                    folder, base, key, tenant, site, assetType, language, recursive, timeout, dryRun, help);
        }

        private static Duration minutes(String value) throws UsageException {
            try {
                long minutes = Long.parseLong(value);
                if (minutes < 1 || minutes > 7 * 24 * 60) {
                    throw new NumberFormatException();
                }
                return Duration.ofMinutes(minutes);
            } catch (NumberFormatException e) {
                throw new UsageException("--timeout must be a number of minutes from 1 to 10080, not " + value);
            }
        }

        private static String blankToNull(String value) {
            return value == null || value.isBlank() ? null : value.strip();
        }
    }
}
