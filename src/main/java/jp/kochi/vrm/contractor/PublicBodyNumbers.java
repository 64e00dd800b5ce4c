package jp.kochi.vrm.contractor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import jp.kochi.vrm.platform.PortalSettings;

/**
 * A contractor whose 法人番号 is the city's own, or a public body's, is most likely a typing or copying slip (the
 * city's number taken from a contract form), though a public body can lawfully be a contractor (another city running
 * a shared system, a 一部事務組合). So it is a warning beside the number, never a refusal.
 */
@ApplicationScoped
public class PublicBodyNumbers {

    /** Message keys of the warnings, each with the number as its argument. */
    static final String CITY = "contractor.corporateNumber.warning.city";
    static final String PUBLIC_BODY = "contractor.corporateNumber.warning.publicBody";
    static final String LISTED = "contractor.corporateNumber.warning.listed";

    @Inject
    private PortalSettings settings;

    /** The message key of the warning a 法人番号 deserves, if any; an invalid or blank number gets none here. */
    public Optional<String> warningKey(String corporateNumber) {
        return warningKey(corporateNumber, settings.cityCorporateNumber().orElse(null),
                settings.publicBodyCorporateNumbers());
    }

    static Optional<String> warningKey(String corporateNumber, String cityNumber, Set<String> listed) {
        Optional<String> number = CorporateNumber.parse(corporateNumber);
        if (number.isEmpty()) {
            return Optional.empty();
        }
        if (number.get().equals(cityNumber)) {
            return Optional.of(CITY);
        }
        if (listed.contains(number.get())) {
            return Optional.of(LISTED);
        }
        return CorporateNumber.isPublicBody(number.get()) ? Optional.of(PUBLIC_BODY) : Optional.empty();
    }
}
