package jp.kochi.vrm.reminder;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/**
 * A personal iCalendar feed: its address carries a random secret (256 bits); only the secret's SHA-256 is stored,
 * so the database alone does not give the address away. Revoking ends it at once.
 */
@Entity
@Table(name = "calendar_feed")
public class CalendarFeed {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @SequenceGenerator(name = "calendar_feed_seq", sequenceName = "calendar_feed_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "calendar_feed_seq")
    private Long id;

    @Column(nullable = false, updatable = false, length = 100)
    private String username;

    @Column(name = "contractor_id", updatable = false)
    private Long contractorId;

    @Column(nullable = false, updatable = false, length = 200)
    private String roles;

    @Column(name = "token_hash", nullable = false, updatable = false, length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "revoked_at")
    private OffsetDateTime revokedAt;

    @Column(name = "last_used_at")
    private OffsetDateTime lastUsedAt;

    @Version
    private long version;

    protected CalendarFeed() {
    }

    private CalendarFeed(String username, Long contractorId, List<String> roles, String tokenHash, OffsetDateTime at) {
        this.username = username;
        this.contractorId = contractorId;
        this.roles = String.join(",", roles);
        this.tokenHash = tokenHash;
        this.createdAt = at;
    }

    /** A new feed and its secret, which the caller shows once and never stores. */
    record Issued(CalendarFeed feed, String token) {
    }

    static Issued issue(String username, Long contractorId, List<String> roles, OffsetDateTime at) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return new Issued(new CalendarFeed(username, contractorId, roles, hash(token), at), token);
    }

    /** The stored form of a secret; {@code null} for text that cannot be one (so it matches nothing). */
    static String hash(String token) {
        if (token == null || !token.matches("[A-Za-z0-9_-]{43}")) {
            return null;
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    void revoke(OffsetDateTime at) {
        if (revokedAt == null) {
            revokedAt = at;
        }
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public Long getContractorId() {
        return contractorId;
    }

    public List<String> getRoles() {
        return roles.isEmpty() ? List.of() : Arrays.asList(roles.split(","));
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getRevokedAt() {
        return revokedAt;
    }

    public OffsetDateTime getLastUsedAt() {
        return lastUsedAt;
    }

    public boolean isActive() {
        return revokedAt == null;
    }
}
