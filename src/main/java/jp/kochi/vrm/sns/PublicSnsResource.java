package jp.kochi.vrm.sns;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import jp.kochi.vrm.contractor.ContractorCsv;
import jp.kochi.vrm.platform.BusinessRuleViolation;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The public, sign-in free API of the city's official accounts, below {@code /api/public/sns}:
 * {@code GET verify?address=[&platform=]} (an address or {@code @handle}: is it the city's, which department runs it,
 * is it active or closed), and the open-data list as {@code accounts.json} and {@code accounts.csv}. Every answer counts
 * against the client's rate limit (429 with {@code Retry-After} beyond it); bad input gets 400 with the reason in
 * Japanese and English.
 */
@Path("public/sns")
public class PublicSnsResource {

    static final String JSON = "application/json; charset=UTF-8";

    @Inject
    private PublicRegistry registry;

    @Inject
    private PublicApiLimiter limiter;

    @Context
    private HttpServletRequest request;

    @GET
    @Path("verify")
    public Response verify(@QueryParam("address") String address, @QueryParam("platform") String platform) {
        Response limited = limited();
        if (limited != null) {
            return limited;
        }
        PublicRegistry.Verdict verdict;
        try {
            verdict = registry.verify(address, platform);
        } catch (BusinessRuleViolation e) {
            return error(Response.Status.BAD_REQUEST, e.messageKey(), e.arguments());
        }
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("query", address.strip())
                .add("kind", verdict.query().handle() ? "handle" : "address")
                .add("normalized", verdict.query().value())
                .add("official", verdict.official())
                .add("accounts", accounts(verdict.matches()));
        return Response.ok(body.build().toString(), JSON).header("Cache-Control", "no-store").build();
    }

    @GET
    @Path("accounts.json")
    public Response accountsJson() {
        Response limited = limited();
        if (limited != null) {
            return limited;
        }
        return Response.ok(Json.createObjectBuilder().add("accounts", accounts(registry.accounts())).build().toString(), JSON)
                .header("Cache-Control", "public, max-age=300").build();
    }

    @GET
    @Path("accounts.csv")
    public Response accountsCsv() {
        Response limited = limited();
        if (limited != null) {
            return limited;
        }
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get())) {
            printer.printRecord("platform", "handle", "address", "display_name", "department", "department_en", "status",
                    "official");
            for (PublicRegistry.PublicAccount a : registry.accounts()) {
                printer.printRecord(List.of(platform(a), a.handle(), a.address(), a.displayName(), a.department(),
                        a.departmentEn() == null ? "" : a.departmentEn(), a.status().name(), Boolean.toString(a.isOfficial()))
                        .stream().map(ContractorCsv::neutralise).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Response.ok(out.toString(), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"kochi-city-sns-accounts.csv\"")
                .header("Cache-Control", "public, max-age=300").build();
    }

    private Response limited() {
        long wait = limiter.secondsToWait(limiter.client(request.getRemoteAddr(), request.getHeader("X-Forwarded-For")));
        if (wait == 0) {
            return null;
        }
        return Response.fromResponse(error(Response.Status.TOO_MANY_REQUESTS, "sns.verify.tooMany", limiter.perMinute()))
                .header("Retry-After", Long.toString(wait)).build();
    }

    private static JsonArrayBuilder accounts(List<PublicRegistry.PublicAccount> accounts) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (PublicRegistry.PublicAccount a : accounts) {
            JsonObjectBuilder o = Json.createObjectBuilder()
                    .add("platform", platform(a))
                    .add("handle", a.handle())
                    .add("address", a.address())
                    .add("displayName", a.displayName())
                    .add("department", a.department())
                    .add("status", a.status().name())
                    .add("official", a.isOfficial());
            if (a.departmentEn() != null) {
                o.add("departmentEn", a.departmentEn());
            }
            array.add(o);
        }
        return array;
    }

    private static String platform(PublicRegistry.PublicAccount a) {
        return a.platform() == Platform.OTHER && a.platformOther() != null ? a.platformOther() : a.platform().name();
    }

    /** 400 / 429 with the reason in both languages (the API has no session to know the reader's). */
    private static Response error(Response.Status status, String key, Object... args) {
        String body = Json.createObjectBuilder()
                .add("error", key)
                .add("message", text(Locale.JAPANESE, key, args))
                .add("messageEn", text(Locale.ENGLISH, key, args))
                .build().toString();
        return Response.status(status).type(JSON).entity(body).header("Cache-Control", "no-store").build();
    }

    private static String text(Locale locale, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle("i18n.messages", locale);
        String pattern = bundle.containsKey(key) ? bundle.getString(key) : key;
        return args.length == 0 ? pattern : new java.text.MessageFormat(pattern, locale).format(args);
    }
}
