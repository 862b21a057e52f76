package org.millwright.cli;

import java.io.Console;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.millwright.cli.FileOutcome.Kind;
import org.millwright.cli.ServerClient.ApiError;
import tools.jackson.databind.JsonNode;

/**
 * {@code millwright ingest <folder>}: uploads every readable file of a folder to a running
 * Millwright server (one multipart request per file to {@code POST /api/v1/knowledge/documents}),
 * then polls each document until it is indexed, failed or needs OCR, showing progress, and ends
 * with a summary. Runs without Spring: {@code MillwrightApplication.main} hands over before the
 * server starts. Exit status 0 when every file was indexed or already there, 1 when any failed,
 * needs OCR or did not finish in time (or the server could not be used), 2 on wrong arguments.
 */
public final class IngestCommand {

    /** The first argument that selects this command. */
    public static final String NAME = "ingest";

    private static final String DOCUMENTS = "/api/v1/knowledge/documents";
    private static final Map<String, String> READABLE = Map.ofEntries(
            Map.entry("pdf", "application/pdf"),
            Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            Map.entry("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
            Map.entry("html", "text/html"),
            Map.entry("htm", "text/html"),
            Map.entry("xhtml", "application/xhtml+xml"),
            Map.entry("md", "text/markdown"),
            Map.entry("markdown", "text/markdown"),
            Map.entry("txt", "text/plain"),
            Map.entry("text", "text/plain"),
            Map.entry("log", "text/plain"),
            Map.entry("csv", "text/csv"));

    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> env;
    private final boolean terminal;
    private final Duration pollInterval;

    /**
     * @param env the environment ({@code MILLWRIGHT_API_KEY}, {@code MILLWRIGHT_URL})
     * @param terminal whether {@code out} is a terminal: a progress bar instead of one line per file
     */
    public IngestCommand(PrintStream out, PrintStream err, Map<String, String> env, boolean terminal) {
        this(out, err, env, terminal, Duration.ofSeconds(1));
    }

    IngestCommand(PrintStream out, PrintStream err, Map<String, String> env, boolean terminal, Duration pollInterval) {
        this.out = out;
        this.err = err;
        this.env = Map.copyOf(env);
        this.terminal = terminal;
        this.pollInterval = pollInterval;
    }

    /** Runs the command with the arguments that follow {@code ingest} and exits with its status. */
    public static void main(String[] args) {
        int status = new IngestCommand(System.out, System.err, System.getenv(), isTerminal()).run(List.of(args));
        System.exit(status);
    }

    /** Runs the command with the arguments that follow {@code ingest}; returns the exit status. */
    public int run(List<String> args) {
        IngestOptions options;
        try {
            options = IngestOptions.parse(args, env);
            if (options.help()) {
                out.print(IngestOptions.USAGE);
                return 0;
            }
            if (!Files.isDirectory(options.folder())) {
                throw new UsageException("not a folder: " + options.folder());
            }
        } catch (UsageException e) {
            return usage(e);
        }
        long start = System.nanoTime();
        List<FileOutcome> outcomes = new ArrayList<>();
        try {
            List<Path> files = files(options.folder(), options.recursive());
            List<Path> upload = new ArrayList<>();
            for (Path file : files) {
                String skip = skipReason(options.folder().relativize(file));
                if (skip == null) {
                    upload.add(file);
                } else {
                    outcomes.add(FileOutcome.of(relative(options.folder(), file), Kind.SKIPPED, skip));
                }
            }
            if (options.dryRun()) {
                upload.forEach(
                        f -> outcomes.add(FileOutcome.of(relative(options.folder(), f), Kind.WOULD_UPLOAD, null)));
                outcomes.sort(Comparator.comparing(FileOutcome::path));
                outcomes.forEach(o ->
                        out.println(o.kind().label + " " + o.path() + (o.detail() == null ? "" : ": " + o.detail())));
            } else {
                Target target = connect(options);
                out.println("Ingesting " + upload.size() + " of " + files.size() + " files from " + options.folder()
                        + " into tenant " + target.tenantId() + " at " + options.url());
                outcomes.addAll(ingest(options, target, upload));
            }
        } catch (UsageException e) {
            return usage(e);
        } catch (ApiError e) {
            err.println("millwright ingest: the server refused: " + e.getMessage() + " (HTTP " + e.status() + ")");
            return 1;
        } catch (IOException e) {
            err.println("millwright ingest: " + e.getMessage());
            return 1;
        }
        new IngestSummary(out).print(outcomes, Duration.ofNanos(System.nanoTime() - start), options.dryRun());
        return outcomes.stream().anyMatch(FileOutcome::bad) ? 1 : 0;
    }

    private int usage(UsageException e) {
        err.println("millwright ingest: " + e.getMessage());
        if (e.showUsage()) {
            err.println();
            err.print(IngestOptions.USAGE);
        } else {
            err.println("Nothing was uploaded.");
        }
        return 2;
    }

    /** The server client for the chosen tenant, and the site id to send. */
    private record Target(ServerClient client, String tenantId, String siteId) {}

    private Target connect(IngestOptions options) throws UsageException, ApiError, IOException {
        ServerClient client = new ServerClient(options.url(), options.apiKey());
        JsonNode me = client.get("/api/v1/auth/me");
        if (options.tenant() != null) {
            if (!me.path("platformAdmin").asBoolean(false)) {
                throw UsageException.unknown("--tenant works only with a platform-admin API key; this key belongs to"
                        + " tenant " + me.path("tenantId").asString("?") + ": leave --tenant out");
            }
            String id = isUuid(options.tenant()) ? options.tenant() : tenantBySlug(client, options.tenant());
            client.tenant(id);
            try {
                me = client.get("/api/v1/auth/me");
            } catch (ApiError e) {
                if (e.status() == 400) {
                    throw UsageException.unknown("no tenant " + options.tenant() + ": " + e.getMessage());
                }
                throw e;
            }
        }
        String site = options.site() == null
                ? null
                : isUuid(options.site()) ? options.site() : siteByCode(client, options.site());
        return new Target(client, me.path("tenantId").asString("?"), site);
    }

    private static String tenantBySlug(ServerClient client, String slug) throws UsageException, ApiError, IOException {
        for (JsonNode tenant : client.all("/api/v1/admin/tenants")) {
            if (slug.equalsIgnoreCase(tenant.path("slug").asString(""))) {
                return tenant.get("id").asString();
            }
        }
        throw UsageException.unknown("no tenant has the slug " + slug);
    }

    private static String siteByCode(ServerClient client, String code) throws UsageException, ApiError, IOException {
        for (JsonNode site : client.all("/api/v1/sites")) {
            if (code.equalsIgnoreCase(site.path("code").asString(""))) {
                return site.get("id").asString();
            }
        }
        throw UsageException.unknown("the tenant has no site with the code " + code);
    }

    /** A document uploaded in this run, not finished yet. */
    private record Pending(String path, String documentId, String jobId) {}

    private List<FileOutcome> ingest(IngestOptions options, Target target, List<Path> files)
            throws ApiError, IOException {
        Map<String, String> fields = new LinkedHashMap<>();
        if (target.siteId() != null) {
            fields.put("siteId", target.siteId());
        }
        if (options.assetType() != null) {
            fields.put("assetType", options.assetType());
        }
        if (options.language() != null) {
            fields.put("language", options.language());
        }
        List<FileOutcome> outcomes = new ArrayList<>();
        List<Pending> pending = new ArrayList<>();
        ProgressView view = new ProgressView(out, terminal, files.size());
        try {
            for (Path file : files) {
                String path = relative(options.folder(), file);
                view.working(path, "uploading");
                FileOutcome done = upload(target.client(), file, path, fields, pending);
                if (done != null) {
                    outcomes.add(done);
                    view.finished(done);
                }
            }
            outcomes.addAll(await(target.client(), pending, options.timeout(), view));
        } finally {
            view.close();
        }
        return outcomes;
    }

    /** Uploads one file: its outcome when already decided (duplicate, refused), else null and queued. */
    private static FileOutcome upload(
            ServerClient client, Path file, String path, Map<String, String> fields, List<Pending> pending)
            throws ApiError, IOException {
        String name = file.getFileName().toString();
        JsonNode answer;
        try {
            answer = client.upload(DOCUMENTS, file, name, READABLE.get(extension(name)), fields)
                    .get(0);
        } catch (FileNotFoundException e) {
            return FileOutcome.of(path, Kind.FAILED, "cannot read the file: " + e.getMessage());
        } catch (ApiError e) {
            if (e.fatal()) {
                throw e;
            }
            return FileOutcome.of(path, Kind.FAILED, e.getMessage());
        }
        JsonNode doc = answer.get("document");
        if (answer.path("duplicate").asBoolean(false)) {
            return FileOutcome.of(
                    path,
                    Kind.DUPLICATE,
                    "same content as " + doc.path("fileName").asString("?") + " ("
                            + doc.path("status").asString("?") + ")");
        }
        pending.add(
                new Pending(path, doc.get("id").asString(), doc.path("jobId").asString(null)));
        return null;
    }

    /**
     * Polls the uploaded documents in upload order until each is finished or the time is up. The
     * server indexes them roughly in that order, so each round asks about the first unfinished one
     * (and those after it that finished meanwhile) only: a few requests a second at most.
     */
    private List<FileOutcome> await(ServerClient client, List<Pending> pending, Duration timeout, ProgressView view)
            throws ApiError, IOException {
        List<FileOutcome> outcomes = new ArrayList<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!pending.isEmpty()) {
            while (!pending.isEmpty()) {
                FileOutcome done = check(client, pending.getFirst(), view);
                if (done == null) {
                    break;
                }
                pending.removeFirst();
                outcomes.add(done);
                view.finished(done);
            }
            if (pending.isEmpty()) {
                break;
            }
            if (System.nanoTime() > deadline) {
                for (Pending p : pending) {
                    FileOutcome late = FileOutcome.of(
                            p.path(), Kind.UNFINISHED, "still being indexed after " + timeout.toMinutes() + " min");
                    outcomes.add(late);
                    view.finished(late);
                }
                break;
            }
            sleep(pollInterval);
        }
        return outcomes;
    }

