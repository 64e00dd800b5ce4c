package jp.kochi.vrm.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/** The portal's time source. Everything that reads "now" injects this, so tests can fix the date. */
@ApplicationScoped
public class ClockProducer {

    /** The city's time zone: dates are shown and due dates computed in Japan Standard Time. */
    public static final ZoneId CITY_ZONE = ZoneId.of("Asia/Tokyo");

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.system(CITY_ZONE);
    }
}
