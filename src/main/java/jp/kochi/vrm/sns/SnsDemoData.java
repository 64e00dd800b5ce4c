package jp.kochi.vrm.sns;

import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jp.kochi.vrm.department.Department;
import jp.kochi.vrm.platform.PortalStarted;

/**
 * Demo official accounts, loaded once: 高知市広報 on X (run by {@code sns-demo}, recent posts, one flagged and not yet
 * resolved); 高知市観光 on Instagram (run by {@code sns-demo}, dormant: last post 120 days ago); 高知市防災 on YouTube
 * (run by another owner, so {@code sns-demo} does not see it); and a closed LINE account.
 */
@Stateless
@PermitAll
public class SnsDemoData {

    static final String OWNER = "sns-demo";
    static final String OFFICER = "security-demo";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    public void load(@Observes @Priority(Interceptor.Priority.APPLICATION + 760) PortalStarted started) {
        if (!started.demoData()) {
            return;
        }
        if (em.createQuery("SELECT COUNT(a) FROM SnsAccount a", Long.class).getSingleResult() > 0) {
            return;
        }
        Map<String, Department> dept = em.createQuery("SELECT d FROM Department d", Department.class).getResultStream()
                .collect(Collectors.toMap(Department::getCode, d -> d));
        if (!dept.containsKey("130") || !dept.containsKey("510") || !dept.containsKey("110")) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        LocalDate today = now.toLocalDate();

        SnsAccount koho = account(new SnsAccount.Facts(Platform.X, null, "@kochi_city_koho", "https://x.com/kochi_city_koho",
                "高知市広報", dept.get("130"), OWNER, "広報広聴課長 高橋 美咲", "sns-deputy", "広報広聴課 主査 岡田 翔",
                Operator.STAFF, null, "市政情報・イベント・防災情報の発信", "市民、市外の高知市に関心のある方",
                AccountStatus.ACTIVE, true, "広報広聴課の金庫（認証アプリは課の公用スマートフォン）", "広報広聴課長",
                today.minusMonths(2), today.minusYears(3)), today, now);
        // Reviewed half a year ago: its next yearly review is months away. The others have never been reviewed.
        koho.reviewed(today.minusMonths(6), OWNER);
        Guideline kohoGuideline = guideline(koho, now);
        procedure(koho, now);
        post(koho, kohoGuideline, today.minusDays(20), "市民まつりの開催のお知らせ（https://x.com/kochi_city_koho/status/1）",
                PostCategory.EVENT, List.of(), today, now);
        post(koho, kohoGuideline, today.minusDays(9), "台風接近に伴う避難所開設のお知らせ", PostCategory.DISASTER, List.of(), today, now);
        post(koho, kohoGuideline, today.minusDays(2), "窓口の混雑状況（職員の氏名入りの写真を添付）", PostCategory.NOTICE,
                List.of(2), today, now);

        SnsAccount kanko = account(new SnsAccount.Facts(Platform.INSTAGRAM, null, "@kochi_kanko",
                "https://www.instagram.com/kochi_kanko/", "高知市観光", dept.get("510"), OWNER, "観光振興課長 山下 健", null, null,
                Operator.STAFF, null, "観光地と季節の行事の紹介", "観光客、市外の方", AccountStatus.ACTIVE, false,
                "観光振興課の鍵付き書庫", "観光振興課長", null, today.minusYears(2)), today, now);
        Guideline kankoGuideline = guideline(kanko, now);
        procedure(kanko, now);
        post(kanko, kankoGuideline, today.minusDays(120), "桂浜の夕景の写真", PostCategory.TOURISM, List.of(), today, now);

        SnsAccount bosai = account(new SnsAccount.Facts(Platform.YOUTUBE, null, "@kochi_bosai", "https://www.youtube.com/@kochi_bosai",
                "高知市防災チャンネル", dept.get("110"), "sns-bosai", "総務課長 坂本 龍", null, null, Operator.STAFF, null,
                "防災啓発動画の公開", "市民", AccountStatus.ACTIVE, true, "総務課の金庫", "総務課長", today.minusMonths(6),
                today.minusYears(1)), today, now);
        Guideline bosaiGuideline = guideline(bosai, now);
        procedure(bosai, now);
        post(bosai, bosaiGuideline, today.minusDays(30), "南海トラフ地震への備え（動画）", PostCategory.DISASTER, List.of(), today, now);

        SnsAccount line = account(new SnsAccount.Facts(Platform.LINE, null, "@kochicity_old", "https://page.line.me/kochicity_old",
                "高知市（旧アカウント）", dept.get("130"), OWNER, "広報広聴課長 高橋 美咲", null, null, Operator.STAFF, null,
                "2024年3月まで使用した旧アカウント", "市民", AccountStatus.CLOSED, true, "廃止済み（認証情報は破棄）", "広報広聴課長",
                null, today.minusYears(5)), today, now);
        guideline(line, now);
        procedure(line, now);
        em.flush();
    }

    /** A demo account the owner registered and a security officer confirmed, so it is public. */
    private SnsAccount account(SnsAccount.Facts facts, LocalDate today, OffsetDateTime now) {
        SnsAccount a = new SnsAccount(facts, today, OWNER, now);
        a.confirm(OFFICER, now);
        em.persist(a);
        return a;
    }

    private Guideline guideline(SnsAccount a, OffsetDateTime now) {
        Guideline g = new Guideline(a, 1, new Guideline.Text(
                "市政・行事・イベントのお知らせ\n防災・災害時の情報\n観光・季節の話題",
                "自治体機密性2以上の情報\n個人情報（本人の同意のない氏名・顔写真を含む）\n特定の政党・宗教・営利企業の宣伝\n未発表の政策・入札情報",
                "個別の返信は原則行わず、問い合わせは担当課の窓口を案内する。", "国・県・市の公的機関のアカウントのみフォローする。",
                "平日 8:30〜17:15（災害時は随時）", "誤りは訂正の投稿で知らせ、削除した場合はその旨と理由を投稿する。", "初版"),
                OWNER, now);
        em.persist(g);
        return g;
    }

    private void procedure(SnsAccount a, OffsetDateTime now) {
        em.persist(new Procedure(a, 1, new Procedure.Text(
                "投稿案は担当者が作成し、責任者または副責任者の確認を経て投稿する。投稿後は投稿記録に登録する。",
                "1. 不審な投稿・ログインに気付いたら直ちにパスワードを変更し、他の端末からログアウトさせる。\n"
                        + "2. 情報セキュリティ責任者と広報広聴課に報告する。\n3. 市ホームページで乗っ取り・なりすましを周知する。\n"
                        + "4. 運営会社へ通報し、アカウントの回復を申請する。",
                "初版"), OWNER, now));
    }

    /** A post passing every check except those at {@code failed} (positions in the guideline's check items). */
    private void post(SnsAccount a, Guideline g, LocalDate on, String content, PostCategory category, List<Integer> failed,
            LocalDate today, OffsetDateTime now) {
        List<Boolean> answers = new ArrayList<>(Collections.nCopies(g.checkItems().size(), Boolean.TRUE));
        failed.forEach(i -> answers.set(i, Boolean.FALSE));
        SnsPost p = new SnsPost(a, g, on, content, category, answers, today, a.getResponsibleUser(), now);
        a.posted(on);
        em.persist(p);
    }
}
