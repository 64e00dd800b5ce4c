package jp.kochi.vrm.contract;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jp.kochi.vrm.clause.Clause;
import jp.kochi.vrm.identity.CurrentUser;
import jp.kochi.vrm.identity.Roles;
import jp.kochi.vrm.platform.BusinessRuleViolation;
import jp.kochi.vrm.platform.Dates;
import jp.kochi.vrm.platform.faces.UiMessages;

/**
 * One contract: its facts, its clauses (with why each mandatory one is there), the lifecycle, the annex
 * versions, and the clause × obligation compliance matrix. Actions are offered by role and status; the
 * service checks both again.
 */
@Named
@ViewScoped
public class ContractPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ContractService contracts;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private UiMessages messages;

    private Long id;
    private Contract contract;
    private List<AnnexVersion> annexVersions;
    private List<Clause> addable;
    private LocalDate today;
    private LocalDate vettingEndsBefore;
    private Map<Obligation.State, Long> totals;

    private Long clauseToAdd;
    private Long removalTarget;
    private String removalReason;
    private String decisionNote;

    public void load() {
        if (id == null) {
            messages.error("error.recordMissing");
            return;
        }
        try {
            contract = contracts.find(id);
            totals = null;
            annexVersions = contracts.annexVersions(id);
            today = contracts.today();
            addable = contract.isDraft() && isProcurement() ? contracts.addableClauses(contract) : List.of();
            vettingEndsBefore = contracts.vettingEndsBefore(contract).orElse(null);
        } catch (BusinessRuleViolation e) {
            messages.error(e);
            contract = null;
        }
    }

    public boolean isFound() {
        return contract != null;
    }

    // --- roles ----------------------------------------------------------------------------------------------

    public boolean isProcurement() {
        return currentUser.hasRole(Roles.PROCUREMENT);
    }

    public boolean isSecurityOfficer() {
        return currentUser.hasRole(Roles.SECURITY_OFFICER);
    }

    public boolean isCanEditDraft() {
        return contract != null && contract.isDraft() && isProcurement();
    }

    public boolean isCanGenerate() {
        return isProcurement() || isSecurityOfficer();
    }

    /** A security officer who did not ask for the removal may decide it. */
    public boolean canDecide(ContractClause cc) {
        return contract.isDraft() && cc.isRemovalPending() && isSecurityOfficer()
                && !currentUser.getUsername().equals(cc.getRemovalRequestedBy());
    }

    /** A submission waits for review and the viewer may review it (staff who did not hand it in). */
    public boolean canReview(Obligation o) {
        return (isProcurement() || isSecurityOfficer()) && o.isAwaitingReview()
                && o.latestSubmission().map(s -> !currentUser.getUsername().equals(s.getSubmittedBy())).orElse(false);
    }

    // --- clauses --------------------------------------------------------------------------------------------

    public void addClause() {
        act(() -> contracts.addOptionalClause(id, contract.getVersion(), clauseToAdd), "contract.clause.added");
        clauseToAdd = null;
    }

    public void removeClause(ContractClause cc) {
        act(() -> contracts.removeOptionalClause(id, contract.getVersion(), cc.getClause().getId()), "contract.clause.removed");
    }

    public void startRemoval(ContractClause cc) {
        removalTarget = cc.getClause().getId();
        removalReason = null;
    }

    public void cancelRemoval() {
        removalTarget = null;
    }

    public void requestRemoval() {
        if (act(() -> contracts.requestClauseRemoval(id, contract.getVersion(), removalTarget, removalReason),
                "contract.clause.removalRequested")) {
            removalTarget = null;
        }
    }

    public void approveRemoval(ContractClause cc) {
        decide(cc, true);
    }

    public void rejectRemoval(ContractClause cc) {
        decide(cc, false);
    }

    private void decide(ContractClause cc, boolean approve) {
        if (act(() -> contracts.decideClauseRemoval(id, contract.getVersion(), cc.getClause().getId(), approve, decisionNote),
                approve ? "contract.clause.removalApproved" : "contract.clause.removalRejected")) {
            decisionNote = null;
        }
    }

    // --- lifecycle and annex --------------------------------------------------------------------------------

    public void conclude() {
        act(() -> contracts.conclude(id, contract.getVersion()), "contract.concluded");
    }

    public void start() {
        act(() -> contracts.start(id, contract.getVersion()), "contract.started");
    }

    public void finish() {
        act(() -> contracts.finish(id, contract.getVersion()), "contract.finished");
    }

    public void close() {
        act(() -> contracts.close(id, contract.getVersion()), "contract.closed");
    }

    public void generateAnnex() {
        try {
            int before = annexVersions.isEmpty() ? 0 : annexVersions.get(0).getVersionNo();
            AnnexVersion v = contracts.generateAnnex(id);
            messages.info(v.getVersionNo() == before ? "annex.unchanged" : "annex.generated", v.getVersionNo());
            load();
        } catch (BusinessRuleViolation e) {
            messages.error(e);
        }
    }

    public String getDownloadLabel() {
        AnnexVersion v = getCurrentAnnex();
        return v == null ? "" : messages.text("annex.download", v.getVersionNo());
    }

    public String getVettingNote() {
        return vettingEndsBefore == null ? "" : messages.text("contract.vettingEndsBefore", Dates.format(vettingEndsBefore));
    }

    public AnnexVersion getCurrentAnnex() {
        return annexVersions == null || annexVersions.isEmpty() ? null : annexVersions.get(0);
    }

    // --- obligations ----------------------------------------------------------------------------------------

    /** The compliance matrix: each included clause with the obligations it created, by due date. */
    public List<Contract.ClauseObligations> getMatrix() {
        return contract.complianceMatrix();
    }

    /** How many obligations are in each state today (counted once per view load). */
    public long total(String state) {
        if (totals == null) {
            totals = contract.getObligations().stream()
                    .collect(Collectors.groupingBy(o -> o.stateOn(today), Collectors.counting()));
        }
        return totals.getOrDefault(Obligation.State.valueOf(state), 0L);
    }

    public String state(Obligation o) {
        return o.stateOn(today).name();
    }

    private boolean act(java.util.function.Supplier<Contract> action, String doneKey) {
        try {
            action.get();
            messages.info(doneKey);
            load();
            return true;
        } catch (BusinessRuleViolation e) {
            messages.error(e);
            return false;
        }
    }

    // --- accessors ------------------------------------------------------------------------------------------

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Contract getContract() {
        return contract;
    }

    public List<AnnexVersion> getAnnexVersions() {
        return annexVersions;
    }

    public List<Clause> getAddable() {
        return addable;
    }

    public LocalDate getVettingEndsBefore() {
        return vettingEndsBefore;
    }

    public Long getClauseToAdd() {
        return clauseToAdd;
    }

    public void setClauseToAdd(Long clauseToAdd) {
        this.clauseToAdd = clauseToAdd;
    }

    public Long getRemovalTarget() {
        return removalTarget;
    }

    public String getRemovalReason() {
        return removalReason;
    }

    public void setRemovalReason(String removalReason) {
        this.removalReason = removalReason;
    }

    public String getDecisionNote() {
        return decisionNote;
    }

    public void setDecisionNote(String decisionNote) {
        this.decisionNote = decisionNote;
    }
}
