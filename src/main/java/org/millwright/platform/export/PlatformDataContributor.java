package org.millwright.platform.export;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.millwright.platform.tenancy.TenantDataContributor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The platform's part of a tenant's export and deletion: its sites, users, API keys, secrets and
 * jobs. Secrets and key hashes are never exported; only names and dates.
 */
@Component
class PlatformDataContributor implements TenantDataContributor {

    private static final List<String> DELETE_ORDER =
            List.of("password_reset_tokens", "api_keys", "tenant_secrets", "job_records", "users", "sites");
    private final JdbcTemplate jdbc;

    PlatformDataContributor(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "platform";
    }

    @Override
    public int deletionOrder() {
        return 0;
    }

    @Override
    public void export(UUID tenantId, ExportSink sink) {
        sink.json(
                "tenant.json",
                jdbc.queryForMap("select id, name, slug, created_at from tenants where id = ?", tenantId));
        sink.json(
                "sites.json",
                rows(
                        "select id, code, name, time_zone, address, created_at, updated_at from sites"
                                + " where tenant_id = ? order by code",
                        tenantId));
        sink.json(
                "users.json",
                rows(
                        "select id, email, display_name, role, platform_admin, locale, created_at,"
                                + " deleted_at from users where tenant_id = ? order by email",
                        tenantId));
        sink.json(
                "user_sites.json",
                rows(
                        "select us.user_id, us.site_id from user_sites us join users u"
                                + " on u.id = us.user_id where u.tenant_id = ?",
                        tenantId));
        sink.json(
                "api_keys.json",
                rows(
                        "select id, name, key_prefix, role, created_at, expires_at, revoked_at"
                                + " from api_keys where tenant_id = ? order by created_at",
                        tenantId));
        sink.json(
                "secrets.json",
                rows(
                        "select name, created_at, updated_at from tenant_secrets where tenant_id = ?"
                                + " order by name",
                        tenantId));
        sink.json(
                "jobs.json",
                rows(
                        "select id, job_type, state, progress, error, created_at, updated_at"
                                + " from job_records where tenant_id = ? order by created_at",
                        tenantId));
        sink.json(
                "audit.json",
                rows(
                        "select id, actor_id, actor_label, action, target_type, target_id, before_json,"
                                + " after_json, request_id, occurred_at from audit_log where tenant_id = ? order by occurred_at",
                        tenantId));
    }

    @Override
    public void deleteAll(UUID tenantId) {
        for (String table : DELETE_ORDER) {
            jdbc.update("delete from " + table + " where tenant_id = ?", tenantId);
        }
    }

    private List<Map<String, Object>> rows(String sql, UUID tenantId) {
        return jdbc.queryForList(sql, tenantId);
    }
}
