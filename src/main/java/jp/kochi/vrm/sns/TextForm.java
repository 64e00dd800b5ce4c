package jp.kochi.vrm.sns;

import java.io.Serializable;

/** What the guideline and procedure forms post (the procedure uses the first two texts and the note). */
public class TextForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String mayPost;
    private String mustNotPost;
    private String replyPolicy;
    private String followPolicy;
    private String postingHours;
    private String deletionPolicy;
    private String operation;
    private String incidentResponse;
    private String changeNote;

    public Guideline.Text guideline() {
        return new Guideline.Text(mayPost, mustNotPost, replyPolicy, followPolicy, postingHours, deletionPolicy, changeNote);
    }

    public Procedure.Text procedure() {
        return new Procedure.Text(operation, incidentResponse, changeNote);
    }

    /** The form filled from the current versions, to edit into the next one (the note is always new). */
    public static TextForm of(Guideline g, Procedure p) {
        TextForm f = new TextForm();
        if (g != null) {
            f.mayPost = g.getMayPost();
            f.mustNotPost = g.getMustNotPost();
            f.replyPolicy = g.getReplyPolicy();
            f.followPolicy = g.getFollowPolicy();
            f.postingHours = g.getPostingHours();
            f.deletionPolicy = g.getDeletionPolicy();
        }
        if (p != null) {
            f.operation = p.getOperation();
            f.incidentResponse = p.getIncidentResponse();
        }
        return f;
    }

    public String getMayPost() {
        return mayPost;
    }

    public void setMayPost(String mayPost) {
        this.mayPost = mayPost;
    }

    public String getMustNotPost() {
        return mustNotPost;
    }

    public void setMustNotPost(String mustNotPost) {
        this.mustNotPost = mustNotPost;
    }

    public String getReplyPolicy() {
        return replyPolicy;
    }

    public void setReplyPolicy(String replyPolicy) {
        this.replyPolicy = replyPolicy;
    }

    public String getFollowPolicy() {
        return followPolicy;
    }

    public void setFollowPolicy(String followPolicy) {
        this.followPolicy = followPolicy;
    }

    public String getPostingHours() {
        return postingHours;
    }

    public void setPostingHours(String postingHours) {
        this.postingHours = postingHours;
    }

    public String getDeletionPolicy() {
        return deletionPolicy;
    }

    public void setDeletionPolicy(String deletionPolicy) {
        this.deletionPolicy = deletionPolicy;
    }

    public String getOperation() {
        return operation;
    }

    public void setOperation(String operation) {
        this.operation = operation;
    }

    public String getIncidentResponse() {
        return incidentResponse;
    }

    public void setIncidentResponse(String incidentResponse) {
        this.incidentResponse = incidentResponse;
    }

    public String getChangeNote() {
        return changeNote;
    }

    public void setChangeNote(String changeNote) {
        this.changeNote = changeNote;
    }
}
