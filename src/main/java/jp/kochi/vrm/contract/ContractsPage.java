package jp.kochi.vrm.contract;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import jp.kochi.vrm.identity.CurrentUser;
import jp.kochi.vrm.identity.Roles;

/** 契約一覧: every contract with its status and what is overdue; filter by status. */
@Named
@ViewScoped
public class ContractsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ContractService contracts;

    @Inject
    private CurrentUser currentUser;

    private ContractStatus status;
    private List<Contract> all;
    private LocalDate today;
    private final java.util.Map<Long, Long> overdue = new java.util.HashMap<>();

    public void load() {
        all = contracts.list();
        today = contracts.today();
        overdue.clear();
    }

    public List<Contract> getRows() {
        if (all == null) {
            load();
        }
        return status == null ? all : all.stream().filter(c -> c.getStatus() == status).toList();
    }

    /** Overdue obligations of a shown contract, counted once per view. */
    public long overdue(Contract c) {
        return overdue.computeIfAbsent(c.getId(),
                id -> c.getObligations().stream().filter(o -> o.isOverdueOn(today)).count());
    }

    public boolean isCanCreate() {
        return currentUser.hasRole(Roles.PROCUREMENT);
    }

    public ContractStatus[] getStatuses() {
        return ContractStatus.values();
    }

    public ContractStatus getStatus() {
        return status;
    }

    public void setStatus(ContractStatus status) {
        this.status = status;
    }
}