    /** The document's outcome when it is finished, else null (after showing its job's progress). */
    private static FileOutcome check(ServerClient client, Pending p, ProgressView view) throws ApiError, IOException {
        JsonNode doc;
        try {
            doc = client.get(DOCUMENTS + "/" + p.documentId());
        } catch (ApiError e) {
            if (e.status() == 404) {
                return FileOutcome.of(p.path(), Kind.FAILED, "deleted on the server while being indexed");
            }
            throw e;
        }
        String reason =
                doc.path("statusReason").isString() ? doc.get("statusReason").asString() : null;
        switch (doc.path("status").asString("")) {
            case "indexed" -> {
                return new FileOutcome(
                        p.path(),
                        Kind.INDEXED,
                        reason,
                        doc.path("pages").asInt(0),
                        doc.path("chunkCount").asInt(0));
            }
            case "needs_ocr" -> {
                return FileOutcome.of(p.path(), Kind.NEEDS_OCR, reason);
            }
            case "failed" -> {
                return FileOutcome.of(p.path(), Kind.FAILED, reason);
            }
            default -> {
                if (p.jobId() == null) {
                    view.working(p.path(), "waiting");
                    return null;
                }
                JsonNode job = client.get("/api/v1/jobs/" + p.jobId());
                if (job.path("state").asString("").equals("failed")) {
                    return FileOutcome.of(
                            p.path(), Kind.FAILED, job.path("error").asString("the indexing job failed"));
                }
                String note = job.path("message").isString()
                        ? ", " + job.get("message").asString()
                        : "";
                view.working(p.path(), "indexing " + job.path("progress").asInt(0) + "%" + note);
                return null;
            }
        }
    }

    private static List<Path> files(Path folder, boolean recursive) throws IOException {
        try (Stream<Path> walk = Files.walk(folder, recursive ? Integer.MAX_VALUE : 1)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    /** Why a file (path relative to the folder) is not sent, or null to send it. */
    static String skipReason(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return "hidden file";
            }
        }
        String ext = extension(relative.getFileName().toString());
        if (ext.isEmpty()) {
            return "no extension";
        }
        return READABLE.containsKey(ext) ? null : "unsupported extension ." + ext;
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String relative(Path folder, Path file) {
        return folder.relativize(file).toString().replace('\\', '/');
    }

    private static boolean isUuid(String value) {
        try {
            UUID.fromString(value);
            return value.length() == 36;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static void sleep(Duration duration) throws IOException {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    /**
     * Whether standard output is a terminal. Java 22 and later may return a console for redirected
     * streams and tell with {@code isTerminal()}; before, a console means a terminal.
     */
    static boolean isTerminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }
}
