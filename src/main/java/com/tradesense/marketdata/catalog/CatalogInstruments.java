package com.tradesense.marketdata.catalog;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.tradesense.marketdata.AssetClass;
import com.tradesense.marketdata.Instrument;
import com.tradesense.marketdata.InstrumentEnabledChanged;
import com.tradesense.marketdata.Instruments;
import com.tradesense.marketdata.calendar.TradingCalendars;
import com.tradesense.platform.ApiException;
import com.tradesense.platform.FieldViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * The catalog as stored: what other modules read through {@link Instruments}, and the admin operations. Searches run
 * in memory over the whole table, which is small, so ranking and typo tolerance stay in {@link InstrumentCatalog}.
 */
@Service
public class CatalogInstruments implements Instruments {

    /**
     * Instruments by canonical symbol: every order looks its symbol up (twice), and reading the row each time was an
     * eighth of the request threads' CPU under load. Changes made here clear it; another node's change shows within {@link #FRESH}.
     * Symbols not found are not kept, so a newly added instrument is seen at once.
     */
    static final Duration FRESH = Duration.ofSeconds(5);

    private final InstrumentRepository repository;
    private final TradingCalendars calendars;
    private final Clock clock;
    private final Cache<String, CatalogEntry> entries = Caffeine.newBuilder().expireAfterWrite(FRESH)
            .maximumSize(10_000).build();
    private final ApplicationEventPublisher events;

    CatalogInstruments(InstrumentRepository repository, TradingCalendars calendars, Clock clock,
            ApplicationEventPublisher events) {
        this.repository = repository;
        this.calendars = calendars;
        this.clock = clock;
        this.events = events;
    }

    @Override
    public Optional<Instrument> find(String symbol) {
        return findEntry(symbol).map(CatalogEntry::instrument);
    }

    @Override
    public List<Instrument> search(String query, AssetClass assetClass, String exchange) {
        List<CatalogEntry> enabled = repository.findAll().stream().filter(entry -> entry.instrument().enabled())
                .toList();
        return new InstrumentCatalog(enabled).search(query, assetClass, exchange);
    }

    /** Listing venue codes that have at least one instrument, enabled or not. */
    public List<String> exchanges() {
        return repository.exchanges();
    }

    /** Adds an instrument; 400 naming each invalid field, 409 when the symbol exists. */
    public CatalogEntry create(CatalogEntry entry) {
        List<FieldViolation> violations = InstrumentRules.violations(entry, id -> calendars.byId(id).isPresent())
                .stream().map(violation -> new FieldViolation(violation.field(), violation.message())).toList();
        if (!violations.isEmpty()) {
            throw new ApiException(400, "INVALID_INSTRUMENT", "The instrument definition is invalid.", violations);
        }
        if (!repository.insertIfMissing(entry, clock.instant())) {
            throw ApiException.conflict("INSTRUMENT_EXISTS", "An instrument with symbol " + entry.symbol()
                    + " already exists.");
        }
        events.publishEvent(new InstrumentEnabledChanged(entry.instrument()));
        return entry;
    }

    /** Disables (hides from search and trading) or re-enables an instrument. */
    public CatalogEntry setEnabled(String symbol, boolean enabled) {
        CatalogEntry entry = findEntry(symbol).orElseThrow(() -> notFound(symbol));
        repository.updateEnabled(entry.symbol(), enabled, clock.instant());
        entries.invalidateAll();
        CatalogEntry updated = repository.find(entry.symbol()).orElseThrow(() -> notFound(symbol));
        events.publishEvent(new InstrumentEnabledChanged(updated.instrument()));
        return updated;
    }

    /** The instrument as stored now rather than as cached: another node has just changed it. */
    public Optional<Instrument> reload(String symbol) {
        entries.invalidateAll();
        return find(symbol);
    }

    public Optional<CatalogEntry> findEntry(String symbol) {
        String canonical = symbol.strip().toUpperCase(Locale.ROOT);
        return Optional.ofNullable(entries.get(canonical, key -> repository.find(key).or(() -> key.indexOf('-') > 0
                ? repository.find(key.replaceFirst("-", "/")) : Optional.empty()).orElse(null)));
    }

    public static ApiException notFound(String symbol) {
        return ApiException.notFound("INSTRUMENT_NOT_FOUND", "No instrument with symbol " + symbol + ".");
    }
}
