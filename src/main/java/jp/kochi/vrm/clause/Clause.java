package jp.kochi.vrm.clause;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import jp.kochi.vrm.audit.AuditedEntity;
import jp.kochi.vrm.platform.BusinessRuleViolation;

/**
 * A clause of the library: its code, chapter and category, the rules that make it mandatory, and its
 * versions. The current version is what new contracts get; {@link #revise} writes the next one.
 */
@Entity
@Table(name = "clause")
@NamedQuery(name = Clause.ALL, query = "SELECT c FROM Clause c")
@NamedQuery(name = Clause.ACTIVE,
        query = "SELECT c FROM Clause c WHERE c.active = TRUE")
public class Clause extends AuditedEntity {

    public static final String ALL = "Clause.all";
    public static final String ACTIVE = "Clause.active";

    /** Seeded by migration; new clauses come with new migrations (their rules are reviewed like code). */
    @Id
    private Long id;

    @Column(nullable = false, length = 20, updatable = false)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ClauseChapter chapter;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ClauseCategory category;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false)
    private boolean active;

    @OneToOne
    @JoinColumn(name = "current_version_id")
    private ClauseVersion currentVersion;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "clause_rule", joinColumns = @JoinColumn(name = "clause_id"))
    @OrderColumn(name = "position")
    private List<ApplicabilityRule> rules = new ArrayList<>();

    @OneToMany(mappedBy = "clause", cascade = CascadeType.PERSIST)
    @OrderBy("versionNo DESC")
    private List<ClauseVersion> versions = new ArrayList<>();

    protected Clause() {
    }

    /** A clause outside the database, for tests and rule tables. */
    public static Clause of(Long id, String code, ClauseChapter chapter, ClauseCategory category, int sortOrder,
            String title, String body, List<EvidenceRequirement> evidence, List<ApplicabilityRule> rules) {
        Clause c = new Clause();
        c.id = id;
        c.code = code;
        c.chapter = chapter;
        c.category = category;
        c.sortOrder = sortOrder;
        c.active = true;
        c.rules = new ArrayList<>(rules);
        c.currentVersion = new ClauseVersion(c, 1, title, body, "初版", evidence, "system", OffsetDateTime.now());
        c.versions.add(c.currentVersion);
        return c;
    }

    /** The first rule row that holds for the facts, if any: the reason the clause is mandatory. */
    public Optional<ApplicabilityRule> mandatoryBy(ContractFacts facts) {
        return rules.stream().filter(r -> r.holds(facts)).findFirst();
    }

    /** A clause with no rules is optional for every contract. */
    public boolean isAlwaysOptional() {
        return rules.isEmpty();
    }

    /**
     * Writes the next version with the new wording and evidence, and makes it current. Refused, with the
     * reason, when a field is missing or too long, the body uses an unknown placeholder, an evidence row is
     * incomplete, or nothing changed.
     */
    public ClauseVersion revise(String title, String body, String changeNote, List<EvidenceRequirement> evidence,
            String actor, OffsetDateTime at) {
        String t = title == null ? "" : title.strip();
        String b = body == null ? "" : body.strip();
        String note = changeNote == null ? "" : changeNote.strip();
        if (t.isEmpty()) {
            throw new BusinessRuleViolation("clause.title.required");
        }
        if (t.length() > ClauseVersion.MAX_TITLE) {
            throw new BusinessRuleViolation("clause.title.tooLong", ClauseVersion.MAX_TITLE);
        }
        if (b.isEmpty()) {
            throw new BusinessRuleViolation("clause.body.required");
        }
        if (b.length() > ClauseVersion.MAX_BODY) {
            throw new BusinessRuleViolation("clause.body.tooLong", ClauseVersion.MAX_BODY);
        }
        List<String> unknown = Placeholders.unknownIn(b);
        if (!unknown.isEmpty()) {
            throw new BusinessRuleViolation("clause.placeholder.unknown",
                    unknown.stream().map(n -> "{{" + n + "}}").collect(Collectors.joining("、")),
                    Placeholders.NAMES.stream().map(n -> "{{" + n + "}}").collect(Collectors.joining(" ")));
        }
        if (note.isEmpty()) {
            throw new BusinessRuleViolation("clause.changeNote.required");
        }
        if (note.length() > 500) {
            throw new BusinessRuleViolation("clause.changeNote.tooLong", 500);
        }
        for (EvidenceRequirement e : evidence) {
            String problem = e.problem();
            if (problem != null) {
                throw new BusinessRuleViolation(problem, e.getEvidenceName() == null ? "" : e.getEvidenceName());
            }
        }
        if (currentVersion != null && currentVersion.getTitle().equals(t) && currentVersion.getBody().equals(b)
                && sameEvidence(currentVersion.getEvidence(), evidence)) {
            throw new BusinessRuleViolation("clause.revise.unchanged");
        }
        int next = versions.stream().mapToInt(ClauseVersion::getVersionNo).max().orElse(0) + 1;
        ClauseVersion v = new ClauseVersion(this, next, t, b, note, evidence, Objects.requireNonNull(actor), at);
        versions.add(0, v);
        currentVersion = v;
        return v;
    }

    private static boolean sameEvidence(List<EvidenceRequirement> a, List<EvidenceRequirement> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            EvidenceRequirement x = a.get(i);
            EvidenceRequirement y = b.get(i);
            if (!x.getEvidenceName().equals(y.getEvidenceName()) || x.getTiming() != y.getTiming()
                    || !Objects.equals(x.getCadenceMonths(), y.getCadenceMonths()) || x.getOffsetDays() != y.getOffsetDays()) {
                return false;
            }
        }
        return true;
    }

    /** The rules in words, one line per row, or the note that the clause is optional. */
    public List<String> describeRules(Locale locale) {
        return rules.stream().map(r -> r.describe(locale)).toList();
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public ClauseChapter getChapter() {
        return chapter;
    }

    public ClauseCategory getCategory() {
        return category;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public boolean isActive() {
        return active;
    }

    public ClauseVersion getCurrentVersion() {
        return currentVersion;
    }

    public List<ApplicabilityRule> getRules() {
        return List.copyOf(rules);
    }

    public List<ClauseVersion> getVersions() {
        return versions;
    }

    @Override
    public String auditId() {
        return code;
    }

    @Override
    public Map<String, String> auditState() {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("code", code);
        state.put("chapter", String.valueOf(chapter));
        state.put("category", String.valueOf(category));
        state.put("active", Boolean.toString(active));
        state.put("currentVersion", currentVersion == null ? "" : Integer.toString(currentVersion.getVersionNo()));
        return state;
    }
}
