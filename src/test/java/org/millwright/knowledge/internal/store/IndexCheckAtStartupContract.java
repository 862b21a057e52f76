package org.millwright.knowledge.internal.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.millwright.knowledge.internal.index.EmbeddingProvider;
import org.millwright.platform.PlatformStorageContract;
import org.millwright.support.Api;
import org.millwright.support.TestTenants;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The start-up check against the real database (its queries run on H2 and PostgreSQL): passages
 * of a retired model get their tenant a rebuild, once.
 */
interface IndexCheckAtStartupContract {

    Api platformAdmin();

    Api anonymousClient();

    JdbcTemplate jdbc();

    <T> T bean(Class<T> type);

    @Test
    default void passagesOfARetiredModelAreReembeddedByTheCheck() {
        IndexCheckAtStartup check = bean(IndexCheckAtStartup.class);
        EmbeddingProvider embeddings = bean(EmbeddingProvider.class);
        var t = TestTenants.create(platformAdmin(), anonymousClient(), "Startup");
        var note =
                t.admin().post("/api/v1/knowledge/notes", Map.of("text", "Bleed the hydraulic unit after refilling."));
        JsonNode ingest = PlatformStorageContract.awaitJob(
                t.admin(), note.json().get("document").get("jobId").asString());
        assertThat(ingest.get("state").asString()).isEqualTo("completed");
        jdbc().update("update knowledge_chunks set embedding_model = 'retired-model' where tenant_id = ?", t.id());

        check.check();

        JsonNode job = PlatformStorageContract.awaitJob(t.admin(), reindexJob(t.admin()));
        assertThat(job.get("state").asString()).as(job.toString()).isEqualTo("completed");
        assertThat(job.get("result").get("reembedded").asInt()).isPositive();
        assertThat(jdbc().queryForObject(
                                "select count(*) from knowledge_chunks where tenant_id = ? and embedding_model <> ?",
                                Integer.class,
                                t.id(),
                                embeddings.modelId()))
                .isZero();

        check.check(); // nothing left to do for this tenant
        assertThat(t.admin().get("/api/v1/jobs?size=200").text()).containsOnlyOnce("knowledge-reindex");
    }

    /** The check submits synchronously: the job is listed as soon as it returns. */
    private static String reindexJob(Api admin) {
        for (JsonNode job : admin.get("/api/v1/jobs?size=200").json().get("items")) {
            if (job.get("type").asString().equals(KnowledgeReindexing.JOB)) {
                return job.get("id").asString();
            }
        }
        throw new AssertionError("no " + KnowledgeReindexing.JOB + " job was started");
    }
}
