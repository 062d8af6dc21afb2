package com.tradesense.marketdata.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tradesense.marketdata.AssetClass;
import com.tradesense.marketdata.Bar;
import com.tradesense.marketdata.Instrument;
import com.tradesense.marketdata.Quote;
import com.tradesense.marketdata.SessionPhase;
import com.tradesense.marketdata.bars.BarHistory.History;
import com.tradesense.marketdata.calendar.ExchangeStatus;
import com.tradesense.marketdata.catalog.CatalogEntry;
import com.tradesense.marketdata.catalog.MarketProfile;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Request and response bodies of the market-data endpoints. */
final class MarketDataApi {

    private MarketDataApi() {
    }

    record InstrumentView(String symbol, String name, String exchange, AssetClass assetClass, String currency,
            BigDecimal tickSize, BigDecimal lotSize, boolean fractional, boolean tradable, boolean shortable,
            @Schema(nullable = true) String sector, @Schema(nullable = true) String isin, String calendar,
            boolean enabled) {

        static InstrumentView of(Instrument i) {
            return new InstrumentView(i.symbol(), i.name(), i.exchange(), i.assetClass(), i.currency(), i.tickSize(),
                    i.lotSize(), i.fractional(), i.tradable(), i.shortable(), i.sector(), i.isin(), i.calendar(),
                    i.enabled());
        }
    }

    /** Field rules beyond presence (patterns, ranges, known calendar, ISIN check digit) are the catalog's own. */
    record InstrumentCreateRequest(
            @NotBlank @Size(max = 20) String symbol,
            @NotBlank @Size(max = 120) String name,
            @NotBlank @Schema(example = "NASDAQ") String exchange,
            @NotNull AssetClass assetClass,
            @NotBlank @Schema(example = "USD") String currency,
            @NotNull BigDecimal tickSize,
            @NotNull BigDecimal lotSize,
            boolean fractional,
            @Schema(description = "Only indices may be non-tradable") boolean tradable,
            boolean shortable,
            @Size(max = 60) String sector,
            @Schema(example = "US0378331005") String isin,
            @NotBlank @Schema(description = "XNYS, XCAS, 24x7, FX or CME") String calendar,
            @NotNull @Schema(description = "Recent price level the simulated exchange starts from") BigDecimal referencePrice,
            @NotNull @Schema(description = "Beta to the home index") Double beta,
            @NotNull @Schema(description = "Typical daily volatility; 1.5 means 1.5%") Double dailyVolatilityPercent) {

        CatalogEntry toEntry() {
            return new CatalogEntry(new Instrument(symbol.strip(), name.strip(), exchange.strip(), assetClass,
                    currency.strip(), tickSize, lotSize, fractional, tradable, shortable, blankToNull(sector),
                    blankToNull(isin), calendar.strip(), true),
                    new MarketProfile(referencePrice, beta, dailyVolatilityPercent));
        }

        private static String blankToNull(String value) {
            return value == null || value.isBlank() ? null : value.strip();
        }
    }

    record EnabledUpdateRequest(@NotNull Boolean enabled) {
    }

    record ExchangeStatusView(String exchange, SessionPhase session,
            @Schema(description = "Local date at the venue, to which isHoliday and earlyClose refer") LocalDate tradingDate,
            @JsonProperty("isHoliday") boolean isHoliday, boolean earlyClose, Instant nextOpen, Instant nextClose,
            String timezone) {

        static ExchangeStatusView of(ExchangeStatus status) {
            return new ExchangeStatusView(status.exchange(), status.session(), status.tradingDate(),
                    status.isHoliday(), status.earlyClose(), status.nextOpen(), status.nextClose(), status.timezone());
        }
    }

    record HistoryView(String symbol, String interval, String currency,
            @Schema(description = "Exchange time zone the bars are aligned to") String timezone, List<BarView> bars,
            @Schema(nullable = true, description = "Set when older bars of the range were left out: pass it as `to` "
                    + "(same from, interval and limit) for the page before these bars") Instant nextTo) {

        static HistoryView of(History history) {
            return new HistoryView(history.instrument().symbol(), history.interval().code(),
                    history.instrument().currency(), history.zone().getId(),
                    history.bars().stream().map(BarView::of).toList(), history.nextTo());
        }
    }

    @Schema(description = "One bar: t is the start of its window; prices in the instrument's currency")
    record BarView(Instant t, BigDecimal o, BigDecimal h, BigDecimal l, BigDecimal c, long v) {

        static BarView of(Bar bar) {
            return new BarView(bar.t(), bar.o(), bar.h(), bar.l(), bar.c(), bar.v());
        }
    }

    record QuoteView(String symbol, BigDecimal price,
            @Schema(description = "Best bid of the live feed (price minus half a typical spread before it has quoted)")
            BigDecimal bid,
            @Schema(description = "Best ask of the live feed (price plus half a typical spread before it has quoted)")
            BigDecimal ask,
            @Schema(nullable = true) BigDecimal change,
            @Schema(nullable = true, description = "1.5 means 1.5%") BigDecimal changePercent,
            BigDecimal open, BigDecimal dayHigh, BigDecimal dayLow, long volume,
            @Schema(nullable = true) BigDecimal prevClose, SessionPhase session,
            @Schema(description = "When the price traded") Instant timestamp, String currency) {

        static QuoteView of(Quote q) {
            return new QuoteView(q.symbol(), q.price(), q.bid(), q.ask(), q.change(), q.changePercent(), q.open(),
                    q.dayHigh(), q.dayLow(), q.volume(), q.prevClose(), q.session(), q.timestamp(), q.currency());
        }
    }
}
