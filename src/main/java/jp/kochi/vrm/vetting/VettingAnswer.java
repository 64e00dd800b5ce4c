package jp.kochi.vrm.vetting;

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
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import jp.kochi.vrm.evidence.EvidenceFile;

/** The answer to one checklist item in a vetting, with a comment and an evidence file. */
@Entity
@Table(name = "vetting_answer")
public class VettingAnswer implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "vetting_answer_seq", sequenceName = "vetting_answer_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "vetting_answer_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "vetting_id", nullable = false, updatable = false)
    private Vetting vetting;

    @ManyToOne(optional = false)
    @JoinColumn(name = "item_id", nullable = false, updatable = false)
    private ChecklistItem item;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Answer answer;

    @Size(max = 1000)
    @Column(length = 1000)
    private String comment;

    @ManyToOne
    @JoinColumn(name = "evidence_id")
    private EvidenceFile evidence;

    protected VettingAnswer() {
    }

    VettingAnswer(Vetting vetting, ChecklistItem item) {
        this.vetting = vetting;
        this.item = item;
    }

    public Long getId() {
        return id;
    }

    public ChecklistItem getItem() {
        return item;
    }

    public Answer getAnswer() {
        return answer;
    }

    /** Answers change only while the vetting is a draft: a submitted vetting's record stays as decided. */
    public void setAnswer(Answer answer) {
        vetting.requireDraft();
        this.answer = answer;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        vetting.requireDraft();
        this.comment = comment == null || comment.isBlank() ? null : comment.strip();
    }

    public EvidenceFile getEvidence() {
        return evidence;
    }

    void attach(EvidenceFile file) {
        this.evidence = file;
    }
}
