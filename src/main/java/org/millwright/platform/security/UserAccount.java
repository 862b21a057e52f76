package org.millwright.platform.security;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.millwright.platform.tenancy.TenantScoped;

/** A person who logs in. Bound to one tenant, optionally to some of its sites. */
@Entity
@Table(name = "users")
public class UserAccount extends TenantScoped {

    @Column(nullable = false, length = 254)
    private String email;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(name = "password_hash")
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Role role;

    @Column(name = "platform_admin", nullable = false)
    private boolean platformAdmin;

    @Column(length = 10)
    private String locale;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "deleted_at")
    private Instant deletedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_sites", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "site_id")
    private Set<UUID> siteIds = new HashSet<>();

    protected UserAccount() {}

    public UserAccount(String email, String displayName, String passwordHash, Role role, String locale) {
        this.email = email;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.role = role;
        this.locale = locale;
    }

    public boolean isActive() {
        return deletedAt == null;
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** Counts a failed login; locks the account once the limit is reached. */
    public void recordFailedLogin(int limit, Instant lockUntil) {
        failedLogins++;
        if (failedLogins >= limit) {
            lockedUntil = lockUntil;
            failedLogins = 0;
        }
    }

    public void recordSuccessfulLogin() {
        failedLogins = 0;
        lockedUntil = null;
    }

    public void changePassword(String newHash) {
        this.passwordHash = newHash;
        this.failedLogins = 0;
        this.lockedUntil = null;
    }

    public void update(String newName, Role newRole, String newLocale, Set<UUID> newSites) {
        this.displayName = newName;
        this.role = newRole;
        this.locale = newLocale;
        this.siteIds = new HashSet<>(newSites);
    }

    public void grantPlatformAdmin() {
        this.platformAdmin = true;
    }

    /** Keeps the row (history refers to it) but removes everything that identifies the person. */
    public void anonymise(Instant now) {
        this.email = "deleted-" + getId() + "@anonymised.invalid";
        this.displayName = "—";
        this.passwordHash = null;
        this.platformAdmin = false;
        this.siteIds = new HashSet<>();
        this.deletedAt = now;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public boolean isPlatformAdmin() {
        return platformAdmin;
    }

    public String getLocale() {
        return locale;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public Instant getDeletedAt() {
        return deletedAt;
    }

    public Set<UUID> getSiteIds() {
        return Set.copyOf(siteIds);
    }
}
