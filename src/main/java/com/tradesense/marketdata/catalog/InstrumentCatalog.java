package com.tradesense.marketdata.catalog;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import com.tradesense.marketdata.AssetClass;
import com.tradesense.marketdata.Instrument;

/** A set of instruments with lookup by symbol and ranked search, independent of where they are stored. */
public final class InstrumentCatalog {

    private final List<CatalogEntry> entries;
    private final Map<String, CatalogEntry> bySymbol;

    public InstrumentCatalog(List<CatalogEntry> entries) {
        this.entries = List.copyOf(entries);
        this.bySymbol = this.entries.stream().collect(Collectors.toMap(CatalogEntry::symbol, Function.identity()));
    }

    /** Reads and validates a seed file; throws {@link InvalidCatalogException} naming the first bad row. */
    public static InstrumentCatalog load(InputStream csv, String sourceName, Predicate<String> knownCalendar) {
        return new InstrumentCatalog(InstrumentCsv.read(new InputStreamReader(csv, StandardCharsets.UTF_8),
                sourceName, knownCalendar));
    }

    public List<CatalogEntry> entries() {
        return entries;
    }

    public Optional<CatalogEntry> find(String symbol) {
        return Optional.ofNullable(bySymbol.get(symbol));
    }

    /**
     * Instruments matching the query (symbol or name, see {@link SearchMatch}), best match first and then by
     * symbol; all of them by symbol when the query is blank. Null filters match everything.
     */
    public List<Instrument> search(String query, AssetClass assetClass, String exchange) {
        String trimmed = query == null ? "" : query.strip();
        Predicate<Instrument> filter = instrument -> (assetClass == null || instrument.assetClass() == assetClass)
                && (exchange == null || instrument.exchange().equals(exchange));
        List<Instrument> candidates = entries.stream().map(CatalogEntry::instrument).filter(filter).toList();
        if (trimmed.isEmpty()) {
            return candidates.stream().sorted(Comparator.comparing(Instrument::symbol)).toList();
        }
        return candidates.stream()
                .map(instrument -> SearchMatch.of(instrument, trimmed).map(match -> new Ranked(instrument, match)))
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing(Ranked::match).thenComparing(ranked -> ranked.instrument().symbol()))
                .map(Ranked::instrument)
                .toList();
    }

    private record Ranked(Instrument instrument, SearchMatch match) {
    }
}
