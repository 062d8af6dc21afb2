package com.tradesense.marketdata.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;

/**
 * A market that trades around the clock from Sunday evening to Friday 17:00 New York, in daily sessions that start
 * the evening before their trading date.
 *
 * <ul>
 * <li>{@link #forex()} ({@code FX}): the interbank week, Sunday 17:00 to Friday 17:00 New York. The trading day of
 * date D runs from 17:00 on D-1 to 17:00 on D, Monday to Friday, which is the 17:00 New York roll every FX venue
 * uses for value dates and daily bars.</li>
 * <li>{@link #globex()} ({@code CME}): CME Globex metals and energy (COMEX gold, NYMEX crude), Sunday 18:00 to
 * Friday 17:00 New York with a one-hour daily maintenance break from 17:00 to 18:00. CME's own holiday
 * schedule (shortened US holiday sessions) is not modelled yet.</li>
 * </ul>
 * Both close for Christmas Day and New Year's Day, when liquidity is absent.
 */
public final class FxCalendar extends SessionCalendar {

    public static final String FX_ID = "FX";
    public static final String GLOBEX_ID = "CME";
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final LocalTime ROLL = LocalTime.of(17, 0);

    private final String id;
    private final LocalTime sessionStart;

    private FxCalendar(String id, LocalTime sessionStart) {
        this.id = id;
        this.sessionStart = sessionStart;
    }

    public static FxCalendar forex() {
        return new FxCalendar(FX_ID, ROLL);
    }

    public static FxCalendar globex() {
        return new FxCalendar(GLOBEX_ID, LocalTime.of(18, 0));
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public ZoneId zone() {
        return NEW_YORK;
    }

    @Override
    public Optional<TradingDay> tradingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        if (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY || isHoliday(date)) {
            return Optional.empty();
        }
        Instant open = date.minusDays(1).atTime(sessionStart).atZone(NEW_YORK).toInstant();
        Instant close = date.atTime(ROLL).atZone(NEW_YORK).toInstant();
        return Optional.of(new TradingDay(date, open, open, close, close, false));
    }

    @Override
    public boolean isHoliday(LocalDate date) {
        boolean christmasOrNewYear = (date.getMonthValue() == 12 && date.getDayOfMonth() == 25)
                || (date.getMonthValue() == 1 && date.getDayOfMonth() == 1);
        return christmasOrNewYear && date.getDayOfWeek() != DayOfWeek.SATURDAY
                && date.getDayOfWeek() != DayOfWeek.SUNDAY;
    }
}
