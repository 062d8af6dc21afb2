package com.tradesense.marketdata.catalog;

import java.time.LocalDate;
import java.util.Optional;

import com.tradesense.marketdata.TradingSession;
import com.tradesense.marketdata.TradingSessions;
import com.tradesense.marketdata.calendar.TradingCalendar;
import com.tradesense.marketdata.calendar.TradingCalendars;
import com.tradesense.platform.ApiException;
import org.springframework.stereotype.Service;

/** {@link TradingSessions} over the rule-based exchange calendars. */
@Service
class CalendarTradingSessions implements TradingSessions {

    private final TradingCalendars calendars;

    CalendarTradingSessions(TradingCalendars calendars) {
        this.calendars = calendars;
    }

    @Override
    public Optional<TradingSession> session(String exchange, LocalDate date) {
        TradingCalendar calendar = calendars.forExchange(exchange).orElseThrow(() -> ApiException.badRequest(
                "UNKNOWN_EXCHANGE", "exchange", "Unknown exchange '" + exchange + "'; use one of "
                        + String.join(", ", calendars.exchanges())));
        return calendar.tradingDay(date).map(day -> new TradingSession(day.date(), calendar.zone(),
                day.preMarketOpen(), day.open(), day.close(), day.earlyClose()));
    }
}
