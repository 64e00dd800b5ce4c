package jp.kochi.vrm.reminder;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import jp.kochi.vrm.account.DirectoryException;

/**
 * {@code GET /api/calendar/{secret}.ics}: a personal feed for calendar programs, which cannot sign in. The secret is
 * the only key: an unknown, malformed or revoked one is answered 404, alike, so probing tells nothing.
 */
@Path("calendar")
public class CalendarResource {

    @Inject
    private CalendarFeeds feeds;

    @GET
    @Path("{token}.ics")
    public Response feed(@PathParam("token") String token) {
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        noStore.setPrivate(true);
        Optional<String> calendar;
        try {
            calendar = feeds.calendar(token);
        } catch (RuntimeException e) {
            if (!causedByDirectory(e)) {
                throw e;
            }
            // Whether the user still holds their roles cannot be told now: nothing is shown until it can.
            return Response.status(Response.Status.SERVICE_UNAVAILABLE).type("text/plain; charset=UTF-8")
                    .header("Retry-After", "300").cacheControl(noStore)
                    .entity("カレンダーを一時的に表示できません。しばらくしてから再度お試しください。\n"
                            + "The calendar is temporarily unavailable. Please try again later.\n").build();
        }
        return calendar
                .map(ics -> Response.ok(ics, "text/calendar; charset=UTF-8").cacheControl(noStore)
                        .header("Content-Disposition", "inline; filename=\"vrm-due-dates.ics\"")
                        .header("Referrer-Policy", "no-referrer").build())
                .orElseGet(() -> Response.status(Response.Status.NOT_FOUND).type("text/plain; charset=UTF-8")
                        .entity("カレンダーが見つかりません（アドレスが無効か、取り消されています）。\n"
                                + "Calendar not found (the address is invalid or was revoked).\n")
                        .cacheControl(noStore).build());
    }

    /** Whether Keycloak's silence is the cause (the service may hand it on wrapped). */
    private static boolean causedByDirectory(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DirectoryException) {
                return true;
            }
        }
        return false;
    }
}
