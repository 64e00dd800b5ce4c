package jp.kochi.vrm.contractor;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jp.kochi.vrm.audit.StoredRecords;
import jp.kochi.vrm.classification.ClassificationRegister;
import jp.kochi.vrm.classification.ConfidentialityLevel;
import jp.kochi.vrm.department.Department;
import jp.kochi.vrm.evidence.EvidenceFile;
import jp.kochi.vrm.evidence.EvidenceStore;
import jp.kochi.vrm.identity.Allowed;
import jp.kochi.vrm.identity.CallerContext;
import jp.kochi.vrm.identity.Roles;
import jp.kochi.vrm.platform.BusinessRuleViolation;
import jp.kochi.vrm.platform.ConcurrentEditException;

/**
 * The contractor register's boundary (委託事業者台帳): procurement registers and edits, every staff role that
 * deals with contractors reads. One call, one transaction; the rules live in the entities.
 */
@Stateless
@Allowed({Roles.PROCUREMENT, Roles.SECURITY_OFFICER, Roles.AUDITOR, Roles.ADMIN})
public class ContractorRegister {

    /** Rows loaded per round trip while exporting, so a 100,000-row export never holds the register. */
    static final int EXPORT_CHUNK = 500;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CallerContext caller;

    @Inject
    private Clock clock;

    @Inject
    private EvidenceStore evidence;

    @Inject
    private ClassificationRegister classification;

    @Inject
    private jakarta.enterprise.event.Event<ContractorEnded> contractorEnded;

    public List<ContractorListRow> page(@NotNull ContractorSearch search, int first, int size) {
        return new ContractorQueries(em).page(search, first, Math.max(1, Math.min(size, 200)));
    }

