package jp.kochi.vrm.demo;

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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jp.kochi.vrm.classification.ConfidentialityLevel;
import jp.kochi.vrm.contractor.Certification;
import jp.kochi.vrm.contractor.CertificationKind;
import jp.kochi.vrm.contractor.ContactPerson;
import jp.kochi.vrm.contractor.Contractor;
import jp.kochi.vrm.contractor.CorporateNumber;
import jp.kochi.vrm.contractor.Subcontracting;
import jp.kochi.vrm.department.Department;
import jp.kochi.vrm.platform.PortalStarted;
import jp.kochi.vrm.vetting.Answer;
import jp.kochi.vrm.vetting.SelectionChecklist;
import jp.kochi.vrm.vetting.Vetting;
import jp.kochi.vrm.vetting.VettingAnswer;

/**
 * Demo contractors (fictional companies; corporate numbers with valid check digits but not real), loaded
 * once into an empty register after the demo departments. They show every status, an expired and an
 * expiring certification, an approved and a pending vetting, and a subcontracting chain. The first one is
 * the company of the {@code contractor-demo} account (contractorId 1).
 */
@Stateless
@PermitAll
public class ContractorDemoData {

    private static final String PROCUREMENT = "procurement-demo";
    private static final String OFFICER = "security-demo";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    public void load(@Observes @Priority(Interceptor.Priority.APPLICATION + 600) PortalStarted started) {
        if (!started.demoData()) {
            return;
        }
        if (em.createQuery("SELECT COUNT(c) FROM Contractor c", Long.class).getSingleResult() > 0) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        LocalDate today = now.toLocalDate();
        Map<String, Department> dept = em.createQuery("SELECT d FROM Department d", Department.class).getResultStream()
                .collect(Collectors.toMap(Department::getCode, d -> d));
        Map<String, ConfidentialityLevel> level = em.createQuery("SELECT l FROM ConfidentialityLevel l",
                ConfidentialityLevel.class).getResultStream().collect(Collectors.toMap(ConfidentialityLevel::getCode, l -> l));
        SelectionChecklist checklist = em.createQuery("SELECT c FROM SelectionChecklist c ORDER BY c.versionNo DESC",
                SelectionChecklist.class).setMaxResults(1).getSingleResult();

        Contractor kochiData = contractor("株式会社高知データサービス", "コウチデータサービス", "380000100001",
                "高知県高知市本町5丁目1-45", "代表取締役 坂本 一郎", now, dept, "120", "320");
        kochiData.getContacts().add(new ContactPerson("山本 花子", "公共営業部", "hanako.yamamoto@example.jp", "088-823-0001"));
        Contractor tosaSystems = contractor("土佐システム開発株式会社", "トサシステムカイハツ", "490000200002",
                "高知県高知市帯屋町1丁目2-3", "代表取締役 岩崎 健", now, dept, "310", "320");
        tosaSystems.getContacts().add(new ContactPerson("中岡 誠", "自治体ソリューション部", "m.nakaoka@example.jp", "088-824-0002"));
        Contractor harimaya = contractor("有限会社はりまや印刷", "ハリマヤインサツ", "490000300003",
                "高知県高知市はりまや町2丁目4-8", "取締役 吉田 洋子", now, dept, "130");
        Contractor shimanto = contractor("四万十クラウド合同会社", "シマントクラウド", "490000400004",
                "高知県四万十市中村大橋通4-10", "代表社員 西村 亮", now, dept, "120");
        Contractor yamada = new Contractor("山田デザイン事務所（山田 太郎）", "ヤマダデザインジムショ", null, true,
                "高知県高知市桟橋通3丁目", "山田 太郎", now);
        yamada.replaceDepartments(Set.of(dept.get("510")));
        Contractor kuroshio = contractor("株式会社くろしおネットワークス", "クロシオネットワークス", "490000600006",
                "高知県高知市大津乙1234", "代表取締役 浜田 修", now, dept, "120");
        Contractor katsurahama = contractor("桂浜コンサルティング株式会社", "カツラハマコンサルティング", "490000700007",
                "高知県高知市浦戸6", "代表取締役 龍田 翔", now, dept, "410");
        Contractor yosakoi = contractor("株式会社よさこい情報センター", "ヨサコイジョウホウセンター", "490000800008",
                "高知県高知市追手筋2丁目", "代表取締役 祭 太一", now, dept, "510");
        Contractor kagami = contractor("香美ソフトウェア株式会社", "カミソフトウェア", "490000900009",
                "高知県香美市土佐山田町", "代表取締役 香美 直人", now, dept, "210");
        Contractor nankoku = contractor("南国ビジネスサポート株式会社", "ナンコクビジネスサポート", "490001000010",
                "高知県南国市大そね甲", "代表取締役 南 良子", now, dept, "110");
        for (Contractor c : List.of(kochiData, tosaSystems, harimaya, shimanto, yamada, kuroshio, katsurahama,
                yosakoi, kagami, nankoku)) {
            em.persist(c);
        }
        em.flush();

        certification(kochiData, CertificationKind.ISMS, "IS 612345", "一般財団法人日本品質保証機構", today.minusYears(2),
                today.plusYears(1));
        certification(kochiData, CertificationKind.PRIVACY_MARK, "第10820123(05)号", "一般財団法人日本情報経済社会推進協会",
                today.minusYears(2).plusDays(20), today.plusDays(20));
        certification(tosaSystems, CertificationKind.ISMS, "IS 698765", "BSIグループジャパン株式会社", today.minusYears(1),
                today.plusYears(2));
        certification(tosaSystems, CertificationKind.PRIVACY_MARK, "第21000456(03)号", "一般財団法人日本情報経済社会推進協会",
                today.minusYears(1), today.plusYears(1));
        certification(shimanto, CertificationKind.ISMAP, "C23-0099-1", "ISMAP運営委員会", today.minusYears(2),
                today.minusDays(15));
        certification(kuroshio, CertificationKind.ISMS, "JQA-IM1999", "一般財団法人日本品質保証機構", today.minusYears(1),
                today.plusDays(75));

        approved(kochiData, checklist, "住民税課税資料のデータ入力業務", level.get("3B"), true, false, now, today, Answer.YES);
        approved(tosaSystems, checklist, "住民記録システムの運用保守", level.get("3A"), true, true, now, today, Answer.YES);
        approved(harimaya, checklist, "広報紙の印刷", level.get("1"), false, false, now, today, Answer.YES);
        approved(katsurahama, checklist, "健康増進計画の策定支援", level.get("2"), true, false, now, today, Answer.PARTIAL);
        katsurahama.suspend("委託先での個人情報の誤送付事案の調査のため", OFFICER, now);
        yosakoi.end("契約満了（後継事業者へ移行）", PROCUREMENT, now);

        Vetting pending = new Vetting(yamada, checklist, "観光パンフレットのデザイン", level.get("1"), false, false,
                PROCUREMENT, now);
        answerAll(pending, Answer.YES);
        pending.getAnswers().stream().filter(a -> a.getItem().getCode().equals("CERTIFICATION")).findFirst()
                .ifPresent(a -> {
                    a.setAnswer(Answer.NO);
                    a.setComment("個人事業主のため第三者認証なし。作業は市の端末で行う。");
                });
        pending.submit(PROCUREMENT, now);
        yamada.vettingSubmitted("審査を提出", PROCUREMENT, now);
        em.persist(pending);

        Vetting draft = new Vetting(kuroshio, checklist, "庁内ネットワーク機器の保守", level.get("2"), false, false,
                PROCUREMENT, now);
        em.persist(draft);

        Subcontracting printing = new Subcontracting(tosaSystems, harimaya, "通知書の印刷・封入", level.get("3A"), true,
                PROCUREMENT);
        printing.approve("高情政第1234号", OFFICER, now);
        em.persist(printing);
        em.persist(new Subcontracting(harimaya, shimanto, "印刷データの一時保管（クラウド）", level.get("2"), false,
                PROCUREMENT));
        em.flush();
    }

