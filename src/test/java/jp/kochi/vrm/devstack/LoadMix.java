package jp.kochi.vrm.devstack;

import java.util.List;
import java.util.Set;

/**
 * What the load benchmark's virtual users ask for: the portal's main pages, one ajax action and a static resource,
 * each with the text that proves the right page came back, and which role goes through which of them.
 */
final class LoadMix {

    static final String FORM = "contractorsForm";
    static final String TABLE = FORM + ":contractors";
    /** The kana prefix of the filtered contractor list (土佐…: トサ). */
    static final String KANA_PREFIX = "トサ";

    private LoadMix() {
    }

    /** One kind of request. {@code marker}: text the right answer contains (an error page does not). */
    enum Page {
        STATIC("static resource (portal.css, the floor)", "/jakarta.faces.resource/css/portal.css.xhtml", "{"),
        STAFF_HOME("staff home", "/staff/home.xhtml", "<title>ホーム |"),
        DASHBOARD("dashboard", "/staff/dashboard.xhtml", "<title>ダッシュボード |"),
        CONTRACTOR_LIST("contractor list", "/staff/contractors/list.xhtml", "id=\"" + TABLE + "\""),
        CONTRACTOR_LIST_AJAX("contractor list: ajax page 2 (POST)", "/staff/contractors/list.xhtml",
                "<update id=\"" + TABLE + "\""),
        CONTRACTOR_SEARCH("contractor list: q=" + KANA_PREFIX + "&status=APPROVED",
                "/staff/contractors/list.xhtml?q=%E3%83%88%E3%82%B5&status=APPROVED", "id=\"" + TABLE + "\""),
        CONTRACTOR_VIEW("contractor view", "/staff/contractors/view.xhtml?id=", "id=\"contractorView\""),
        CONTRACT_LIST("contract list", "/staff/contracts/list.xhtml", "<title>契約一覧 |"),
        CONTRACT_VIEW("contract view", "/staff/contracts/view.xhtml?id=", "id=\"clausesForm\""),
        OBLIGATION("obligation", "/staff/contracts/obligation.xhtml?id=", "<dt>契約</dt>"),
        SERVICES("external services list", "/staff/services/list.xhtml", "<title>外部サービス |"),
        SNS("SNS accounts list", "/staff/sns/list.xhtml", "<title>公式SNSアカウント |"),
        NOTIFICATIONS("notifications", "/me/notifications.xhtml", "<title>お知らせ |"),
        PORTAL_HOME("contractor portal home", "/portal/home.xhtml", "<title>委託事業者ポータル |");

        final String label;
        final String path;
        final String marker;

        Page(String label, String path, String marker) {
            this.label = label;
            this.path = path;
            this.marker = marker;
        }

        boolean isPage() {
            return this != STATIC;
        }
    }

    /** The virtual users' roles, how many of each, and the round each one goes through (no think time). */
    enum Role {
        PROCUREMENT("procurement", 12, Set.of("procurement"), List.of(Page.STATIC, Page.STAFF_HOME, Page.DASHBOARD,
                Page.CONTRACTOR_LIST, Page.CONTRACTOR_LIST_AJAX, Page.CONTRACTOR_SEARCH, Page.CONTRACTOR_VIEW,
                Page.STATIC, Page.CONTRACT_LIST, Page.CONTRACT_VIEW, Page.OBLIGATION, Page.SERVICES, Page.NOTIFICATIONS)),
        SECURITY("security-officer", 3, Set.of("security-officer"), List.of(Page.STATIC, Page.STAFF_HOME,
                Page.DASHBOARD, Page.CONTRACTOR_LIST, Page.CONTRACTOR_LIST_AJAX, Page.CONTRACTOR_SEARCH,
                Page.CONTRACTOR_VIEW, Page.STATIC, Page.CONTRACT_LIST, Page.CONTRACT_VIEW, Page.OBLIGATION,
                Page.SERVICES, Page.SNS, Page.NOTIFICATIONS)),
        AUDITOR("auditor", 2, Set.of("auditor"), List.of(Page.STATIC, Page.STAFF_HOME, Page.DASHBOARD,
                Page.CONTRACTOR_LIST, Page.CONTRACTOR_VIEW, Page.STATIC, Page.CONTRACT_LIST, Page.CONTRACT_VIEW,
                Page.OBLIGATION, Page.SNS, Page.NOTIFICATIONS)),
        CONTRACTOR("contractor", 3, Set.of("contractor"), List.of(Page.STATIC, Page.PORTAL_HOME, Page.NOTIFICATIONS));

        final String name;
        final int users;
        final Set<String> realmRoles;
        final List<Page> round;

        Role(String name, int users, Set<String> realmRoles, List<Page> round) {
            this.name = name;
            this.users = users;
            this.realmRoles = realmRoles;
            this.round = round;
        }
    }
}
