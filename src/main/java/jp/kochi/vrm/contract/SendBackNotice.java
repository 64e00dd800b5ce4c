package jp.kochi.vrm.contract;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashSet;
import java.util.Set;
import jp.kochi.vrm.contractor.ContactPerson;
import jp.kochi.vrm.mail.MailOutbox;
import jp.kochi.vrm.platform.Dates;
import jp.kochi.vrm.platform.PortalSettings;

/**
 * The mail that tells a contractor its evidence was sent back, with the reviewer's comment and where to hand it
 * in again. It goes to the person who submitted it through the portal, or, for evidence the city recorded from
 * paper, to the contractor's contact persons.
 */
@ApplicationScoped
public class SendBackNotice {

    @Inject
    private MailOutbox outbox;

    @Inject
    private PortalSettings settings;

    void queue(EvidenceSubmission s) {
        for (String to : recipients(s)) {
            outbox.queue(to, subject(s), body(s, settings.portalUrl()),
                    "obligation-return:" + s.getObligation().getId() + "#" + s.getVersionNo() + ":" + to);
        }
    }

    static Set<String> recipients(EvidenceSubmission s) {
        Set<String> to = new LinkedHashSet<>();
        if (s.getSubmitterKind() == SubmitterKind.CONTRACTOR && s.getSubmitterEmail() != null) {
            to.add(s.getSubmitterEmail());
        } else {
            for (ContactPerson p : s.getObligation().getContract().getContractor().getContacts()) {
                if (p.getEmail() != null && !p.getEmail().isBlank()) {
                    to.add(p.getEmail().strip());
                }
            }
        }
        return to;
    }

    static String subject(EvidenceSubmission s) {
        Obligation o = s.getObligation();
        return "【高知市】提出書類の差戻し：" + o.getContract().getContractNumber() + " " + o.getEvidenceName();
    }

    static String body(EvidenceSubmission s, String portalUrl) {
        Obligation o = s.getObligation();
        Contract c = o.getContract();
        StringBuilder b = new StringBuilder();
        b.append(c.getContractor().getName()).append(" ご担当者様\n\n");
        b.append("次の提出書類を差し戻しました。差戻し理由をご確認のうえ、再提出をお願いします。\n\n");
        b.append("契約番号：").append(c.getContractNumber()).append('\n');
        b.append("件名：").append(c.getTitle()).append('\n');
        b.append("提出書類：").append(o.getEvidenceName()).append('\n');
        b.append("提出期限：").append(Dates.format(o.getDueDate())).append('\n');
        b.append("差し戻した提出：第").append(s.getVersionNo()).append("版（")
                .append(Dates.format(s.getSubmittedAt().toLocalDate())).append(" 提出）\n");
        b.append("差し戻し日：").append(Dates.format(s.getReviewedAt().toLocalDate())).append("\n\n");
        b.append("差戻し理由：\n").append(s.getReviewNote()).append("\n\n");
        if (portalUrl != null) {
            b.append("再提出はこちらから（シングルサインオンでログインしてください）：\n")
                    .append(portalUrl).append("/portal/obligation.xhtml?id=").append(o.getId()).append("\n\n");
        } else {
            b.append("再提出は、委託事業者ポータルの「提出義務」からお願いします。\n\n");
        }
        b.append("このメールは送信専用です。ご不明な点は契約担当課までお問い合わせください。\n");
        b.append("高知市 委託先・外部サービス リスク管理ポータル\n");
        return b.toString();
    }
}
