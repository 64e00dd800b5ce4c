package jp.kochi.vrm.reminder;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import jp.kochi.vrm.due.Rows;

/** Rows of every dated kind, inserted over JDBC the way the portal stores them (columns of V3-V10). */
final class DueFixtures {

    static final OffsetDateTime CREATED = OffsetDateTime.of(2024, 4, 1, 9, 0, 0, 0, ZoneOffset.ofHours(9));

    private final Connection c;
    private long clauseId;
    private long clauseVersionId;

    DueFixtures(Connection c) throws SQLException {
        this.c = c;
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT id, current_version_id FROM clause ORDER BY id")) {
            rs.next();
            clauseId = rs.getLong(1);
            clauseVersionId = rs.getLong(2);
        }
    }

    void exec(String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            ps.executeUpdate();
        }
    }

    void department(long id) throws SQLException {
        exec("INSERT INTO department (id, code, name, name_en, active, version) VALUES (?, ?, ?, ?, ?, 0)", id,
                "D" + id, "課" + id, "Dept " + id, true);
    }

    void contractor(long id, String status, LocalDate vettingUntil) throws SQLException {
        exec("INSERT INTO contractor (id, name, name_kana, name_key, kana_key, corporate_number, sole_proprietor, "
                + "address, representative, status, risk_tier, vetting_valid_until, registered_at, status_rank, "
                + "risk_rank, version) VALUES (?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0)", id,
                "株式会社テスト" + id, "テスト", "test" + id, "test" + id, true, "高知市", "代表", status, "MEDIUM",
                vettingUntil, CREATED);
    }

    void certification(long id, long contractor, String kind, LocalDate until) throws SQLException {
        exec("INSERT INTO certification (id, contractor_id, kind, kind_other, number, issuer, valid_from, valid_until, "
                + "version) VALUES (?, ?, ?, NULL, ?, ?, ?, ?, 0)", id, contractor, kind, "N-" + id, "認証機関",
                until.minusYears(3), until);
    }

    void contract(long id, long contractor, long department, String status, LocalDate end, String author)
            throws SQLException {
        exec("INSERT INTO contract (id, contract_number, title, department_id, contractor_id, period_start, period_end, "
                + "value_yen, confidentiality, integrity, availability, segment_my_number, segment_lgwan, "
                + "segment_internet, personal_info, my_number, cloud_service, on_site_work, subcontracting_allowed, "
                + "status, created_at, created_by, version) VALUES (?, ?, ?, ?, ?, ?, ?, NULL, '2', 1, 1, FALSE, FALSE, "
                + "FALSE, FALSE, FALSE, FALSE, FALSE, FALSE, ?, ?, ?, 0)", id, "R8-" + id, "保守業務" + id, department,
                contractor, end.minusYears(1), end, status, CREATED, author);
        exec("INSERT INTO contract_clause (id, contract_id, clause_id, clause_version_id, mandatory, removal_state, "
                + "version) VALUES (?, ?, ?, ?, TRUE, 'NONE', 0)", id, id, clauseId, clauseVersionId);
    }

    void obligation(long id, long contract, String status, LocalDate due) throws SQLException {
        exec("INSERT INTO obligation (id, contract_id, contract_clause_id, evidence_name, timing, due_date, status, "
                + "version) VALUES (?, ?, ?, ?, 'ANNUAL', ?, ?, 0)", id, contract, contract, "報告書" + id, due, status);
    }

    void submission(long id, long obligation, OffsetDateTime at) throws SQLException {
        exec("INSERT INTO evidence_submission (id, obligation_id, version_no, submitter_kind, submitted_by, "
                + "submitted_by_name, submitted_at, version) VALUES (?, ?, 1, 'CONTRACTOR', 'c-user', '担当', ?, 0)",
                id, obligation, at);
    }

    void service(long id, long department, String ismap, LocalDate listedUntil, LocalDate review, String author)
            throws SQLException {
        exec("INSERT INTO external_service (id, name, provider_name, kind, terms, ismap_status, ismap_number, "
                + "ismap_listed_until, data_location, governing_law, mfa, sso, encryption_at_rest, audit_logs, "
                + "deletion_on_exit, department_id, responsible_person, review_date, active, created_by, created_at, "
                + "version) VALUES (?, ?, ?, 'SAAS', 'NEGOTIATED', ?, ?, ?, 'DOMESTIC', 'JAPANESE', TRUE, TRUE, TRUE, TRUE, "
                + "TRUE, ?, ?, ?, TRUE, ?, ?, 0)", id, "サービス" + id, "提供者", ismap,
                "NONE".equals(ismap) ? null : "C-" + id, listedUntil, department, "情報政策課長", review, author, CREATED);
    }

    void usage(long id, long service, long department, LocalDate reviewDue, String requester) throws SQLException {
        exec("INSERT INTO external_service_usage (id, service_id, department_id, purpose, level_code, status, "
                + "requested_by, requested_at, decided_by, decided_at, review_due, version) "
                + "VALUES (?, ?, ?, ?, '1', 'APPROVED', ?, ?, 'officer', ?, ?, 0)", id, service, department, "目的",
                requester, CREATED, CREATED, reviewDue);
    }

    /** An exception asked for by {@code grantor}; {@code approved}: a second officer approved it (else pending). */
    void exception(long id, long service, LocalDate expires, String grantor, boolean approved) throws SQLException {
        exec("INSERT INTO external_service_exception (id, service_id, level_code, reason, expires_on, granted_by, "
                + "granted_at, approved_by, approved_at, version) VALUES (?, ?, '2', '理由', ?, ?, ?, ?, ?, 0)", id, service,
                expires, grantor, CREATED, approved ? "officer-z" : null, approved ? CREATED : null);
    }

    /** A post of {@code account} whose self-check failed, logged by {@code recorder}, its finding open. */
    void snsFlaggedPost(long id, long account, LocalDate postedOn, String recorder) throws SQLException {
        exec("INSERT INTO sns_guideline (id, account_id, version_no, may_post, must_not_post, reply_policy, follow_policy, "
                + "posting_hours, deletion_policy, change_note, created_by, created_at, version) SELECT ?, ?, 1, '行事', "
                + "'個人情報', '返信しない', '公的機関', '平日', '訂正', '初版', ?, ?, 0 WHERE NOT EXISTS "
                + "(SELECT 1 FROM sns_guideline WHERE account_id = ?)", account, account, recorder, CREATED, account);
        exec("INSERT INTO sns_post (id, account_id, guideline_id, posted_on, content, category, flagged, recorded_by, "
                + "recorded_at, version) VALUES (?, ?, (SELECT MIN(id) FROM sns_guideline WHERE account_id = ?), ?, "
                + "'窓口の写真', 'NOTICE', TRUE, ?, ?, 0)", id, account, account, postedOn, recorder, CREATED);
    }

    void snsAccount(long id, long department, LocalDate opened, LocalDate lastPost, String owner, String deputy)
            throws SQLException {
        exec("INSERT INTO sns_account (id, platform, handle, normalized_handle, address, normalized_address, "
                + "display_name, department_id, responsible_user, responsible_name, deputy_user, deputy_name, operator, "
                + "purpose, audience, status, mfa, credential_location, credential_holder, opened_on, last_post_on, "
                + "created_by, created_at, identity_changed_by, version) VALUES (?, 'X', ?, ?, ?, ?, ?, ?, ?, '責任者', ?, "
                + "'副', 'STAFF', '広報', '市民', 'ACTIVE', TRUE, '金庫', '課長', ?, ?, ?, ?, ?, 0)", id, "h" + id, "h" + id,
                "https://x.com/h" + id, "x.com/h" + id, "高知市アカウント" + id, department, owner, deputy, opened, lastPost,
                owner, CREATED, owner);
    }

    void portalAccount(long id, long contractor, String email) throws SQLException {
        exec("INSERT INTO portal_account (id, contractor_id, username, email, family_name, given_name, enabled, "
                + "sync_pending, last_known_state, invited_by, invited_at, version) "
                + "VALUES (?, ?, ?, ?, '委託', '太郎', TRUE, FALSE, 'ENABLED', 'proc', ?, 0)", id, contractor,
                "c" + id, email, CREATED);
    }
}