    public long count(@NotNull ContractorSearch search) {
        return new ContractorQueries(em).count(search);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A contractor with its contacts, departments, certifications and status history loaded. */
    public Contractor find(@NotNull Long id) {
        Contractor c = em.find(Contractor.class, id);
        if (c == null) {
            throw new BusinessRuleViolation("error.recordMissing");
        }
        c.getContacts().size();
        c.getDepartments().size();
        c.getCertifications().forEach(cert -> {
            if (cert.getCertificate() != null) {
                cert.getCertificate().getFileName();
            }
        });
        c.getStatusChanges().size();
        return c;
    }

    /** Registers a new contractor or saves changes to one; refuses a 法人番号 already in the register. */
    @Allowed(Roles.PROCUREMENT)
    public Contractor save(@NotNull Contractor contractor, @NotNull Collection<Long> departmentIds) {
        contractor.dropEmptyContacts();
        contractor.checkContacts();
        contractor.checkRequired();
        if (contractor.getCorporateNumber() != null) {
            em.createNamedQuery(Contractor.BY_CORPORATE_NUMBER, Contractor.class)
                    .setParameter("number", contractor.getCorporateNumber()).getResultList().stream()
                    .filter(other -> !other.getId().equals(contractor.getId())).findFirst()
                    .ifPresent(other -> {
                        throw new BusinessRuleViolation("contractor.corporateNumber.taken", other.getName());
                    });
        }
        if (contractor.isEnded()) {
            throw new BusinessRuleViolation("contractor.ended");
        }
        contractor.replaceDepartments(departments(departmentIds));
        try {
            Contractor saved;
            if (contractor.isNew()) {
                contractor.registeredAt(OffsetDateTime.now(clock));
                em.persist(contractor);
                saved = contractor;
            } else {
                if (em.find(Contractor.class, contractor.getId()) == null) {
                    throw new BusinessRuleViolation("error.recordMissing");
                }
                saved = em.merge(contractor);
            }
            em.flush();
            return saved;
        } catch (OptimisticLockException e) {
            throw new ConcurrentEditException();
        }
    }

    private Set<Department> departments(Collection<Long> ids) {
        Set<Department> found = new LinkedHashSet<>();
        for (Long id : new HashSet<>(ids)) {
            Department d = em.find(Department.class, id);
            if (d == null) {
                throw new BusinessRuleViolation("error.recordMissing");
            }
            found.add(d);
        }
        return found;
    }

    /** The status actions: suspend, reinstate, end; each with the reason and the caller recorded. */
    @Allowed({Roles.PROCUREMENT, Roles.SECURITY_OFFICER})
    public Contractor changeStatus(@NotNull Long id, long expectedVersion, @NotNull StatusAction action, String reason) {
        Contractor c = StoredRecords.current(em, Contractor.class, id, expectedVersion);
        OffsetDateTime now = OffsetDateTime.now(clock);
        String actor = caller();
        switch (action) {
            case SUSPEND -> c.suspend(reason, actor, now);
            case REINSTATE -> c.reinstate(reason, actor, now);
            case END -> c.end(reason, actor, now);
        }
        StoredRecords.flush(em);
        if (action == StatusAction.END) {
            // Observers (the contractor's portal accounts) change their records in this same transaction.
            contractorEnded.fire(new ContractorEnded(c.getId(), c.getStatusChanges().get(0).getReason()));
        }
        return c;
    }

    /** What staff may do to a contractor's status by hand. */
    public enum StatusAction {
        SUSPEND, REINSTATE, END
    }

    /** Adds or changes a certification; the certificate file, when given, is checked and stored with it. */
    @Allowed(Roles.PROCUREMENT)
    public Certification saveCertification(@NotNull @Valid Certification certification, String fileName,
            InputStream file) {
        certification.checkConsistent();
        Contractor contractor = em.find(Contractor.class, certification.getContractor().getId());
        if (contractor == null) {
            throw new BusinessRuleViolation("error.recordMissing");
        }
        if (file != null) {
            EvidenceFile stored = evidence.store(fileName, file);
            certification.attachCertificate(stored);
        }
        try {
            Certification saved;
            if (certification.isNew()) {
                em.persist(certification);
                saved = certification;
            } else {
                saved = em.merge(certification);
            }
            em.flush();
            return saved;
        } catch (OptimisticLockException e) {
            throw new ConcurrentEditException();
        }
    }

    // --- 再委託 ----------------------------------------------------------------------------------------------

    /** Registers a subcontracting arrangement; refuses one that would close a chain into a cycle. */
    @Allowed(Roles.PROCUREMENT)
    public Subcontracting addSubcontracting(@NotNull Long primeId, Long subcontractorId, String scope,
            String confidentialityCode, boolean myNumber) {
        if (subcontractorId == null) {
            throw new BusinessRuleViolation("subcontracting.subcontractor.required");
        }
        ConfidentialityLevel level = classification.confidentialityLevel(confidentialityCode)
                .orElseThrow(() -> new BusinessRuleViolation("subcontracting.confidentiality.required"));
        Contractor prime = em.find(Contractor.class, primeId);
        Contractor sub = em.find(Contractor.class, subcontractorId);
        if (prime == null || sub == null) {
            throw new BusinessRuleViolation("error.recordMissing");
        }
        SubcontractorTree tree = new SubcontractorTree(edges());
        if (tree.wouldCloseCycle(primeId, subcontractorId)) {
            throw new BusinessRuleViolation(primeId.equals(subcontractorId) ? "subcontracting.self"
                    : "subcontracting.cycle", sub.getName(), prime.getName());
        }
        boolean exists = tree.below(primeId).stream()
                .anyMatch(n -> n.depth() == 1 && n.subcontractor().equals(subcontractorId));
        if (exists) {
            throw new BusinessRuleViolation("subcontracting.exists", sub.getName());
        }
        Subcontracting arrangement = new Subcontracting(prime, sub, scope, level, myNumber, caller());
        em.persist(arrangement);
        em.flush();
        return arrangement;
    }

    /** Records the city's approval of an arrangement (security officer, never the person who registered it). */
    @Allowed(Roles.SECURITY_OFFICER)
    public Subcontracting approveSubcontracting(@NotNull Long id, long expectedVersion, String reference) {
        Subcontracting s = StoredRecords.current(em, Subcontracting.class, id, expectedVersion);
        s.approve(reference, caller(), OffsetDateTime.now(clock));
        StoredRecords.flush(em);
        return s;
    }

    /** The chain below a contractor, depth first, with each arrangement loaded. */
    public List<ChainLine> chainBelow(@NotNull Long contractorId) {
        List<SubcontractorTree.Node> nodes = new SubcontractorTree(edges()).below(contractorId);
        if (nodes.isEmpty()) {
            return List.of();
        }
        Map<Long, Subcontracting> arrangements = em.createNamedQuery(Subcontracting.IN_CHAIN, Subcontracting.class)
                .setParameter("ids", nodes.stream().map(SubcontractorTree.Node::arrangement).toList())
                .getResultStream().collect(Collectors.toMap(Subcontracting::getId, s -> s));
        List<ChainLine> lines = new ArrayList<>();
        for (SubcontractorTree.Node node : nodes) {
            lines.add(new ChainLine(node.depth(), arrangements.get(node.arrangement())));
        }
        return lines;
    }

    /** The contractors that pass work to this one (it is their subcontractor). */
    public List<Subcontracting> primesOf(@NotNull Long contractorId) {
        return em.createNamedQuery(Subcontracting.BY_SUBCONTRACTOR, Subcontracting.class)
                .setParameter("contractor", em.getReference(Contractor.class, contractorId)).getResultList();
    }

    /** One line of the subcontracting tree. */
    public record ChainLine(int depth, Subcontracting arrangement) {
    }

    /**
     * Every arrangement as an edge. The register holds a few hundred at most; should it grow far beyond,
     * this becomes a recursive query.
     */
    private List<SubcontractorTree.Edge> edges() {
        return em.createNamedQuery(Subcontracting.ALL_EDGES, SubcontractorTree.Edge.class).getResultList();
    }

    /** One contractor as a list row (for pickers). */
    public java.util.Optional<ContractorListRow> row(@NotNull Long id) {
        return em.createQuery("SELECT NEW jp.kochi.vrm.contractor.ContractorListRow(c.id, c.name, c.nameKana, "
                + "c.corporateNumber, c.soleProprietor, c.status, c.riskTier, c.vettingValidUntil) "
                + "FROM Contractor c WHERE c.id = :id", ContractorListRow.class)
                .setParameter("id", id).getResultStream().findFirst();
    }

    /** Contractors whose name, kana or 法人番号 starts with the text, for pickers: ten at most. */
    public List<ContractorListRow> suggest(String text) {
        ContractorSearch search = new ContractorSearch(text, null, null, null, ContractorSearch.Sort.KANA, true,
                today());
        return search.text() == null ? List.of() : new ContractorQueries(em).page(search, 0, 10);
    }

    // --- CSV ------------------------------------------------------------------------------------------------

    /** The corporate numbers among these that the register already holds. */
    public Set<String> corporateNumbersTaken(Collection<String> numbers) {
        Set<String> taken = new HashSet<>();
        List<String> all = new ArrayList<>(numbers);
        for (int i = 0; i < all.size(); i += 1000) {
            taken.addAll(em.createNamedQuery(Contractor.CORPORATE_NUMBERS_IN, String.class)
                    .setParameter("numbers", all.subList(i, Math.min(all.size(), i + 1000))).getResultList());
        }
        return taken;
    }

    /**
     * Imports validated rows as candidates, all or nothing: one refused row (a 法人番号 registered meanwhile)
     * rolls the whole import back.
     */
    @Allowed(Roles.PROCUREMENT)
    public int importRows(@NotNull List<ContractorCsvRow> rows) {
        Map<String, Department> byCode = em.createQuery("SELECT d FROM Department d", Department.class)
                .getResultStream().collect(Collectors.toMap(Department::getCode, d -> d));
        Set<String> taken = corporateNumbersTaken(rows.stream().map(ContractorCsvRow::corporateNumber)
                .filter(n -> n != null).toList());
        if (!taken.isEmpty()) {
            throw new BusinessRuleViolation("contractor.csv.takenMeanwhile", String.join(", ", taken));
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        int count = 0;
        for (ContractorCsvRow row : rows) {
            Contractor c = new Contractor(row.name(), row.nameKana(), row.corporateNumber(), row.soleProprietor(),
                    row.address(), row.representative(), now);
            if (row.contact() != null) {
                c.getContacts().add(row.contact());
            }
            Set<Department> departments = new LinkedHashSet<>();
            for (String code : row.departmentCodes()) {
                Department d = byCode.get(code);
                if (d == null) {
                    throw new BusinessRuleViolation("contractor.csv.departmentMissing", code);
                }
                departments.add(d);
            }
            c.replaceDepartments(departments);
            em.persist(c);
            if (++count % 200 == 0) {
                em.flush();
            }
        }
        em.flush();
        return count;
    }

    /** Writes the list as CSV, streaming in chunks; {@code text} gives labels in the user's language. */
    public void export(@NotNull ContractorSearch search, @NotNull OutputStream out,
            @NotNull Function<String, String> text) throws IOException {
        ContractorCsv.export(exportRows(search, text), out, text);
    }

    /** Writes the list as an Excel workbook (.xlsx), the same columns as the CSV. */
    public void exportXlsx(@NotNull ContractorSearch search, @NotNull OutputStream out,
            @NotNull Function<String, String> text) throws IOException {
        ContractorCsv.exportXlsx(exportRows(search, text), out, text);
    }

    private Stream<ContractorExportRow> exportRows(ContractorSearch search, Function<String, String> text) {
        ContractorQueries queries = new ContractorQueries(em);
        List<Long> ids = queries.ids(search);
        LocalDate today = search.today();
        Stream<ContractorExportRow> rows = Stream.iterate(0, i -> i < ids.size(), i -> i + EXPORT_CHUNK)
                .flatMap(i -> {
                    em.clear();
                    return queries.load(ids.subList(i, Math.min(ids.size(), i + EXPORT_CHUNK))).toList().stream();
                })
                .map(c -> exportRow(c, today, text));
        return rows;
    }

    private static ContractorExportRow exportRow(Contractor c, LocalDate today, Function<String, String> text) {
        ContactPerson contact = c.getContacts().isEmpty() ? null : c.getContacts().get(0);
        return new ContractorExportRow(c.getName(), c.getNameKana(), c.getCorporateNumber(), c.isSoleProprietor(),
                c.getAddress(), c.getRepresentative(), contact == null ? null : contact.getName(),
                contact == null ? null : contact.getDepartment(), contact == null ? null : contact.getEmail(),
                contact == null ? null : contact.getPhone(),
                c.getDepartments().stream().map(Department::getCode).sorted().toList(),
                text.apply("contractor.status." + c.getStatus().name()),
                c.getRiskTier() == null ? null : text.apply("contractor.tier." + c.getRiskTier().name()),
                c.getVettingValidUntil(), c.nextCertificationExpiry(today));
    }

    // --- helpers ---------------------------------------------------------------------------------------------

    private String caller() {
        return caller.name();
    }
}