    private static Contractor contractor(String name, String kana, String base, String address, String representative,
            OffsetDateTime now, Map<String, Department> dept, String... departmentCodes) {
        Contractor c = new Contractor(name, kana, CorporateNumber.withCheckDigit(base), false, address, representative,
                now);
        c.replaceDepartments(java.util.Arrays.stream(departmentCodes).map(dept::get).collect(Collectors.toSet()));
        return c;
    }

    private void certification(Contractor c, CertificationKind kind, String number, String issuer, LocalDate from,
            LocalDate until) {
        em.persist(new Certification(c, kind, null, number, issuer, from, until));
    }

    private void approved(Contractor c, SelectionChecklist checklist, String work, ConfidentialityLevel lvl,
            boolean personal, boolean myNumber, OffsetDateTime now, LocalDate today, Answer answer) {
        Vetting v = new Vetting(c, checklist, work, lvl, personal, myNumber, PROCUREMENT, now.minusDays(30));
        answerAll(v, answer);
        v.submit(PROCUREMENT, now.minusDays(29));
        c.vettingSubmitted("審査を提出", PROCUREMENT, now.minusDays(29));
        v.approve(OFFICER, now.minusDays(28), "選定チェックリストの全項目を証跡で確認した。", today.plusYears(1).minusDays(28));
        c.vettingApproved(v.getRiskTier(), v.getValidUntil(), "審査を承認", OFFICER, now.minusDays(28));
        em.persist(v);
    }

    private static void answerAll(Vetting v, Answer answer) {
        for (VettingAnswer a : v.getAnswers()) {
            a.setAnswer(a.getItem().isEssential() || answer != Answer.PARTIAL ? Answer.YES : Answer.PARTIAL);
            a.setComment("提出資料で確認済み");
        }
    }
}
