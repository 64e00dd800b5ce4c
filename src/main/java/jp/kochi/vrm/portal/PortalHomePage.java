package jp.kochi.vrm.portal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jp.kochi.vrm.contract.Contract;
import jp.kochi.vrm.contract.Obligation;
import jp.kochi.vrm.contractor.Contractor;

/**
 * Contractor home: the contractor's concluded contracts and their obligations, grouped as the contractor acts on
 * them: overdue, to submit (or sent back), under review, accepted. Everything comes from {@link ContractorPortal},
 * which shows only the signed-in contractor's records.
 */
@Named
@RequestScoped
public class PortalHomePage {

    /** The groups of the home page, in the order shown. */
    public enum Group {
        OVERDUE, DUE, REVIEW, DONE
    }

    @Inject
    private ContractorPortal portal;

    private Contractor contractor;
    private List<Contract> contracts;
    private Map<Group, List<Obligation>> groups;
    private LocalDate today;

    private void load() {
        if (groups != null) {
            return;
        }
        today = portal.today();
        contractor = portal.contractor().orElse(null);
        contracts = portal.contracts();
        groups = portal.obligations().stream().collect(Collectors.groupingBy(this::group));
    }

    private Group group(Obligation o) {
        return switch (o.stateOn(today)) {
            case OVERDUE -> Group.OVERDUE;
            case DUE, RETURNED -> Group.DUE;
            case SUBMITTED -> Group.REVIEW;
            case ACCEPTED -> Group.DONE;
        };
    }

    public Contractor getContractor() {
        load();
        return contractor;
    }

    public List<Contract> getContracts() {
        load();
        return contracts;
    }

    public List<Obligation> obligations(String group) {
        load();
        List<Obligation> list = groups.getOrDefault(Group.valueOf(group), List.of());
        // Accepted ones newest first; the rest by due date (oldest first), as the service sorted them.
        if (Group.valueOf(group) == Group.DONE) {
            List<Obligation> newestFirst = new ArrayList<>(list);
            Collections.reverse(newestFirst);
            return newestFirst;
        }
        return list;
    }

    public int count(String group) {
        return obligations(group).size();
    }

    public String state(Obligation o) {
        load();
        return o.stateOn(today).name();
    }
}
