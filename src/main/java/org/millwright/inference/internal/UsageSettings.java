package org.millwright.inference.internal;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Usage accounting ({@code millwright.inference.usage.*}).
 *
 * @param monthlyTokenQuota tokens (in + out) a tenant may use per calendar month; 0: no quota. A
 *     tenant's own quota, when set, replaces it.
 */
public record UsageSettings(@DefaultValue("0") long monthlyTokenQuota) {}
