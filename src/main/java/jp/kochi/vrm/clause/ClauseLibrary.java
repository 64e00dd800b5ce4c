package jp.kochi.vrm.clause;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import jp.kochi.vrm.audit.StoredRecords;
import jp.kochi.vrm.identity.Allowed;
import jp.kochi.vrm.identity.CallerContext;
import jp.kochi.vrm.identity.Roles;
import jp.kochi.vrm.platform.BusinessRuleViolation;

/**
 * The clause library's boundary: staff who deal with contracts read the clauses, their rules and versions; a
 * security officer revises the wording and the evidence a clause asks for (each revision a new version).
 */
@Stateless
@Allowed({Roles.PROCUREMENT, Roles.SECURITY_OFFICER, Roles.AUDITOR, Roles.ADMIN})
public class ClauseLibrary {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CallerContext caller;

    @Inject
    private Clock clock;

    /** Every clause, in annex order. */
    public List<Clause> all() {
        return em.createNamedQuery(Clause.ALL, Clause.class).getResultStream().sorted(ClauseSelection.ANNEX_ORDER)
                .toList();
    }

    /** A clause with its versions loaded. */
    public Clause find(@NotNull Long id) {
        Clause c = em.find(Clause.class, id);
        if (c == null) {
            throw new BusinessRuleViolation("error.recordMissing");
        }
        c.getVersions().forEach(ClauseVersion::getEvidence);
        return c;
    }

    /** Writes the clause's next version; contracts already issued keep theirs. */
    @Allowed(Roles.SECURITY_OFFICER)
    public ClauseVersion revise(@NotNull Long id, long expectedVersion, String title, String body, String changeNote,
            @NotNull List<EvidenceRequirement> evidence) {
        Clause c = StoredRecords.current(em, Clause.class, id, expectedVersion);
        ClauseVersion v = c.revise(title, body, changeNote, evidence, caller.name(),
                OffsetDateTime.now(clock));
        StoredRecords.flush(em);
        return v;
    }
}
