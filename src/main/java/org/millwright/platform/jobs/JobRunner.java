package org.millwright.platform.jobs;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jobrunr.jobs.annotations.Job;
import org.millwright.platform.error.DomainException;
import org.millwright.platform.tenancy.TenantContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JobRunr entry point of every job: finds the record, runs its handler in the record's
 * tenant, and writes progress, result or failure. A failure of the work is recorded, not
 * retried: the jobs here fail for reasons a retry does not mend (a corrupt file, a full disk).
 * JobRunr's retries therefore apply only to runs cut short by a stopped server.
 */
@Component
public class JobRunner {

    private static final Logger log = LoggerFactory.getLogger(JobRunner.class);
    private final JobRecordRepository records;
    private final Map<String, JobHandler> handlers;
    private final TransactionTemplate tx;
    private final JsonMapper json;
    private final MessageSource messages;

    JobRunner(
            JobRecordRepository records,
            List<JobHandler> handlers,
            TransactionTemplate tx,
            JsonMapper json,
            MessageSource messages) {
        this.records = records;
        this.handlers = handlers.stream().collect(Collectors.toMap(JobHandler::type, Function.identity()));
        this.tx = tx;
        this.json = json;
        this.messages = messages;
    }

    @Job(name = "millwright job %0", retries = 3)
    public void run(UUID jobId) {
        JobRecord record =
                TenantContext.callAsRoot(() -> records.findById(jobId)).orElse(null);
        if (record == null) {
            log.warn("Job {} has no record; nothing to run", jobId);
            return;
        }
        TenantContext.run(record.getTenantId(), () -> execute(record));
    }

    private void execute(JobRecord record) {
        UUID id = record.getId();
        if (record.getState() == JobState.COMPLETED || record.getState() == JobState.FAILED) {
            return;
        }
        JobHandler handler = handlers.get(record.getType());
        if (handler == null) {
            update(id, r -> r.fail("Unknown job type " + record.getType()));
            return;
        }
        update(id, r -> r.moveTo(JobState.PROCESSING));
        try {
            Map<String, Object> params = json.readValue(record.getParamsJson(), new TypeReference<>() {});
            Object result = handler.run(params, (percent, note) -> update(id, r -> r.progress(percent, note)));
            String resultJson = result == null ? null : json.writeValueAsString(result);
            update(id, r -> r.complete(resultJson));
        } catch (DomainException e) {
            update(id, r -> r.fail(messages.getMessage(e.messageKey(), e.args(), e.messageKey(), Locale.ENGLISH)));
        } catch (Exception e) {
            log.error("Job {} of type {} failed", id, record.getType(), e);
            update(id, r -> r.fail("Internal error; see the server log for job " + id));
        }
    }

    private void update(UUID id, java.util.function.Consumer<JobRecord> change) {
        tx.executeWithoutResult(s -> change.accept(records.findById(id).orElseThrow()));
    }
}
