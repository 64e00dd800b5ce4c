package jp.kochi.vrm.contract;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.kochi.vrm.identity.CurrentUser;
import jp.kochi.vrm.identity.Roles;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * 契約一覧: the contracts, newest period first, with their status and what is overdue; filter by status. A lazy
 * table: the database answers one page (and the overdue counts of that page), never the whole register.
 */
@Named
@ViewScoped
public class ContractsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ContractService contracts;

    @Inject
    private CurrentUser currentUser;

    private ContractStatus status;
    private LocalDate today;
    private final Map<Long, Long> overdue = new HashMap<>();
    private final ContractModel model = new ContractModel();

    /** PrimeFaces asks for one page; the service reads it by the list's index. */
    class ContractModel extends LazyDataModel<Contract> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, contracts.count(status));
        }

        @Override
        public List<Contract> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            List<Contract> page = contracts.page(status, first, pageSize);
            overdue.clear();
            overdue.putAll(contracts.overdueCounts(page.stream().map(Contract::getId).toList(), today()));
            return page;
        }

        @Override
        public String getRowKey(Contract row) {
            return row.getId().toString();
        }

        @Override
        public Contract getRowData(String rowKey) {
            return getWrappedData() == null ? null : getWrappedData().stream()
                    .filter(c -> c.getId().toString().equals(rowKey)).findFirst().orElse(null);
        }
    }

    public LazyDataModel<Contract> getModel() {
        return model;
    }

    /** Overdue obligations of a shown contract (counted with its page). */
    public long overdue(Contract c) {
        return overdue.getOrDefault(c.getId(), 0L);
    }

    private LocalDate today() {
        if (today == null) {
            today = contracts.today();
        }
        return today;
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
