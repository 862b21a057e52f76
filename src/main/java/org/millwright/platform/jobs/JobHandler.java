package org.millwright.platform.jobs;

import java.util.Map;

/**
 * A kind of background work. Implementations are beans; {@link Jobs#submit} names one by its
 * {@link #type()}. {@link #run} is called with the job's tenant in context.
 */
public interface JobHandler {

    String type();

    /** Does the work and returns a result to show (a record or map), reporting progress on the way. */
    Object run(Map<String, Object> params, Progress progress) throws Exception;

    /** Progress of a running job: percent done and a short note. */
    @FunctionalInterface
    interface Progress {
        void report(int percent, String note);
    }
}
