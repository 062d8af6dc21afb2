package com.tradesense.marketdata.catalog;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import com.tradesense.marketdata.AssetClass;
import com.tradesense.marketdata.Instrument;

/**
 * Reads the catalog seed file. Any bad row stops the load with the line number, the symbol and the offending column,
 * so a typo in the file fails start-up loudly instead of seeding a broken instrument.
 */
final class InstrumentCsv {

    static final List<String> HEADER = List.of("symbol", "name", "exchange", "assetClass", "currency", "tickSize",
            "lotSize", "fractional", "tradable", "shortable", "sector", "isin", "calendar", "referencePrice", "beta",
            "dailyVolatilityPercent");

    private InstrumentCsv() {
    }

    static List<CatalogEntry> read(Reader source, String sourceName, Predicate<String> knownCalendar) {
        List<CatalogEntry> entries = new ArrayList<>();
        Set<String> symbols = new HashSet<>();
        boolean headerSeen = false;
        try (BufferedReader reader = new BufferedReader(source)) {
            int lineNumber = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                List<String> cells = Arrays.stream(line.split(",", -1)).map(String::strip).toList();
                if (!headerSeen) {
                    if (!cells.equals(HEADER)) {
                        throw new InvalidCatalogException(sourceName + " line " + lineNumber
                                + ": header must be " + String.join(",", HEADER));
                    }
                    headerSeen = true;
                    continue;
                }
                String where = sourceName + " line " + lineNumber + " (" + cells.get(0) + ")";
                if (cells.size() != HEADER.size()) {
                    throw new InvalidCatalogException(where + ": expected " + HEADER.size() + " columns, found "
                            + cells.size());
                }
                CatalogEntry entry = parse(cells, where);
                List<InstrumentRules.Violation> violations = InstrumentRules.violations(entry, knownCalendar);
                if (!violations.isEmpty()) {
                    InstrumentRules.Violation first = violations.get(0);
                    throw new InvalidCatalogException(where + ": " + first.field() + " " + first.message());
                }
                if (!symbols.add(entry.symbol())) {
                    throw new InvalidCatalogException(where + ": duplicate symbol");
                }
                entries.add(entry);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + sourceName, e);
        }
        if (!headerSeen) {
            throw new InvalidCatalogException(sourceName + " has no header line");
        }
        return entries;
    }

    private static CatalogEntry parse(List<String> cells, String where) {
        Instrument instrument = new Instrument(cells.get(0), cells.get(1), cells.get(2),
                enumValue(cells.get(3), where), cells.get(4), decimal(cells, 5, where), decimal(cells, 6, where),
                bool(cells, 7, where), bool(cells, 8, where), bool(cells, 9, where), blankToNull(cells.get(10)),
                blankToNull(cells.get(11)), cells.get(12), true);
        MarketProfile profile = new MarketProfile(decimal(cells, 13, where), number(cells, 14, where),
                number(cells, 15, where));
        return new CatalogEntry(instrument, profile);
    }

    private static AssetClass enumValue(String value, String where) {
        try {
            return AssetClass.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidCatalogException(where + ": assetClass must be one of "
                    + Arrays.toString(AssetClass.values()));
        }
    }

    private static BigDecimal decimal(List<String> cells, int column, String where) {
        try {
            return new BigDecimal(cells.get(column));
        } catch (NumberFormatException e) {
            throw new InvalidCatalogException(where + ": " + HEADER.get(column) + " is not a decimal number");
        }
    }

    private static double number(List<String> cells, int column, String where) {
        try {
            return Double.parseDouble(cells.get(column));
        } catch (NumberFormatException e) {
            throw new InvalidCatalogException(where + ": " + HEADER.get(column) + " is not a number");
        }
    }

    private static boolean bool(List<String> cells, int column, String where) {
        return switch (cells.get(column)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidCatalogException(where + ": " + HEADER.get(column) + " must be true or false");
        };
    }

    private static String blankToNull(String value) {
        return value.isEmpty() ? null : value;
    }
}
