package org.millwright.inference;

/**
 * A finished chat inference. Token counts are the server's when it reports them, else estimated
 * ({@code tokensEstimated}). {@code firstTokenMillis} is the time to the first streamed token (null
 * when no text came); {@code chat} streams from the server too, so it reports it as well.
 */
public record ChatResult(
        String text,
        String provider,
        String model,
        int tokensIn,
        int tokensOut,
        boolean tokensEstimated,
        long latencyMillis,
        Long firstTokenMillis) {}
