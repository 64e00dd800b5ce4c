package jp.kochi.vrm.reminder;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;

/** That a user has read a reminder ({@code notification_read}). */
@Entity
@Table(name = "notification_read")
@IdClass(NotificationRead.Key.class)
public class NotificationRead {

    @Id
    @Column(name = "reminder_id")
    private long reminderId;

    @Id
    @Column(length = 100)
    private String username;

    @Column(name = "read_at", nullable = false)
    private OffsetDateTime readAt;

    protected NotificationRead() {
    }

    NotificationRead(long reminderId, String username, OffsetDateTime at) {
        this.reminderId = reminderId;
        this.username = username;
        this.readAt = at;
    }

    /** The composite key. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private long reminderId;
        private String username;

        public Key() {
        }

        public Key(long reminderId, String username) {
            this.reminderId = reminderId;
            this.username = username;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.reminderId == reminderId && Objects.equals(k.username, username);
        }

        @Override
        public int hashCode() {
            return Objects.hash(reminderId, username);
        }
    }
}
