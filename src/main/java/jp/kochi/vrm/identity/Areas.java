package jp.kochi.vrm.identity;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which roles may open which part of the portal, by address. {@code web.xml} only requires a signed-in user for
 * these addresses ({@code <role-name>**</role-name>}) and keeps deny-by-default for every other page; the roles are
 * checked here, by {@link AreaAccessFilter}, against the caller's roles from {@link CallerContext}. The reason is the
 * same as for the services' {@link Allowed}: under concurrent load Payara sometimes serves an already signed-in
 * request without the user's groups (Payara issue 6145), and its own constraint check then refused about 5 % of
 * requests users were entitled to.
 *
 * <p>Patterns match as servlet security constraints do: an exact address first, then the longest {@code /path/*}
 * prefix. {@code AreasTest} keeps this table and the patterns of {@code web.xml} the same.
 */
public final class Areas {

    /** Addresses and the roles, any one of which admits a caller. */
    public record Area(String name, List<String> patterns, Set<String> roles) {
        public Area {
            patterns = List.copyOf(patterns);
            roles = Set.copyOf(roles);
        }
    }

    private static final Set<String> READERS_OF_CONTRACTORS =
            Set.of(Roles.PROCUREMENT, Roles.SECURITY_OFFICER, Roles.AUDITOR, Roles.ADMIN);

    /** Every area, in the order of {@code web.xml}. */
    public static final List<Area> ALL = List.of(
            new Area("own notifications", List.of("/me/*"), Set.copyOf(Roles.ALL)),
            new Area("sign-in", List.of("/signin"), Set.copyOf(Roles.ALL)),
            new Area("staff area", List.of("/staff/*"), Set.copyOf(Roles.STAFF)),
            new Area("audit log", List.of("/staff/audit/*"), Set.of(Roles.AUDITOR, Roles.SECURITY_OFFICER)),
            new Area("contractor portal", List.of("/portal/*"), Set.of(Roles.CONTRACTOR)),
            new Area("contractor registration and import, contract editing", List.of("/staff/contractors/edit.xhtml",
                    "/staff/contractors/import.xhtml", "/staff/contracts/edit.xhtml"), Set.of(Roles.PROCUREMENT)),
            new Area("social media accounts: register and revise", List.of("/staff/sns/edit.xhtml",
                    "/staff/sns/guideline.xhtml", "/staff/sns/procedure.xhtml"),
                    Set.of(Roles.SNS_OWNER, Roles.SECURITY_OFFICER)),
            new Area("social media accounts and post log", List.of("/staff/sns/*"),
                    Set.of(Roles.SNS_OWNER, Roles.SECURITY_OFFICER, Roles.AUDITOR, Roles.ADMIN)),
            new Area("external services: register", List.of("/staff/services/edit.xhtml"),
                    Set.of(Roles.PROCUREMENT, Roles.SECURITY_OFFICER)),
            new Area("incidents: recording a first report", List.of("/staff/incidents/new.xhtml"),
                    Set.of(Roles.PROCUREMENT, Roles.SECURITY_OFFICER, Roles.SNS_OWNER)),
            new Area("external services: usage requests", List.of("/staff/services/request.xhtml"),
                    Set.of(Roles.PROCUREMENT, Roles.SECURITY_OFFICER, Roles.SNS_OWNER)),
            new Area("external services", List.of("/staff/services/*"), Set.copyOf(Roles.STAFF)),
            new Area("contractor register, vetting, contracts and clauses", List.of("/staff/contractors/*",
                    "/staff/checklist.xhtml", "/files/*", "/staff/contracts/*", "/staff/clauses/*", "/annex/*"),
                    READERS_OF_CONTRACTORS));

    private Areas() {
    }

    /**
     * The area an address (the path within the portal, e.g. {@code /staff/home.xhtml}) falls in, by the most specific
     * pattern; empty for addresses outside every area (public pages, or pages {@code web.xml} refuses outright).
     */
    public static Optional<Area> of(String path) {
        Area best = null;
        int bestLength = -1;
        for (Area area : ALL) {
            for (String pattern : area.patterns()) {
                if (pattern.equals(path)) {
                    return Optional.of(area);
                }
                if (pattern.endsWith("/*")) {
                    String prefix = pattern.substring(0, pattern.length() - 2);
                    if ((path.equals(prefix) || path.startsWith(prefix + "/")) && prefix.length() > bestLength) {
                        best = area;
                        bestLength = prefix.length();
                    }
                }
            }
        }
        return Optional.ofNullable(best);
    }
}
