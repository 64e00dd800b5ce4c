package jp.kochi.vrm.sns;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import jp.kochi.vrm.platform.BusinessRuleViolation;
import jp.kochi.vrm.platform.faces.UiMessages;

/**
 * The next version of an account's posting guideline ({@code /staff/sns/guideline.xhtml?account=}) or operating
 * procedure ({@code /staff/sns/procedure.xhtml?account=}), starting from the current one.
 */
@Named
@ViewScoped
public class SnsTextsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SnsAccounts accounts;

    @Inject
    private UiMessages messages;

    private Long accountId;
    private SnsAccount account;
    private TextForm texts;

    public void load() {
        if (texts != null) {
            return;
        }
        try {
            account = accountId == null ? null : accounts.find(accountId);
            if (account != null && !accounts.access().mayEdit(account)) {
                account = null;
            }
        } catch (BusinessRuleViolation e) {
            account = null;
        }
        if (account == null) {
            messages.error("sns.notFound");
            return;
        }
        texts = TextForm.of(accounts.currentGuideline(accountId).orElse(null),
                accounts.procedures(accountId).stream().findFirst().orElse(null));
    }

    public String saveGuideline() {
        try {
            Guideline g = accounts.addGuideline(accountId, texts);
            messages.info("sns.guideline.saved", g.getVersionNo());
            return back();
        } catch (BusinessRuleViolation e) {
            messages.error(e);
            return null;
        }
    }

    public String saveProcedure() {
        try {
            Procedure p = accounts.addProcedure(accountId, texts);
            messages.info("sns.procedure.saved", p.getVersionNo());
            return back();
        } catch (BusinessRuleViolation e) {
            messages.error(e);
            return null;
        }
    }

    private String back() {
        return "/staff/sns/view.xhtml?faces-redirect=true&id=" + accountId;
    }

    public boolean isFound() {
        return account != null && texts != null;
    }

    public SnsAccount getAccount() {
        return account;
    }

    public TextForm getTexts() {
        return texts;
    }

    public Long getAccountId() {
        return accountId;
    }

    public void setAccountId(Long accountId) {
        this.accountId = accountId;
    }
}
