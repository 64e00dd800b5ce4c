package jp.kochi.vrm.sns;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The public list of the city's official accounts ({@code /public/sns.xhtml}), no sign-in. */
@Named
@RequestScoped
public class PublicSnsPage {

    @Inject
    private PublicRegistry registry;

    private List<PublicRegistry.PublicAccount> accounts;

    public List<PublicRegistry.PublicAccount> getOfficial() {
        return all().stream().filter(PublicRegistry.PublicAccount::isOfficial).toList();
    }

    public List<PublicRegistry.PublicAccount> getClosed() {
        return all().stream().filter(a -> !a.isOfficial()).toList();
    }

    private List<PublicRegistry.PublicAccount> all() {
        if (accounts == null) {
            accounts = registry.accounts();
        }
        return accounts;
    }
}
