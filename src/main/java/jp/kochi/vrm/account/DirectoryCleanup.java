package jp.kochi.vrm.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import jp.kochi.vrm.audit.AuditedEntity;

/**
 * A Keycloak user made for an invitation that failed, whose removal failed too: the synchronisation job deletes
 * it from Keycloak and then this row. Both steps are audited.
 */
@Entity
@Table(name = "keycloak_cleanup")
@NamedQuery(name = DirectoryCleanup.ALL_IDS, query = "SELECT c.id FROM DirectoryCleanup c ORDER BY c.id")
public class DirectoryCleanup extends AuditedEntity {

    static final String ALL_IDS = "DirectoryCleanup.allIds";

    @Id
    @SequenceGenerator(name = "keycloak_cleanup_seq", sequenceName = "keycloak_cleanup_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "keycloak_cleanup_seq")
    private Long id;

    @Column(name = "keycloak_user_id", nullable = false, length = 36, updatable = false)
    private String directoryUserId;

    @Column(nullable = false, length = 255, updatable = false)
    private String username;

    @Column(nullable = false, length = 200, updatable = false)
    private String reason;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private OffsetDateTime recordedAt;

    @Column(nullable = false)
    private int attempts;

    protected DirectoryCleanup() {
    }

    public DirectoryCleanup(String directoryUserId, String username, String reason, OffsetDateTime at) {
        this.directoryUserId = Objects.requireNonNull(directoryUserId, "directoryUserId");
        this.username = Objects.requireNonNull(username, "username");
        String r = Objects.requireNonNullElse(reason, "");
        this.reason = r.length() > 200 ? r.substring(0, 200) : r;
        this.recordedAt = Objects.requireNonNull(at, "at");
    }

    void attempted() {
        attempts++;
    }

    public Long getId() {
        return id;
    }

    public String getDirectoryUserId() {
        return directoryUserId;
    }

    public String getUsername() {
        return username;
    }

    public int getAttempts() {
        return attempts;
    }

    @Override
    public String auditId() {
        return id == null ? null : id.toString();
    }

    @Override
    public Map<String, String> auditState() {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("keycloakUserId", directoryUserId);
        state.put("username", username);
        state.put("reason", reason);
        return state;
    }
}
