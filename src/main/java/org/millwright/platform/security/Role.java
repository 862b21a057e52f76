package org.millwright.platform.security;

/** Roles inside a tenant, each including the ones below it; PLATFORM_ADMIN stands apart. */
public enum Role {
    OPERATOR,
    TECHNICIAN,
    SUPERVISOR,
    ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }

    public static final String PLATFORM_ADMIN_AUTHORITY = "ROLE_PLATFORM_ADMIN";
}
