package jp.kochi.vrm.sns;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import jp.kochi.vrm.platform.BusinessRuleViolation;

/**
 * What the public may know about the city's accounts, without signing in: platform, handle, address, name,
 * department and status. Nothing about people or credentials leaves through here. Only accounts a security officer
 * confirmed are public ({@link SnsAccount#isPublic}): one waiting for confirmation is answered like an unknown one.
 */
@Stateless
@PermitAll
public class PublicRegistry {

    @PersistenceContext
    private EntityManager em;

    public PublicRegistry() {
    }

    /** For tests outside the container. */
    PublicRegistry(EntityManager em) {
        this.em = em;
    }

    /** A public view of one account. */
    public record PublicAccount(Platform platform, String platformOther, String handle, String address,
            String displayName, String department, String departmentEn, AccountStatus status) {

        static PublicAccount of(SnsAccount a) {
            return new PublicAccount(a.getPlatform(), a.getPlatformOther(), a.getHandle(), a.getAddress(),
                    a.getDisplayName(), a.getDepartment().getName(), a.getDepartment().getNameEn(), a.getStatus());
        }

        public boolean isOfficial() {
            return status.isOfficial();
        }

        /**
         * The address as a link target, or {@code null} unless it is an absolute http(s) address: the form refuses
         * anything else, but the public page must not turn a stored {@code javascript:} or {@code data:} address
         * (browsers also ignore tabs and line breaks inside a scheme, {@code java\tscript:}) into a link, whatever
         * reached the database. A scheme-less or protocol-relative address is shown as text too.
         */
        public String link() {
            if (address == null) {
                return null;
            }
            String a = address.strip();
            return a.regionMatches(true, 0, "https://", 0, 8) || a.regionMatches(true, 0, "http://", 0, 7) ? a : null;
        }
    }

    /** The answer to a verification: the accounts the query names (none: not the city's). */
    public record Verdict(AccountAddress.Query query, List<PublicAccount> matches) {

        /** At least one match is an account the city speaks through now. */
        public boolean official() {
            return matches.stream().anyMatch(PublicAccount::isOfficial);
        }
    }

    /** Every account, official ones first, closed ones after them (a closed account is no longer the city's). */
    public List<PublicAccount> accounts() {
        return em.createNamedQuery(SnsAccount.ALL, SnsAccount.class).getResultStream().filter(SnsAccount::isPublic)
                .sorted(SnsAccount.LIST_ORDER).map(PublicAccount::of).toList();
    }

    /**
     * Whether an address or handle is one of the city's accounts. A bare handle names an account on any platform: give
     * the platform to ask about one, or compare the platform of each match.
     *
     * @throws jp.kochi.vrm.platform.BusinessRuleViolation when the input is empty, too long or not an address
     */
    public Verdict verify(String input, String platformName) {
        AccountAddress.Query query = AccountAddress.parse(input);
        Platform platform = platform(platformName);
        List<SnsAccount> found = query.handle()
                ? em.createQuery("SELECT a FROM SnsAccount a JOIN FETCH a.department WHERE a.normalizedHandle = :h",
                        SnsAccount.class).setParameter("h", query.value()).getResultList()
                : em.createNamedQuery(SnsAccount.ALL, SnsAccount.class).getResultStream()
                        .filter(a -> AccountAddress.sameOrBelow(query.value(), a.getNormalizedAddress())).toList();
        return new Verdict(query, found.stream().filter(SnsAccount::isPublic)
                .filter(a -> platform == null || a.getPlatform() == platform)
                .sorted(SnsAccount.LIST_ORDER).map(PublicAccount::of).toList());
    }

    /** The platform a handle is asked about ({@code X}, {@code instagram} …); none given: every platform. */
    private static Platform platform(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return Platform.valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BusinessRuleViolation("sns.verify.platform");
        }
    }
}
