package com.tradesense.marketdata.catalog;

import java.util.List;

import com.tradesense.marketdata.AssetClass;
import com.tradesense.marketdata.Instrument;
import com.tradesense.marketdata.calendar.TradingCalendar;
import com.tradesense.marketdata.calendar.TradingCalendars;
import com.tradesense.marketdata.simulator.SimulatedInstrument;
import com.tradesense.marketdata.simulator.SimulationUniverse;
import org.springframework.context.annotation.DependsOn;
import org.springframework.stereotype.Component;

/**
 * What the simulated exchange trades: every enabled instrument of the stored catalog with its market profile. Each
 * moves with its home market's factor, so stocks of one exchange are correlated as they are in life.
 */
@Component
@DependsOn("catalogSeeder")
class CatalogSimulationUniverse implements SimulationUniverse {

    static final String US_BENCHMARK = "SPX";
    static final String CASABLANCA_BENCHMARK = "MASI";
    static final String CRYPTO_BENCHMARK = "BTC-USD";

    private final InstrumentRepository repository;
    private final TradingCalendars calendars;

    CatalogSimulationUniverse(InstrumentRepository repository, TradingCalendars calendars) {
        this.repository = repository;
        this.calendars = calendars;
    }

    @Override
    public List<SimulatedInstrument> instruments() {
        return repository.findAll().stream()
                .filter(entry -> entry.instrument().enabled())
                .map(entry -> new SimulatedInstrument(entry.instrument(), entry.profile().referencePrice(),
                        entry.profile().beta(), entry.profile().dailyVolatilityPercent() / 100.0,
                        benchmarkOf(entry.instrument())))
                .toList();
    }

    @Override
    public TradingCalendar calendar(String id) {
        return calendars.byId(id).orElseThrow(() -> new IllegalArgumentException("no trading calendar " + id));
    }

    /** The factor an instrument moves with; FX and commodities have none of their own here, so they use themselves. */
    static String benchmarkOf(Instrument instrument) {
        if (instrument.assetClass() == AssetClass.CRYPTO) {
            return CRYPTO_BENCHMARK;
        }
        return switch (instrument.exchange()) {
            case "NYSE", "NASDAQ", "NYSEARCA", "CBOE", "INDEX" -> US_BENCHMARK;
            case "BVC" -> CASABLANCA_BENCHMARK;
            default -> instrument.symbol();
        };
    }
}
