package org.millwright.platform.jobs;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.UUID;
import org.millwright.platform.tenancy.TenantScoped;

/** What the job API shows of a background job; JobRunr keeps the execution side. */
@Entity
@Table(name = "job_records")
class JobRecord extends TenantScoped {

    @Column(name = "job_type", nullable = false, length = 60)
    private String type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private JobState state = JobState.PENDING;

    @Column(nullable = false)
    private int progress;

    @Column(length = 500)
    private String message;

    @Column(name = "params_json", length = 8000)
    private String paramsJson;

    @Column(name = "result_json", length = 8000)
    private String resultJson;

    @Column(length = 1000)
    private String error;

    @Column(name = "created_by")
    private UUID createdBy;

    protected JobRecord() {}

    JobRecord(String type, String paramsJson, UUID createdBy) {
        this.type = type;
        this.paramsJson = paramsJson;
        this.createdBy = createdBy;
    }

    void moveTo(JobState next) {
        if (!state.canMoveTo(next)) {
            throw new IllegalStateException("Job " + getId() + " cannot move from " + state + " to " + next);
        }
        state = next;
    }

    void progress(int percent, String note) {
        this.progress = Math.max(0, Math.min(100, percent));
        this.message = note == null ? null : note.substring(0, Math.min(500, note.length()));
    }

    void complete(String result) {
        moveTo(JobState.COMPLETED);
        this.progress = 100;
        this.resultJson = result;
    }

    void fail(String reason) {
        moveTo(JobState.FAILED);
        this.error = reason.substring(0, Math.min(1000, reason.length()));
    }

    String getType() {
        return type;
    }

    JobState getState() {
        return state;
    }

    int getProgress() {
        return progress;
    }

    String getMessage() {
        return message;
    }

    String getParamsJson() {
        return paramsJson;
    }

    String getResultJson() {
        return resultJson;
    }

    String getError() {
        return error;
    }

    UUID getCreatedBy() {
        return createdBy;
    }
}
