package jp.kochi.vrm.classification;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Reads the classification levels: public reference data (the guideline itself is public). */
@Stateless
@PermitAll
public class ClassificationRegister {

    @PersistenceContext
    private EntityManager em;

    /** The confidentiality levels, most confidential first. */
    public List<ConfidentialityLevel> confidentialityLevels() {
        return em.createNamedQuery(ConfidentialityLevel.ALL, ConfidentialityLevel.class).getResultList();
    }

    public Optional<ConfidentialityLevel> confidentialityLevel(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(em.find(ConfidentialityLevel.class, code));
    }
}
