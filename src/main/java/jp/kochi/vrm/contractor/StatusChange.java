package jp.kochi.vrm.contractor;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One change of a contractor's status, with the reason and who made it. Written once, never changed. */
@Entity
@Table(name = "contractor_status_change")
public class StatusChange {

    @Id
    @SequenceGenerator(name = "contractor_status_change_seq", sequenceName = "contractor_status_change_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contractor_status_change_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "contractor_id", nullable = false, updatable = false)
    private Contractor contractor;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 20, updatable = false)
    private ContractorStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 20, updatable = false)
    private ContractorStatus to;

    @Column(nullable = false, length = 500, updatable = false)
    private String reason;

    @Column(nullable = false, length = 100, updatable = false)
    private String actor;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private OffsetDateTime changedAt;

    protected StatusChange() {
    }

    StatusChange(Contractor contractor, ContractorStatus from, ContractorStatus to, String reason, String actor,
            OffsetDateTime changedAt) {
        this.contractor = contractor;
        this.from = from;
        this.to = to;
        this.reason = reason;
        this.actor = actor;
        this.changedAt = changedAt;
    }

    public Long getId() {
        return id;
    }

    public ContractorStatus getFrom() {
        return from;
    }

    public ContractorStatus getTo() {
        return to;
    }

    public String getReason() {
        return reason;
    }

    public String getActor() {
        return actor;
    }

    public OffsetDateTime getChangedAt() {
        return changedAt;
    }
}
