package jp.kochi.vrm.incident;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A contractor's incident history, for its record and its vetting pages (a factor the security officer weighs when
 * vetting it again). Read through {@link IncidentService}, so only staff who may read incidents see it.
 */
@Named
@RequestScoped
public class IncidentHistory {

    @Inject
    private IncidentService service;

    private final Map<Long, List<Incident>> cache = new HashMap<>();

    public List<Incident> of(Long contractorId) {
        if (contractorId == null) {
            return List.of();
        }
        return cache.computeIfAbsent(contractorId, service::ofContractor);
    }
}
