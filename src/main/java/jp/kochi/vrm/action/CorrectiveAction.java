package jp.kochi.vrm.action;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import jp.kochi.vrm.audit.AuditedEntity;
import jp.kochi.vrm.evidence.EvidenceFile;
import jp.kochi.vrm.platform.BusinessRuleViolation;
import jp.kochi.vrm.platform.TextInput;

/**
 * A corrective action (是正措置・再発防止策): what is to be done, by whom (a staff user, or a contractor whose users
 * answer in the portal), by when. The owner reports it done with a note and files; someone other than that person
 * verifies it or sends it back.
 */
@Entity
@Table(name = "corrective_action")
public class CorrectiveAction extends AuditedEntity {

    public static final int MAX_TITLE = 200;
    public static final int MAX_DETAIL = 2000;
    public static final int MAX_NOTE = 1000;
    public static final int MAX_FILES = 10;

    /** Who answers for an action. */
    public enum OwnerKind {
        STAFF, CONTRACTOR
    }

    @Id
    @SequenceGenerator(name = "corrective_action_seq", sequenceName = "corrective_action_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "corrective_action_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private ActionOrigin origin;

    @Column(name = "origin_id", nullable = false, updatable = false)
    private long originId;

    @Column(nullable = false, length = MAX_TITLE)
    private String title;

    @Column(length = MAX_DETAIL)
    private String detail;

    @Enumerated(EnumType.STRING)
    @Column(name = "owner_kind", nullable = false, length = 20)
    private OwnerKind ownerKind;

    @Column(name = "owner_user", length = 100)
    private String ownerUser;

    @Column(name = "contractor_id")
    private Long contractorId;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ActionStatus status = ActionStatus.OPEN;

    @Column(name = "completion_note", length = MAX_DETAIL)
    private String completionNote;

    @Column(name = "completed_at")
    private OffsetDateTime completedAt;

    @Column(name = "completed_by", length = 100)
    private String completedBy;

    @Column(name = "verified_at")
    private OffsetDateTime verifiedAt;

    @Column(name = "verified_by", length = 100)
    private String verifiedBy;

    @Column(name = "return_note", length = MAX_NOTE)
    private String returnNote;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false, length = 100, updatable = false)
    private String createdBy;

    @ManyToMany
    @JoinTable(name = "corrective_action_file", joinColumns = @JoinColumn(name = "action_id"),
            inverseJoinColumns = @JoinColumn(name = "evidence_file_id"))
    @OrderColumn(name = "position")
    private List<EvidenceFile> files = new ArrayList<>();

    protected CorrectiveAction() {
    }

