package jp.kochi.vrm.contractor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.kochi.vrm.identity.Roles;
import jp.kochi.vrm.reminder.DueDateSource;
import jp.kochi.vrm.reminder.DueItem;
import jp.kochi.vrm.reminder.DueKind;
import jp.kochi.vrm.reminder.DueQuery;
import jp.kochi.vrm.reminder.Recipient;
import jp.kochi.vrm.reminder.Rows;

/**
 * The contractors' dates: a certification's expiry (the newest of its kind; an older one superseded by a renewal is
 * not reminded) and the re-approval of the vetting. The procurement staff keep the register and answer for them; a
 * certification's expiry also goes to the contractor's portal users, who hand in the renewal.
 */
@ApplicationScoped
public class ContractorDueDates implements DueDateSource {

    public static final DueKind CERTIFICATION = new DueKind("CERTIFICATION", List.of(90, 60, 30, 0), true, true,
            "第三者認証の有効期限", "/staff/contractors/view.xhtml?id=", null);
    public static final DueKind VETTING = new DueKind("VETTING", List.of(60, 30, 7, 0), true, true,
            "選定審査の再承認", "/staff/contractors/view.xhtml?id=", null);

    /** Contractors whose certifications are watched: under review, approved or suspended (not candidates, not ended). */
    private static final java.util.Set<String> WATCHED = java.util.Set.of("UNDER_REVIEW", "APPROVED", "SUSPENDED");

    @Override
    public List<DueKind> kinds() {
        return List.of(CERTIFICATION, VETTING);
    }

    @Override
    public List<DueItem> due(EntityManager em, DueQuery q) {
        List<DueItem> items = new ArrayList<>();
        String procurement = Recipient.role(Roles.PROCUREMENT);
        @SuppressWarnings("unchecked")
        List<Object[]> certifications = (List<Object[]>) em.createNativeQuery("SELECT ce.id, ce.valid_until, ce.kind, "
                + "ce.kind_other, ce.number, ce.contractor_id FROM certification ce WHERE ce.valid_until <= ?1 "
                + "AND NOT EXISTS (SELECT 1 FROM certification n WHERE n.contractor_id = ce.contractor_id "
                + "AND n.kind = ce.kind AND COALESCE(n.kind_other, '') = COALESCE(ce.kind_other, '') "
                + "AND (n.valid_until > ce.valid_until OR (n.valid_until = ce.valid_until AND n.id > ce.id)))")
                .setParameter(1, q.horizon(CERTIFICATION)).getResultList();
        Map<Long, Object[]> contractors = Rows.byIds(em, "SELECT k.id, k.name, k.status FROM contractor k "
                + "WHERE k.id IN (:ids)", certifications.stream().map(r -> Rows.id(r[5])).toList());
        for (Object[] r : certifications) {
            Object[] k = contractors.get(Rows.id(r[5]));
            if (!WATCHED.contains(Rows.text(k[2]))) {
                continue;
            }
            long contractor = Rows.id(k[0]);
            String kind = "OTHER".equals(r[2]) ? Rows.text(r[3]) : kindName(Rows.text(r[2]));
            items.add(new DueItem(CERTIFICATION, Rows.id(r[0]), contractor, Rows.date(r[1]),
                    Rows.title(Rows.text(k[1]), "—", kind, Rows.text(r[4])), contractor,
                    List.of(procurement, Recipient.contractor(contractor))));
        }
        // The date alone in the condition: with the status beside it, a planner may read every approved contractor.
        for (Object row : em.createNativeQuery("SELECT k.id, k.vetting_valid_until, k.name, k.status FROM contractor k "
                + "WHERE k.vetting_valid_until <= ?1")
                .setParameter(1, q.horizon(VETTING)).getResultList()) {
            Object[] r = (Object[]) row;
            if (!"APPROVED".equals(Rows.text(r[3]))) {
                continue;
            }
            long id = Rows.id(r[0]);
            items.add(new DueItem(VETTING, id, id, Rows.date(r[1]), Rows.text(r[2]), id, List.of(procurement)));
        }
        return items;
    }

    static String kindName(String code) {
        return switch (code) {
            case "ISMS" -> "ISMS（ISO/IEC 27001）";
            case "PRIVACY_MARK" -> "プライバシーマーク";
            case "ISMAP_LIU" -> "ISMAP-LIU";
            default -> code;
        };
    }
}
