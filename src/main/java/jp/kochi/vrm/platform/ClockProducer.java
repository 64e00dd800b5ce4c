package jp.kochi.vrm.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The portal's time source. Everything that reads "now" injects this, so tests can fix the date: with demo data on,
 * {@code VRM_CLOCK_START} makes the clock start at a given day and run on from there (the integration tests start it on
 * one fixed day, so what is due or overdue never depends on the day they run).
 */
@ApplicationScoped
public class ClockProducer {

    /** The city's time zone: dates are shown and due dates computed in Japan Standard Time. */
    public static final ZoneId CITY_ZONE = ZoneId.of("Asia/Tokyo");

    private static final Logger LOG = Logger.getLogger(ClockProducer.class.getName());

    @Inject
    private PortalSettings settings;

    @Produces
    @ApplicationScoped
    Clock clock() {
        Clock real = Clock.system(CITY_ZONE);
        Optional<OffsetDateTime> start;
        try {
            start = settings.demoData() ? settings.clockStart() : Optional.empty();
        } catch (DateTimeParseException e) {
            start = Optional.empty(); // refused at start-up with the setting's name (PortalSettings.problems)
        }
        return start.map(s -> {
            LOG.warning(() -> "The portal's clock starts at " + s + " (VRM_CLOCK_START, demonstrations and tests only)");
            return startingAt(s);
        }).orElse(real);
    }

    /** A clock that starts at {@code start} and runs on in real time, in the city's zone. */
    public static Clock startingAt(OffsetDateTime start) {
        Clock real = Clock.system(CITY_ZONE);
        return Clock.offset(real, Duration.between(real.instant(), start.toInstant()));
    }
}
