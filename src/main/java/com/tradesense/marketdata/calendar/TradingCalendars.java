package com.tradesense.marketdata.calendar;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every calendar the platform knows, by calendar id, and which calendar each listing venue follows. Instruments name
 * their calendar; the market-status endpoint lists venues.
 */
public final class TradingCalendars {

    private final Map<String, TradingCalendar> byId;
    private final Map<String, TradingCalendar> byExchange;

    private TradingCalendars(List<TradingCalendar> calendars, Map<String, String> exchangeCalendars) {
        this.byId = calendars.stream().collect(Collectors.toMap(TradingCalendar::id, Function.identity()));
        Map<String, TradingCalendar> exchanges = new LinkedHashMap<>();
        exchangeCalendars.forEach((exchange, calendarId) -> exchanges.put(exchange, byId.get(calendarId)));
        this.byExchange = exchanges;
    }

    /**
     * The standard set. Nasdaq shares the NYSE calendar; COMEX (gold) and NYMEX (crude) follow CME Globex hours.
     */
    public static TradingCalendars standard() {
        Map<String, String> exchanges = new LinkedHashMap<>();
        exchanges.put("NYSE", NyseCalendar.ID);
        exchanges.put("NASDAQ", NyseCalendar.ID);
        exchanges.put("BVC", CasablancaCalendar.ID);
        exchanges.put("CRYPTO", ContinuousCalendar.ID);
        exchanges.put("FX", FxCalendar.FX_ID);
        exchanges.put("COMEX", FxCalendar.GLOBEX_ID);
        exchanges.put("NYMEX", FxCalendar.GLOBEX_ID);
        return new TradingCalendars(List.of(new NyseCalendar(), new CasablancaCalendar(), new ContinuousCalendar(),
                FxCalendar.forex(), FxCalendar.globex()), exchanges);
    }

    public Optional<TradingCalendar> byId(String calendarId) {
        return Optional.ofNullable(byId.get(calendarId));
    }

    public Optional<TradingCalendar> forExchange(String exchange) {
        return Optional.ofNullable(byExchange.get(exchange));
    }

    /** Listing venue codes in display order (US first, then Casablanca, then round-the-clock markets). */
    public List<String> exchanges() {
        return List.copyOf(byExchange.keySet());
    }
}
