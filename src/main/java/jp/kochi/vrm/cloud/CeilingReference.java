package jp.kochi.vrm.cloud;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import jp.kochi.vrm.classification.ClassificationRegister;
import jp.kochi.vrm.classification.ConfidentialityLevel;

/** The ceiling rule with the reference data it reads (public, like the guideline it comes from). */
@Stateless
@PermitAll
public class CeilingReference {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ClassificationRegister classification;

    public CeilingRule rule() {
        Map<AssuranceBasis, ConfidentialityLevel> limits = new EnumMap<>(AssuranceBasis.class);
        assurances().forEach(a -> limits.put(a.getCode(), a.getMaxLevel()));
        return new CeilingRule(limits, classification.confidentialityLevels());
    }

    /** The bases of assurance, lowest ceiling first. */
    public List<Assurance> assurances() {
        return em.createQuery("SELECT a FROM Assurance a ORDER BY a.maxLevel.rank, a.code", Assurance.class).getResultList();
    }
}