    /**
     * A new action. A staff owner is named by user name; a contractor owner by its id.
     *
     * @param today the city's date: the due date may not lie before it
     */
    public CorrectiveAction(ActionOrigin origin, long originId, String title, String detail, OwnerKind ownerKind,
            String ownerUser, Long contractorId, LocalDate dueDate, LocalDate today, String createdBy,
            OffsetDateTime now) {
        this.origin = Objects.requireNonNull(origin, "origin");
        this.originId = originId;
        this.title = TextInput.clean(title, MAX_TITLE, "action.title", true);
        this.detail = TextInput.clean(detail, MAX_DETAIL, "action.detail", false);
        if (ownerKind == null) {
            throw new BusinessRuleViolation("app.required", "action.owner");
        }
        this.ownerKind = ownerKind;
        if (ownerKind == OwnerKind.STAFF) {
            String user = TextInput.clean(ownerUser, 100, "action.ownerUser", true);
            if (!user.matches("[A-Za-z0-9._@-]{2,100}")) {
                throw new BusinessRuleViolation("action.ownerUserInvalid");
            }
            this.ownerUser = user;
        } else {
            if (contractorId == null) {
                throw new BusinessRuleViolation("action.noContractor");
            }
            this.contractorId = contractorId;
        }
        if (dueDate == null) {
            throw new BusinessRuleViolation("app.required", "action.dueDate");
        }
        if (dueDate.isBefore(today) || dueDate.isAfter(today.plusYears(3))) {
            throw new BusinessRuleViolation("action.dueDateInvalid");
        }
        this.dueDate = dueDate;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    /** Whether the user (a staff user name, or a contractor's user acting for {@code contractor}) owns it. */
    public boolean ownedBy(String username, Long contractor) {
        return ownerKind == OwnerKind.STAFF ? ownerUser.equals(username)
                : contractor != null && contractor.equals(contractorId);
    }

    /** The owner reports the action done, with what was done and files showing it. */
    public void complete(String note, List<EvidenceFile> evidence, String username, OffsetDateTime now) {
        if (status != ActionStatus.OPEN) {
            throw new BusinessRuleViolation("action.notOpen");
        }
        this.completionNote = TextInput.clean(note, MAX_DETAIL, "action.completionNote", true);
        this.files.addAll(evidence);
        this.completedBy = username;
        this.completedAt = now;
        this.status = ActionStatus.COMPLETED;
    }

    /** Someone other than the one who completed it accepts the completion, or sends it back with a comment. */
    public void verify(boolean accept, String note, String username, OffsetDateTime now) {
        if (status != ActionStatus.COMPLETED) {
            throw new BusinessRuleViolation("action.notCompleted");
        }
        if (username.equals(completedBy)) {
            throw BusinessRuleViolation.refusal("action.verifyBySomeoneElse");
        }
        if (accept) {
            this.verifiedBy = username;
            this.verifiedAt = now;
            this.status = ActionStatus.VERIFIED;
            this.returnNote = TextInput.clean(note, MAX_NOTE, "action.verifyNote", false);
        } else {
            this.returnNote = TextInput.clean(note, MAX_NOTE, "action.returnNote", true);
            this.status = ActionStatus.OPEN;
            this.completedBy = null;
            this.completedAt = null;
        }
    }

    /** Whether the action is overdue on {@code today}: still open after its due date. */
    public boolean overdueOn(LocalDate today) {
        return status == ActionStatus.OPEN && dueDate.isBefore(today);
    }

    @Override
    public String auditId() {
        return origin + "-" + originId + "/" + id;
    }

    @Override
    public Map<String, String> auditState() {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("title", title);
        state.put("detail", detail);
        state.put("ownerKind", ownerKind.name());
        state.put("ownerUser", ownerUser);
        state.put("contractorId", contractorId == null ? null : contractorId.toString());
        state.put("dueDate", dueDate.toString());
        state.put("status", status.name());
        state.put("completionNote", completionNote);
        state.put("completedBy", completedBy);
        state.put("verifiedBy", verifiedBy);
        state.put("returnNote", returnNote);
        state.put("files", files.stream().map(f -> f.getFileName() + " (" + f.getSha256() + ")").toList().toString());
        return state;
    }

    public Long getId() {
        return id;
    }

    public ActionOrigin getOrigin() {
        return origin;
    }

    public long getOriginId() {
        return originId;
    }

    public String getTitle() {
        return title;
    }

    public String getDetail() {
        return detail;
    }

    public OwnerKind getOwnerKind() {
        return ownerKind;
    }

    public String getOwnerUser() {
        return ownerUser;
    }

    public Long getContractorId() {
        return contractorId;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public ActionStatus getStatus() {
        return status;
    }

    public String getCompletionNote() {
        return completionNote;
    }

    public OffsetDateTime getCompletedAt() {
        return completedAt;
    }

    public String getCompletedBy() {
        return completedBy;
    }

    public OffsetDateTime getVerifiedAt() {
        return verifiedAt;
    }

    public String getVerifiedBy() {
        return verifiedBy;
    }

    public String getReturnNote() {
        return returnNote;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public List<EvidenceFile> getFiles() {
        return files;
    }
}
