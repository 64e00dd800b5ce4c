package jp.kochi.vrm.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/** Dates as the city writes them: {@code 2026/11/26}, times in Japan Standard Time. */
@Named
@ApplicationScoped
public class Dates {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu/MM/dd");
    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu/MM/dd HH:mm:ss");

    public String date(LocalDate date) {
        return format(date);
    }

    /** A date as the city writes it, for services and documents ({@code 2026/11/26}; empty for none). */
    public static String format(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public String dateTime(OffsetDateTime dateTime) {
        return dateTime == null ? "" : DATE_TIME.format(dateTime.atZoneSameInstant(ClockProducer.CITY_ZONE));
    }
}
