package jp.kochi.vrm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Types;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import jp.kochi.vrm.contractor.CorporateNumber;
import jp.kochi.vrm.contractor.SearchKeys;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Attacked on purpose: the {@link InjectionCorpus} (script, attribute break-out, {@code javascript:} address, SVG,
 * event handler, encoded, full-width, expression-language and template payloads; SQL metacharacters; spreadsheet
 * formulas) is written into every free-text column of records of this test's own (a contractor with contacts,
 * vetting, certification, subcontracting and portal account, a contract with clauses, obligations and a submission,
 * an external service with usage and exception, an SNS account with guideline, procedure and posts, a department,
 * dated items), as an attacker with the database or a forged form would. Then every place those values come out is
 * read: the staff and public pages as the roles that see them (nothing runs, nothing is built from them, the text is
 * shown as typed), the annex and self-inspection PDFs, the send-back mail, the CSV exports (formulas neutralised,
 * the value otherwise complete), the public JSON; and the contractor search finds SQL metacharacters literally.
 * {@link #everyCharacterColumnIsClassified} keeps "every text field" true when the schema grows.
 */
@Tag("database")
@ExtendWith(PortalStack.class)
class InjectionIT {

    /** Free-text columns: this test writes payloads into each. */
    static final Map<String, Set<String>> FREE_TEXT = columns(
            "department: name name_en",
            "contractor: name name_kana address representative",
            "contractor_contact: name department phone",
            "contractor_status_change: reason",
            "certification: kind_other number issuer",
            "vetting: work_description decision_reason",
            "vetting_answer: comment",
            "subcontracting: scope approval_reference",
            "evidence_file: file_name",
            "contract: contract_number title",
            "contract_clause: mandatory_reason removal_reason removal_decision_note",
            "obligation: evidence_name",
            "evidence_submission: submitted_by_name submission_comment review_note",
            "portal_account: family_name given_name state_reason",
            "external_service: name provider_name ismap_number data_regions court responsible_person notes",
            "external_service_exception: reason revoke_reason",
            "external_service_usage: purpose decision_comment",
            "sns_account: platform_other handle address display_name responsible_name deputy_name purpose audience "
                    + "credential_location credential_holder",
            "sns_guideline: may_post must_not_post reply_policy follow_policy posting_hours deletion_policy change_note",
            "sns_procedure: operation incident_response change_note",
            "sns_post: content resolution_note",
            "sns_post_check: item",
            "due_item: title",
            "incident: title what_happened actions_so_far reported_by_name notify_reason publication_reason "
                    + "contract_measure_reason",
            "incident_entry: entry_text author_name",
            "incident_legal_report: note",
            "corrective_action: title detail completion_note return_note");

    /**
     * Free text this test does not write: reference texts every other test reads (the clause library, the checklist),
     * text the portal composes itself from the columns above (mails, audit details; read here where they come out)
     * and messages of its own jobs.
     */
    static final Map<String, Set<String>> FREE_TEXT_NOT_WRITTEN = columns(
            "clause_version: title body change_note",
            "clause_evidence: evidence_name",
            "selection_checklist: note",
            "checklist_item: text text_en",
            "outgoing_mail: subject body last_error",
            "audit_entry: details",
            // Written only by a security officer's redaction, with the fixed text and a reason through TextInput.
            "sns_guideline: redaction_reason",
            "sns_procedure: redaction_reason",
            "keycloak_cleanup: reason",
            "job_lock: last_result",
            // Reference data every other test reads (the legal reporting rules), edited by a security officer.
            "incident_report_rule: name name_en basis check_note");

    /**
     * Not free text: codes and enumerations (CHECK constraints or reference keys), values derived by the portal
     * (search keys, normalised addresses), hashes and generated keys, validated e-mail addresses and ids, and the
     * Keycloak user names of the people acting.
     */
    static final Map<String, Set<String>> CONSTRAINED = columns(
            "audit_entry: actor action record_type record_id prev_hash entry_hash details_digest",
            "audit_chain_head: last_hash keyed_sealed_link keyed_from_mac",
            "department: code",
            "confidentiality_level: code label label_en summary summary_en",
            "evidence_file: media_type sha256 uploaded_by storage_key",
            "contractor: name_key kana_key corporate_number status risk_tier",
            "contractor_contact: email",
            "contractor_status_change: from_status to_status actor",
            "certification: kind",
            "selection_checklist: published_by",
            "checklist_item: code",
            "vetting: confidentiality status risk_tier created_by submitted_by decided_by",
            "vetting_answer: answer",
            "subcontracting: confidentiality approved_by registered_by",
            "clause: code chapter category",
            "clause_version: created_by",
            "clause_evidence: timing",
            "clause_rule: min_confidentiality segment",
            "contract: confidentiality status created_by concluded_by closed_by",
            "contract_clause: removal_state removal_requested_by removal_decided_by",
            "obligation: timing status",
            "annex_version: generated_by sha256 fingerprint",
            "outgoing_mail: dedupe_key recipient",
            "evidence_submission: submitter_kind submitted_by submitter_email decision reviewed_by",
            "portal_account: keycloak_user_id username email last_known_state disabled_cause state_changed_by invited_by",
            "keycloak_cleanup: keycloak_user_id username",
            "external_assurance: code max_level label label_en",
            "external_service: kind terms ismap_status data_location governing_law created_by",
            "external_service_exception: level_code granted_by approved_by revoked_by",
            "external_service_usage: level_code status requested_by decided_by reviewed_by ended_by",
            "sns_account: platform normalized_handle normalized_address responsible_user deputy_user operator status "
                    + "created_by reviewed_by identity_changed_by confirmed_by",
            "sns_guideline: created_by redacted_by",
            "sns_procedure: created_by redacted_by",
            "sns_post: category resolved_by recorded_by",
            "job_lock: name",
            "due_item: item_key kind last_threshold",
            "reminder: threshold",
            "notification: recipient mail_state",
            "notification_read: username",
            "calendar_feed: username roles token_hash",
            "incident: incident_number subject channel status reporter_kind confidentiality notify_persons publication "
                    + "contract_measure reported_by acknowledged_by closed_by created_by",
            "incident_entry: kind author author_kind",
            "incident_legal_report: rule_code stage made_by",
            "incident_report_rule: code applies_to",
            "corrective_action: origin owner_kind owner_user status completed_by verified_by created_by");

    /** Ids far above anything the portal's sequences hand out in a test run. */
    private static final long BASE = 7_000_000_000L;
    private static final String SUBMITTER_MAIL = "injection-submitter@example.jp";

    /** The incident this test writes its payloads into. */
    private long incidentId;

    /** table.column → the value written there. */
    private final Map<String, String> written = new LinkedHashMap<>();
    private final Set<String> payloadsUsed = new LinkedHashSet<>();
    private final Set<String> channels = new TreeSet<>();
    private int rotation;
    private long nextId = BASE;
    private int pagesChecked;

    @Test
    void everyCharacterColumnIsClassified() throws Exception {
        Set<String> unclassified = new TreeSet<>();
        Set<String> seen = new TreeSet<>();
        try (Connection c = PortalStack.database(PortalStack.current())) {
            DatabaseMetaData md = c.getMetaData();
            try (ResultSet rs = md.getColumns(null, null, "%", "%")) {
                while (rs.next()) {
                    String schema = rs.getString("TABLE_SCHEM");
                    String table = rs.getString("TABLE_NAME").toLowerCase(java.util.Locale.ROOT);
                    if (schema == null || !schema.equalsIgnoreCase("public") || table.equals("flyway_schema_history")) {
                        continue;
                    }
                    int type = rs.getInt("DATA_TYPE");
                    if (type != Types.CHAR && type != Types.VARCHAR && type != Types.LONGVARCHAR && type != Types.NCHAR
                            && type != Types.NVARCHAR && type != Types.CLOB && type != Types.NCLOB) {
                        continue;
                    }
                    String column = table + "." + rs.getString("COLUMN_NAME").toLowerCase(java.util.Locale.ROOT);
                    seen.add(column);
                    int classes = (has(FREE_TEXT, column) ? 1 : 0) + (has(FREE_TEXT_NOT_WRITTEN, column) ? 1 : 0)
                            + (has(CONSTRAINED, column) ? 1 : 0);
                    if (classes != 1) {
                        unclassified.add(column + (classes > 1 ? " (classified twice)" : ""));
                    }
                }
            }
        }
        assertEquals(Set.of(), unclassified, "every character column is free text (and then gets payloads in InjectionIT) "
                + "or named as constrained, with the reason");
        Set<String> stale = new TreeSet<>();
        for (Map<String, Set<String>> m : List.of(FREE_TEXT, FREE_TEXT_NOT_WRITTEN, CONSTRAINED)) {
            m.forEach((t, cs) -> cs.stream().map(col -> t + "." + col).filter(x -> !seen.contains(x)).forEach(stale::add));
        }
        assertEquals(Set.of(), stale, "classified columns that no longer exist");
        System.out.printf("[InjectionIT] %d character columns: %d free text written, %d free text composed or shared, "
                + "%d constrained%n", seen.size(), count(FREE_TEXT), count(FREE_TEXT_NOT_WRITTEN), count(CONSTRAINED));
    }

    @Test
    void payloadsComeBackOutAsTextEverywhere() throws Exception {
        long t0 = System.nanoTime();
        Seeded s;
        try (Connection c = PortalStack.database(PortalStack.current())) {
            c.setAutoCommit(false);
            s = seed(c);
            c.commit();
        }

        String portal = PortalStack.current().portalUrl();
        try (Browser browser = new Browser(portal)) {
            browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
            browser.signIn("procurement-demo");
            concludeAndCheckTheAnnex(browser, s);
            markObligationsAndSubmission(s);
            checkPage(browser, "/staff/contracts/view.xhtml?id=" + s.contractId, "contract.title", "obligation.evidence_name");
            checkPage(browser, "/staff/contractors/view.xhtml?id=" + s.contractorId, "contractor.name", "contractor.address",
                    "contractor.representative", "contractor_contact.name", "certification.issuer", "subcontracting.scope");
            checkPage(browser, "/staff/contractors/vetting.xhtml?id=" + s.vettingId, "vetting.decision_reason");
            searchesFindSqlMetacharactersLiterally(browser, s);
            checkContractorExport(browser, s);
            checkPage(browser, "/staff/services/view.xhtml?id=" + s.serviceId, "external_service.name",
                    "external_service.notes", "external_service_usage.purpose", "external_service_exception.reason");
            checkPage(browser, "/staff/services/list.xhtml");
            checkPage(browser, "/staff/services/usages.xhtml");
            checkPage(browser, "/staff/contracts/list.xhtml");
        }
        sendBackMailCarriesTheTextAsTyped(portal, s);
        try (Browser browser = new Browser(portal)) {
            browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
            browser.signIn("security-demo");
            checkPage(browser, "/staff/sns/view.xhtml?id=" + s.snsId, "sns_account.display_name", "sns_account.purpose",
                    "sns_post.content");
            checkPage(browser, "/staff/sns/guideline.xhtml?account=" + s.snsId);
            checkPage(browser, "/staff/sns/procedure.xhtml?account=" + s.snsId);
            checkPage(browser, "/staff/sns/list.xhtml");
            browser.open("/staff/sns/posts.xhtml");
            assertSafe(browser);
            checkCsv(download(browser, "searchForm", "searchForm:export"), "SNS post log CSV",
                    List.of(written.get("sns_post.content"), written.get("sns_post.resolution_note"),
                            written.get("sns_account.display_name")));
            checkSelfInspectionReport(browser);
            checkPage(browser, "/staff/incidents/view.xhtml?id=" + incidentId, "incident.title", "incident.what_happened",
                    "incident.actions_so_far", "incident.reported_by_name", "incident.notify_reason",
                    "incident.publication_reason", "incident.contract_measure_reason", "incident_entry.entry_text",
                    "incident_entry.author_name", "corrective_action.title", "corrective_action.detail",
                    "corrective_action.completion_note", "corrective_action.return_note");
            checkPage(browser, "/staff/incidents/list.xhtml", "incident.title");
        }
        try (Browser browser = new Browser(portal)) {
            browser.signIn("auditor-demo");
            checkPage(browser, "/staff/audit/log.xhtml");
            checkPage(browser, "/staff/contractors/view.xhtml?id=" + s.contractorId, "contractor.name");
        }
        try (Browser browser = new Browser(portal)) {
            checkPage(browser, "/public/sns.xhtml", "sns_account.display_name", "department.name");
        }
        checkPublicSnsApi();

        Set<String> notWritten = new TreeSet<>();
        FREE_TEXT.forEach((t, cs) -> cs.stream().map(col -> t + "." + col).filter(x -> !written.containsKey(x))
                .forEach(notWritten::add));
        assertEquals(Set.of(), notWritten, "every free-text column got a payload");
        System.out.printf("[InjectionIT] %d distinct payloads (%d XSS/template/EL, %d SQL, %d CSV formula) tried in "
                + "%d free-text columns of %d tables (%d values written, the review note typed in the form); %d pages "
                + "checked; %d output channels: %s; %.0f s%n", payloadsUsed.size(),
                payloadsUsed.stream().filter(InjectionCorpus.XSS::contains).count(),
                payloadsUsed.stream().filter(InjectionCorpus.SQL::contains).count(),
                payloadsUsed.stream().filter(InjectionCorpus.CSV::contains).count(), count(FREE_TEXT), FREE_TEXT.size(),
                written.size(), pagesChecked,
                channels.size(), channels, (System.nanoTime() - t0) / 1e9);
        assertEquals(InjectionCorpus.ALL.size(), payloadsUsed.size(), "every payload of the corpus was tried");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Seeding: this test's own records, written with SQL as an attacker with the database would.

    record Seeded(long departmentId, long contractorId, long sqlContractorId, long percentContractorId, long vettingId,
            long contractId, long serviceId, long snsId, String sqlName, String percentName, List<Long> obligations) {
    }

    private Seeded seed(Connection c) throws Exception {
        LocalDate today = PortalStack.today();
        OffsetDateTime now = PortalStack.now();

        long dept = id();
        insert(c, "department", row("id", dept, "code", "INJ" + (dept % 1000), "name",
                text("department.name", "@SUM(1+9)*cmd|' /C calc'!A0 注入課"),
                "name_en", text("department.name_en", "<script>window.__xss=1</script> Division"),
                "active", false, "version", 0L));

        long contractor = id();
        String name = text("contractor.name", "=cmd|' /C calc'!A0 <svg onload=window.__xss=1>株式会社");
        insert(c, "contractor", row("id", contractor, "name", name,
                "name_kana", text("contractor.name_kana", "+1+cmd|' /C calc'!A0 チュウニュウ"),
                "name_key", SearchKeys.name(name), "kana_key", SearchKeys.kana("チュウニュウ"),
                "corporate_number", CorporateNumber.withCheckDigit("777000000001"), "sole_proprietor", false,
                "address", text("contractor.address", "-2+3+cmd|' /C calc'!A0 <IMG SRC=x OnErRoR=window.__xss=1>高知市"),
                "representative", text("contractor.representative", "\"><img src=x onerror=\"window.__xss=1\">代表"),
                "status", "APPROVED", "status_rank", 3, "risk_tier", "LOW", "risk_rank", 1,
                "vetting_valid_until", today.plusYears(1), "registered_at", now, "version", 0L));
        insert(c, "contractor_contact", row("contractor_id", contractor, "position", 0,
                "name", text("contractor_contact.name", "\t=1+1 #{'__xss'.concat('EL')}"),
                "department", text("contractor_contact.department", "\r=1+1 ${'__xss'.concat('EL')}"),
                "email", SUBMITTER_MAIL, "phone", text("contractor_contact.phone", "' OR '1'='1")));
        insert(c, "contractor_status_change", row("id", id(), "contractor_id", contractor, "from_status", "UNDER_REVIEW",
                "to_status", "APPROVED", "reason", text("contractor_status_change.reason", next(500)), "actor", "security-demo",
                "changed_at", now));
        insert(c, "certification", row("id", id(), "contractor_id", contractor, "kind", "OTHER",
                "kind_other", text("certification.kind_other", next(100)),
                "number", text("certification.number", next(100)),
                "issuer", text("certification.issuer", "<details open ontoggle=window.__xss=1>認証機関"),
                "valid_from", today.minusYears(1), "valid_until", today.plusYears(2), "version", 0L));
        long vetting = id();
        insert(c, "vetting", row("id", vetting, "contractor_id", contractor, "checklist_id", 1L,
                "work_description", text("vetting.work_description", "<math><mtext><table><mglyph><style><img src=x "
                        + "onerror=window.__xss=1> 業務"),
                "confidentiality", "2", "personal_info", true, "my_number", false, "status", "APPROVED", "risk_tier", "LOW",
                "created_at", now, "created_by", "procurement-demo", "updated_at", now, "submitted_at", now,
                "submitted_by", "procurement-demo", "decided_at", now, "decided_by", "security-demo",
                "decision_reason", text("vetting.decision_reason", next(1000)), "valid_until", today.plusYears(1),
                "version", 0L));
        for (long item = 1; item <= 8; item++) {
            insert(c, "vetting_answer", row("id", id(), "vetting_id", vetting, "item_id", item, "answer", "YES",
                    "comment", text("vetting_answer.comment", next(1000))));
        }

        long sqlContractor = id();
        String sqlName = text("contractor.name", "' OR '1'='1\"; DROP TABLE contractor; -- 注入");
        insert(c, "contractor", contractorRow(sqlContractor, sqlName, "777000000002", now));
        long percentContractor = id();
        String percentName = text("contractor.name", "%_\\ 100% _under_ 注入");
        insert(c, "contractor", contractorRow(percentContractor, percentName, "777000000003", now));
        insert(c, "subcontracting", row("id", id(), "contractor_id", contractor, "subcontractor_id", sqlContractor,
                "scope", text("subcontracting.scope", "<input autofocus onfocus=window.__xss=1>再委託"),
                "confidentiality", "1", "my_number", false, "approved", true,
                "approval_reference", text("subcontracting.approval_reference", next(100)), "approved_by", "security-demo",
                "approved_at", now, "registered_by", "procurement-demo", "version", 0L));
        insert(c, "portal_account", row("id", id(), "contractor_id", contractor,
                "keycloak_user_id", java.util.UUID.randomUUID().toString(), "username", "injection@example.jp",
                "email", "injection@example.jp", "family_name", text("portal_account.family_name", next(100)),
                "given_name", text("portal_account.given_name", next(100)), "enabled", false, "sync_pending", false,
                "last_known_state", "DISABLED", "disabled_cause", "MANUAL",
                "state_reason", text("portal_account.state_reason", next(500)), "state_changed_by", "procurement-demo",
                "state_changed_at", now, "invited_by", "procurement-demo", "invited_at", now, "version", 0L));

        long contract = id();
        insert(c, "contract", row("id", contract,
                "contract_number", text("contract.contract_number", "INJ-' OR '1'='1 -- %_\\"),
                "title", text("contract.title", "<script>window.__xss=1</script>{{契約番号}}${'__xss'.concat('EL')}"
                        + "#{'__xss'.concat('EL')}\"><img src=x onerror=\"window.__xss=1\">委託"),
                "department_id", dept, "contractor_id", contractor, "period_start", today.plusDays(60),
                "period_end", today.plusDays(400), "confidentiality", "1", "integrity", 1, "availability", 1,
                "segment_my_number", false, "segment_lgwan", false, "segment_internet", true, "personal_info", false,
                "my_number", false, "cloud_service", false, "on_site_work", false, "subcontracting_allowed", false,
                "status", "DRAFT", "created_at", now, "created_by", "procurement-demo", "version", 0L));
        List<long[]> clauses = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT c.id, c.current_version_id FROM clause c WHERE c.active = ? "
                + "AND EXISTS (SELECT 1 FROM clause_evidence e WHERE e.clause_version_id = c.current_version_id) "
                + "ORDER BY c.sort_order")) {
            ps.setBoolean(1, true);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next() && clauses.size() < 3) {
                    clauses.add(new long[] {rs.getLong(1), rs.getLong(2)});
                }
            }
        }
        assertEquals(3, clauses.size(), "the library has clauses with evidence");
        for (long[] clause : clauses) {
            insert(c, "contract_clause", row("id", id(), "contract_id", contract, "clause_id", clause[0],
                    "clause_version_id", clause[1], "mandatory", true,
                    "mandatory_reason", text("contract_clause.mandatory_reason", next(1000)), "removal_state", "NONE",
                    "removal_reason", text("contract_clause.removal_reason", next(1000)),
                    "removal_decision_note", text("contract_clause.removal_decision_note", next(1000)), "version", 0L));
        }

        long service = id();
        insert(c, "external_service", row("id", service, "name", text("external_service.name",
                        "'><svg onload=window.__xss=1>クラウド"),
                "provider_name", text("external_service.provider_name", next(200)), "provider_contractor_id", contractor,
                "kind", "SAAS", "terms", "STANDARD_TERMS", "ismap_status", "NONE",
                "ismap_number", text("external_service.ismap_number", next(40)), "data_location", "DOMESTIC",
                "data_regions", text("external_service.data_regions", next(200)), "governing_law", "JAPANESE",
                "court", text("external_service.court", next(100)), "mfa", true, "sso", false,
                "encryption_at_rest", true, "audit_logs", true, "deletion_on_exit", true, "department_id", dept,
                "responsible_person", text("external_service.responsible_person", next(100)),
                "review_date", today.plusMonths(6),
                "notes", text("external_service.notes", "</textarea></title><script>window.__xss=1</script>備考"),
                "active", true, "created_by", "procurement-demo", "created_at", now, "version", 0L));
        insert(c, "external_service_exception", row("id", id(), "service_id", service, "level_code", "1",
                "reason", text("external_service_exception.reason", "<iframe src=\"javascript:window.__xss=1\"></iframe>例外"),
                "expires_on", today.plusMonths(1), "granted_by", "security-demo", "granted_at", now,
                "revoked_by", "lead-demo", "revoked_at", now,
                "revoke_reason", text("external_service_exception.revoke_reason", next(1000)), "version", 0L));
        insert(c, "external_service_usage", row("id", id(), "service_id", service, "department_id", dept,
                "purpose", text("external_service_usage.purpose", "<a href=\"javascript:window.__xss=1\">__xss</a>目的"),
                "level_code", "1", "status", "WITHDRAWN", "requested_by", "procurement-demo", "requested_at", now,
                "decision_comment", text("external_service_usage.decision_comment", next(1000)), "version", 0L));

        long sns = id();
        insert(c, "sns_account", row("id", sns, "platform", "OTHER",
                "platform_other", text("sns_account.platform_other", next(60)),
                "handle", text("sns_account.handle", "+1+cmd|' /C calc'!A0"), "normalized_handle", "injection" + sns,
                "address", text("sns_account.address", "javascript:window.__xss=1//"),
                "normalized_address", "injection.example/" + sns,
                "display_name", text("sns_account.display_name", "=HYPERLINK(\"http://evil.example\",\"x\")"),
                "department_id", dept, "responsible_user", "injection-owner",
                "responsible_name", text("sns_account.responsible_name", next(100)), "deputy_user", "injection-deputy",
                "deputy_name", text("sns_account.deputy_name", next(100)), "operator", "STAFF",
                "purpose", text("sns_account.purpose", "<body onload=window.__xss=1>x\u2028window.__xss=1\u2029y 目的"),
                "audience", text("sns_account.audience", next(500)), "status", "ACTIVE", "mfa", true,
                "credential_location", text("sns_account.credential_location", next(500)),
                "credential_holder", text("sns_account.credential_holder", next(200)),
                "opened_on", today.minusYears(1), "last_post_on", today.minusDays(1), "created_by", "security-demo",
                "created_at", now, "review_due", today.plusMonths(6), "identity_changed_by", "security-demo",
                "confirmed_by", "lead-demo", "confirmed_at", now, "version", 0L));
        long guideline = id();
        insert(c, "sns_guideline", row("id", guideline, "account_id", sns, "version_no", 1,
                "may_post", text("sns_guideline.may_post", String.join("\n", InjectionCorpus.XSS.subList(0, 8))),
                "must_not_post", text("sns_guideline.must_not_post", String.join("\n", InjectionCorpus.XSS.subList(8, 16))),
                "reply_policy", text("sns_guideline.reply_policy", next(1000)),
                "follow_policy", text("sns_guideline.follow_policy", next(1000)),
                "posting_hours", text("sns_guideline.posting_hours", next(200)),
                "deletion_policy", text("sns_guideline.deletion_policy", next(1000)),
                "change_note", text("sns_guideline.change_note", next(500)), "created_by", "security-demo",
                "created_at", now, "version", 0L));
        insert(c, "sns_procedure", row("id", id(), "account_id", sns, "version_no", 1,
                "operation", text("sns_procedure.operation", String.join("\n", InjectionCorpus.XSS.subList(16, 26))),
                "incident_response", text("sns_procedure.incident_response", String.join("\n", InjectionCorpus.SQL)),
                "change_note", text("sns_procedure.change_note", next(500)), "created_by", "security-demo",
                "created_at", now, "version", 0L));
        long post = id();
        insert(c, "sns_post", row("id", post, "account_id", sns, "guideline_id", guideline,
                "posted_on", today.minusDays(1),
                "content", text("sns_post.content", "-2+3+cmd|' /C calc'!A0 <scr<script>ipt>window.__xss=1</scr</script>ipt>"),
                "category", "OTHER", "flagged", true, "resolved_by", "security-demo", "resolved_at", now,
                "resolution_note", text("sns_post.resolution_note", "@SUM(1+9)*cmd|' /C calc'!A0"),
                "recorded_by", "security-demo", "recorded_at", now, "version", 0L));
        insert(c, "sns_post_check", row("post_id", post, "position", 0,
                "item", text("sns_post_check.item", "{{constructor.constructor('window.__xss=1')()}}"), "passed", false));

        int k = 0;
        for (String title : List.of("=HYPERLINK(\"http://evil.example\",\"x\") 期限", "<script>window.__xss=1</script>期限",
                "' OR '1'='1 期限", "\t=1+1 期限")) {
            insert(c, "due_item", row("id", id(), "item_key", "injection:" + k++, "kind", "CERTIFICATION",
                    "subject_id", contractor, "link_id", contractor, "due_date", today,
                    "title", text("due_item.title", title), "contractor_id", contractor, "first_seen_at", now,
                    "last_threshold", "D0", "last_seen_on", today, "resolved_at", now, "version", 0L));
        }

        incidentId = id();
        insert(c, "incident", row("id", incidentId, "incident_number", "INC-" + today.getYear() + "-9" + (incidentId % 10000),
                "subject", "CONTRACT", "contract_id", contract, "contractor_id", contractor, "department_id", dept,
                "title", text("incident.title", "<script>window.__xss=1</script>誤送信${'__xss'.concat('EL')}"),
                "what_happened", text("incident.what_happened", next(4000)),
                "found_at", now, "known_on", today, "personal_info", true, "sensitive_info", true, "my_number", false,
                "property_damage", false, "unauthorised_purpose", false, "affected_count", 101,
                "actions_so_far", text("incident.actions_so_far", "=HYPERLINK(\"http://evil.example\",\"x\")"),
                "channel", "PHONE", "status", "HANDLING", "reported_at", now, "reported_by", "procurement-demo",
                "reported_by_name", text("incident.reported_by_name", "#{'__xss'.concat('EL')}調達"),
                "reporter_kind", "STAFF", "acknowledged_at", now, "acknowledged_by", "security-demo",
                "notify_persons", "YES", "notify_reason", text("incident.notify_reason", next(1000)),
                "publication", "NO", "publication_reason", text("incident.publication_reason", next(1000)),
                "contract_measure", "CORRECTION_REQUEST",
                "contract_measure_reason", text("incident.contract_measure_reason", next(1000)),
                "created_at", now, "created_by", "procurement-demo", "version", 0L));
        insert(c, "incident_entry", row("id", id(), "incident_id", incidentId, "kind", "FOLLOW_UP",
                "entry_text", text("incident_entry.entry_text", "' OR '1'='1 続報 <img src=x onerror=\"window.__xss=1\">"),
                "author", "procurement-demo", "author_name", text("incident_entry.author_name", "{{7*7}}調達 花子"),
                "author_kind", "STAFF", "written_at", now, "version", 0L));
        insert(c, "incident_legal_report", row("id", id(), "incident_id", incidentId, "rule_code", "APPI_PUBLIC",
                "stage", "PRELIMINARY", "made_on", today, "made_by", "security-demo",
                "note", text("incident_legal_report.note", next(1000)), "recorded_at", now, "version", 0L));
        insert(c, "corrective_action", row("id", id(), "origin", "INCIDENT", "origin_id", incidentId,
                "title", text("corrective_action.title", "<svg onload=window.__xss=1>措置"),
                "detail", text("corrective_action.detail", next(2000)), "owner_kind", "CONTRACTOR",
                "contractor_id", contractor, "due_date", today.plusDays(7), "status", "OPEN",
                "completion_note", text("corrective_action.completion_note", next(2000)),
                "return_note", text("corrective_action.return_note", next(1000)),
                "created_at", now, "created_by", "security-demo", "version", 0L));

        return new Seeded(dept, contractor, sqlContractor, percentContractor, vetting, contract, service, sns, sqlName,
                percentName, new ArrayList<>());
    }

    private Map<String, Object> contractorRow(long id, String name, String number, OffsetDateTime now) {
        return row("id", id, "name", name, "name_kana", "チュウニュウ", "name_key", SearchKeys.name(name),
                "kana_key", SearchKeys.kana("チュウニュウ"), "corporate_number", CorporateNumber.withCheckDigit(number),
                "sole_proprietor", false, "address", "高知市", "representative", "代表", "status", "CANDIDATE",
                "status_rank", 1, "risk_rank", 0, "registered_at", now, "version", 0L);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // The channels.

    private void concludeAndCheckTheAnnex(Browser browser, Seeded s) throws Exception {
        browser.open("/staff/contracts/view.xhtml?id=" + s.contractId);
        assertSafe(browser);
        browser.click(By.id("lifecycleForm:conclude"));
        browser.click(By.cssSelector(".ui-confirmdialog-yes"));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .until(d -> "締結".equals(d.findElement(By.id("status")).getText().strip()));
        browser.waitForAjax();
        assertSafe(browser);
        String href = browser.element(By.id("annexForm:downloadAnnex")).getAttribute("href");
        HttpResponse<byte[]> pdf = browser.fetch(href);
        assertEquals(200, pdf.statusCode());
        checkPdf(pdf.body(), "annex PDF", List.of(written.get("contract.title"), written.get("contractor.name"),
                written.get("contract.contract_number")));
    }

    private void markObligationsAndSubmission(Seeded s) throws Exception {
        OffsetDateTime now = PortalStack.now();
        try (Connection c = PortalStack.database(PortalStack.current())) {
            c.setAutoCommit(false);
            List<Long> obligations = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM obligation WHERE contract_id = ? ORDER BY due_date, id")) {
                ps.setLong(1, s.contractId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        obligations.add(rs.getLong(1));
                    }
                }
            }
            assertFalse(obligations.isEmpty(), "concluding made the obligation schedule");
            for (int i = 0; i < obligations.size(); i++) {
                String name = i == 0 ? "<svg><script>window.__xss=1</script></svg>提出物" : next(90) + " #" + i;
                try (PreparedStatement ps = c.prepareStatement("UPDATE obligation SET evidence_name = ?, status = ? WHERE id = ?")) {
                    ps.setString(1, text("obligation.evidence_name", name));
                    ps.setString(2, i == 0 ? "SUBMITTED" : "OPEN");
                    ps.setLong(3, obligations.get(i));
                    ps.executeUpdate();
                }
            }
            long submission = id();
            insert(c, "evidence_submission", row("id", submission, "obligation_id", obligations.get(0), "version_no", 1,
                    "submitter_kind", "CONTRACTOR", "submitted_by", "injection-submitter",
                    "submitted_by_name", text("evidence_submission.submitted_by_name", "';window.__xss=1;//提出者"),
                    "submitter_email", SUBMITTER_MAIL, "submitted_at", now,
                    "submission_comment", text("evidence_submission.submission_comment",
                            "<a href=\"javascript:window.__xss=1\">__xss</a> \"onmouseover=\"window.__xss=1\" x=\""),
                    "version", 0L));
            long file = id();
            insert(c, "evidence_file", row("id", file, "file_name", text("evidence_file.file_name",
                            "\"><svg onload=window.__xss=1>.pdf"), "media_type", "application/pdf",
                    "size_bytes", (long) EvidenceUploadIT.PDF.length, "sha256", sha256(EvidenceUploadIT.PDF),
                    "uploaded_at", now,
                    "uploaded_by", "injection-submitter", "version", 0L));
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO evidence_content (evidence_id, content) VALUES (?, ?)")) {
                ps.setLong(1, file);
                ps.setBytes(2, EvidenceUploadIT.PDF);
                ps.executeUpdate();
            }
            insert(c, "evidence_submission_file", row("submission_id", submission, "position", 0, "evidence_file_id", file));
            c.commit();
            s.obligations().clear();
            s.obligations().addAll(obligations);
        }
    }

    private void sendBackMailCarriesTheTextAsTyped(String portal, Seeded s) throws Exception {
        GreenMail mail = new GreenMail(new ServerSetup(Integer.getInteger("it.mail.port", 18025), "localhost",
                ServerSetup.PROTOCOL_SMTP));
        mail.start();
        try (Browser browser = new Browser(portal)) {
            browser.signIn("security-demo");
            checkPage(browser, "/staff/contracts/obligation.xhtml?id=" + s.obligations().get(0), "obligation.evidence_name",
                    "evidence_submission.submission_comment", "evidence_file.file_name");
            String note = "<img src=x onerror=window.__xss=1> #{'__xss'.concat('EL')} ' OR '1'='1 \"; DROP TABLE contractor; --";
            written.put("evidence_submission.review_note", note);
            var field = browser.element(By.id("reviewForm:reviewNote"));
            field.clear();
            field.sendKeys(note);
            browser.click(By.id("reviewForm:sendBack"));
            assertSafe(browser);
            assertTrue(browser.text("submissions").contains(note), browser.text("submissions"));

            MimeMessage m = awaitMail(mail, SUBMITTER_MAIL, Duration.ofSeconds(60));
            channels.add("mail (send-back notice)");
            assertTrue(m.getContentType().toLowerCase(java.util.Locale.ROOT).startsWith("text/plain"),
                    "a text mail, no HTML part: " + m.getContentType());
            assertTrue(m.getSubject().contains(written.get("contract.contract_number")), m.getSubject());
            assertTrue(m.getSubject().contains(written.get("obligation.evidence_name")), m.getSubject());
            assertEquals(1, m.getHeader("Subject").length, "one subject header");
            String body = ((String) m.getContent()).replace("\r\n", "\n");
            for (String v : List.of(written.get("contractor.name"), written.get("contract.title"),
                    written.get("obligation.evidence_name"), note)) {
                assertTrue(body.contains(v), "the mail carries " + v + " as typed:\n" + body);
            }
            assertFalse(body.contains("__xssEL"), "no expression was evaluated");
        } finally {
            mail.stop();
        }
    }

    private void searchesFindSqlMetacharactersLiterally(Browser browser, Seeded s) {
        Map<String, String> searches = new LinkedHashMap<>();
        searches.put("' OR '1'='1", s.sqlName);
        searches.put(s.sqlName, s.sqlName);
        searches.put("%_\\", s.percentName);
        searches.put("%", s.percentName);
        for (Map.Entry<String, String> e : searches.entrySet()) {
            browser.open("/staff/contractors/list.xhtml?q=" + URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8));
            assertSafe(browser);
            assertFalse(browser.heading().contains("エラー"), "no error page for " + e.getKey());
            @SuppressWarnings("unchecked")
            List<String> rows = (List<String>) js(browser, "return Array.from(document.querySelectorAll("
                    + "\"[id='contractorsForm:contractors_data'] > tr:not(.ui-datatable-empty-message)\")).map(r => r.innerText);");
            assertEquals(1, rows.size(), "exactly the record for " + e.getKey() + ": " + rows);
            assertTrue(rows.get(0).contains(e.getValue()), rows.get(0));
        }
        channels.add("page: contractor search");
    }

    private void checkContractorExport(Browser browser, Seeded s) throws Exception {
        browser.open("/staff/contractors/list.xhtml?q=" + URLEncoder.encode("=cmd", StandardCharsets.UTF_8));
        assertSafe(browser);
        checkCsv(download(browser, "contractorsForm", "contractorsForm:export"), "contractor export CSV",
                List.of(written.get("contractor.name"), written.get("contractor.name_kana"),
                        written.get("contractor.address"), written.get("contractor.representative")));
    }

    private void checkSelfInspectionReport(Browser browser) throws Exception {
        browser.open("/staff/dashboard.xhtml");
        assertSafe(browser);
        List<String> titles = new ArrayList<>();
        written.forEach((k, v) -> {
            if (k.startsWith("due_item.title")) {
                titles.add(v);
            }
        });
        checkCsv(download(browser, "reportForm", "reportForm:reportCsv"), "self-inspection CSV", titles);
        checkPdf(download(browser, "reportForm", "reportForm:reportPdf").body, "self-inspection PDF",
                titles.stream().filter(t -> !t.startsWith("\t")).toList());
    }

    private void checkPublicSnsApi() throws Exception {
        String base = PortalStack.current().portalUrl() + "/api/public/sns";
        HttpResponse<String> json = publicGet(base + "/accounts.json");
        assertEquals(200, json.statusCode());
        assertTrue(json.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
                json.headers().toString());
        assertEquals("nosniff", json.headers().firstValue("X-Content-Type-Options").orElse(""));
        JsonObject mine = null;
        for (JsonValue v : Json.createReader(new StringReader(json.body())).readObject().getJsonArray("accounts")) {
            JsonObject a = v.asJsonObject();
            if (written.get("sns_account.display_name").equals(a.getString("displayName", null))) {
                mine = a;
            }
        }
        assertNotNull(mine, "the account is listed with its name exactly as written: " + json.body());
        assertEquals(written.get("sns_account.handle"), mine.getString("handle"));
        assertEquals(written.get("department.name"), mine.getString("department"));
        channels.add("JSON: public SNS accounts");

        HttpResponse<String> csv = publicGet(base + "/accounts.csv");
        assertEquals(200, csv.statusCode());
        assertEquals("nosniff", csv.headers().firstValue("X-Content-Type-Options").orElse(""));
        checkCsv(new Download("text/csv", csv.body().getBytes(StandardCharsets.UTF_8)), "public SNS CSV",
                List.of(written.get("sns_account.display_name"), written.get("sns_account.handle"),
                        written.get("department.name")));

        HttpResponse<String> verify = publicGet(base + "/verify?address="
                + URLEncoder.encode(written.get("sns_account.handle"), StandardCharsets.UTF_8));
        assertTrue(verify.statusCode() == 200 || verify.statusCode() == 400, verify.body());
        assertTrue(verify.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        Json.createReader(new StringReader(verify.body())).readObject();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Checks.

    private void checkPage(Browser browser, String path, String... shown) {
        browser.open(path);
        assertSafe(browser);
        String text = collapse((String) js(browser, "return document.body.innerText;"));
        assertFalse(text.contains("__xssEL"), "an expression was evaluated on " + path);
        for (String key : shown) {
            String value = written.get(key);
            assertNotNull(value, key);
            assertTrue(text.contains(collapse(value)), key + " shown as written on " + path + ": " + value + "\n" + text);
        }
        pagesChecked++;
        channels.add("page: " + path.replaceAll("\\?.*", ""));
    }

    /** Nothing ran and nothing was built from a payload. */
    private void assertSafe(Browser browser) {
        Object marker = js(browser, "return window.__xss === undefined ? null : String(window.__xss);");
        assertNull(marker, "a payload ran on " + browser.currentUrl());
        @SuppressWarnings("unchecked")
        List<String> built = (List<String>) js(browser, """
                const out = [];
                for (const e of document.querySelectorAll('*')) {
                  for (const a of e.attributes) {
                    const n = a.name.toLowerCase(), v = a.value;
                    if (n.startsWith('on') && v.includes('__xss')) out.push(e.outerHTML.slice(0, 200));
                    if (['href', 'src', 'action', 'formaction', 'data', 'xlink:href'].includes(n)
                        && /^\\s*javascript:/i.test(v)) out.push(e.outerHTML.slice(0, 200));
                  }
                  if (['SCRIPT', 'STYLE'].includes(e.tagName) && e.textContent.includes('__xss')) out.push(e.outerHTML.slice(0, 200));
                  if (['IMG', 'SVG', 'IFRAME', 'MATH', 'B'].includes(e.tagName.toUpperCase())
                      && (e.outerHTML.includes('__xss') || e.getAttribute('src') === 'x')) out.push(e.outerHTML.slice(0, 200));
                  // A page's own <details> may hold payloads as text; an injected one carries them in its tag.
                  if (e.tagName.toUpperCase() === 'DETAILS' && e.cloneNode(false).outerHTML.includes('__xss'))
                    out.push(e.outerHTML.slice(0, 200));
                }
                return out;""");
        assertEquals(List.of(), built, "markup from a payload became part of " + browser.currentUrl());
    }

    record Download(String contentType, byte[] body) {
    }

    /** Submits a non-ajax download button of a form with the browser's session and returns the answer. */
    private static Download download(Browser browser, String form, String button) {
        String result = (String) ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const f = document.getElementById(arguments[0]);
                const d = new URLSearchParams(new FormData(f));
                d.append(arguments[1], '');
                fetch(f.action, {method: 'POST', body: d, credentials: 'same-origin'}).then(r => r.arrayBuffer()
                    .then(b => {
                      const u = new Uint8Array(b); let s = '';
                      for (let i = 0; i < u.length; i += 8192) s += String.fromCharCode.apply(null, u.subarray(i, i + 8192));
                      done(r.status + '\\n' + (r.headers.get('Content-Type') || '') + '\\n' + btoa(s));
                    })).catch(e => done('0\\n\\n' + e));""", form, button);
        String[] parts = result.split("\n", 3);
        assertEquals("200", parts[0], "download " + button + ": " + result.substring(0, Math.min(300, result.length())));
        return new Download(parts[1], Base64.getDecoder().decode(parts[2]));
    }

    private void checkCsv(Download d, String channel, List<String> expected) throws Exception {
        String text = new String(d.body(), StandardCharsets.UTF_8);
        assertFalse(text.startsWith("<"), channel + " is a CSV file, not a page: " + text.substring(0, Math.min(200, text.length())));
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<String> cells = new ArrayList<>();
        for (CSVRecord r : CSVFormat.RFC4180.parse(new StringReader(text))) {
            r.forEach(cells::add);
        }
        List<String> formulas = cells.stream().filter(InjectionCorpus::formulaStart).toList();
        assertEquals(List.of(), formulas, channel + ": cells a spreadsheet would evaluate");
        for (String v : expected) {
            String want = InjectionCorpus.formulaStart(v) ? "'" + v : v;
            assertTrue(cells.stream().anyMatch(cell -> cell.equals(want) || cell.contains(v)),
                    channel + " holds " + v.replace("\t", "\\t").replace("\r", "\\r") + " (neutralised, otherwise complete): " + cells);
        }
        channels.add("CSV: " + channel);
    }

    private void checkPdf(byte[] pdf, String channel, List<String> expected) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertNull(doc.getDocumentCatalog().getNames() == null ? null
                    : doc.getDocumentCatalog().getNames().getJavaScript(), channel + " has no JavaScript");
            assertNull(doc.getDocumentCatalog().getOpenAction(), channel + " runs nothing when opened");
            for (PDPage page : doc.getPages()) {
                for (PDAnnotation a : page.getAnnotations()) {
                    assertFalse(a.getCOSObject().toString().toLowerCase(java.util.Locale.ROOT).contains("javascript"),
                            channel + ": an annotation with a script");
                }
            }
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s", "");
            assertFalse(text.contains("__xssEL"), channel + ": an expression was evaluated");
            for (String v : expected) {
                assertTrue(text.contains(v.replaceAll("\\s", "")), channel + " prints " + v + " literally:\n" + text);
            }
        }
        channels.add("PDF: " + channel);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Helpers.

    private String text(String column, String value) {
        String key = column;
        for (int i = 2; written.containsKey(key); i++) {
            key = column + "#" + i;
        }
        written.put(key, value);
        for (String p : InjectionCorpus.ALL) {
            if (value.contains(p)) {
                payloadsUsed.add(p);
            }
        }
        return value;
    }

    /** The next payloads of the corpus, in turn, as many as fit {@code max} characters. */
    private String next(int max) {
        StringBuilder b = new StringBuilder();
        for (int tries = 0; tries < InjectionCorpus.ALL.size(); tries++) {
            String p = InjectionCorpus.ALL.get(rotation % InjectionCorpus.ALL.size());
            if (b.length() + p.length() + 1 > max) {
                break;
            }
            rotation++;
            b.append(b.isEmpty() ? "" : " ").append(p);
            if (max <= 200) {
                break;
            }
        }
        return b.toString();
    }

    private long id() {
        return nextId++;
    }

    private static Map<String, Object> row(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    /** The stored file's real hash: FaultIT checks every evidence file against it. */
    private static String sha256(byte[] bytes) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private static void insert(Connection c, String table, Map<String, Object> values) throws Exception {
        String sql = "INSERT INTO " + table + " (" + String.join(", ", values.keySet()) + ") VALUES ("
                + values.keySet().stream().map(k -> "?").collect(Collectors.joining(", ")) + ")";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            for (Object v : values.values()) {
                ps.setObject(i++, v);
            }
            ps.executeUpdate();
        }
    }

    private static Object js(Browser browser, String script) {
        return ((JavascriptExecutor) browser.driver()).executeScript(script);
    }

    private static String collapse(String s) {
        return s.replaceAll("[\\s\u2028\u2029]+", " ").strip();
    }

    private static HttpResponse<String> publicGet(String url) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (int attempt = 0; ; attempt++) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (r.statusCode() != 429 || attempt == 3) {
                return r;
            }
            // SnsVerificationIT may have spent this client's budget: wait as the API says.
            Thread.sleep(1000L * Long.parseLong(r.headers().firstValue("Retry-After").orElse("20")) + 500);
        }
    }

    private static MimeMessage awaitMail(GreenMail mail, String to, Duration within) throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            for (MimeMessage m : mail.getReceivedMessages()) {
                if (java.util.Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equals(to))) {
                    return m;
                }
            }
            Thread.sleep(300);
        }
        throw new AssertionError("no mail to " + to + " within " + within);
    }

    private static Map<String, Set<String>> columns(String... lines) {
        Map<String, Set<String>> m = new LinkedHashMap<>();
        for (String line : lines) {
            String[] parts = line.split(":", 2);
            m.put(parts[0].strip(), new LinkedHashSet<>(List.of(parts[1].strip().split("\\s+"))));
        }
        return m;
    }

    private static boolean has(Map<String, Set<String>> m, String column) {
        int dot = column.indexOf('.');
        return m.getOrDefault(column.substring(0, dot), Set.of()).contains(column.substring(dot + 1));
    }

    private static int count(Map<String, Set<String>> m) {
        return m.values().stream().mapToInt(Set::size).sum();
    }
}
