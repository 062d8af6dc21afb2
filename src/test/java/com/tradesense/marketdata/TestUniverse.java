package com.tradesense.marketdata;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import com.tradesense.marketdata.calendar.TradingCalendar;
import com.tradesense.marketdata.simulator.SimulatedInstrument;
import com.tradesense.marketdata.simulator.SimulationUniverse;

/** A few instruments that cover the simulator's cases: a US index and stock, a Casablanca stock and bitcoin. */
public record TestUniverse(List<SimulatedInstrument> instruments) implements SimulationUniverse {

    public static final SimulatedInstrument SPX = simulated("SPX", "INDEX", AssetClass.INDEX, "XNYS", "0.01",
            "6000.00", 1.0, 0.010, "SPX");
    public static final SimulatedInstrument AAPL = simulated("AAPL", "NASDAQ", AssetClass.STOCK, "XNYS", "0.01",
            "230.00", 1.2, 0.018, "SPX");
    public static final SimulatedInstrument ATW = simulated("ATW", "BVC", AssetClass.STOCK, "XCAS", "0.10", "700.00",
            0.9, 0.012, "MASI");
    public static final SimulatedInstrument BTC = simulated("BTC-USD", "CRYPTO", AssetClass.CRYPTO, "24x7", "0.01",
            "90000.00", 1.0, 0.030, "BTC-USD");

    private static final Map<String, TradingCalendar> CALENDARS = Map.of("XNYS", TestCalendars.newYork(), "XCAS",
            TestCalendars.casablanca(), "24x7", TestCalendars.crypto());

    public static TestUniverse all() {
        return new TestUniverse(List.of(SPX, AAPL, ATW, BTC));
    }

    @Override
    public TradingCalendar calendar(String id) {
        return CALENDARS.get(id);
    }

    private static SimulatedInstrument simulated(String symbol, String exchange, AssetClass assetClass,
            String calendar, String tick, String price, double beta, double volatility, String benchmark) {
        boolean fractional = assetClass == AssetClass.CRYPTO;
        Instrument instrument = new Instrument(symbol, symbol, exchange, assetClass, "USD", new BigDecimal(tick),
                fractional ? new BigDecimal("0.0001") : BigDecimal.ONE, fractional, assetClass != AssetClass.INDEX,
                true, null, null, calendar, true);
        return new SimulatedInstrument(instrument, new BigDecimal(price), beta, volatility, benchmark);
    }
}
