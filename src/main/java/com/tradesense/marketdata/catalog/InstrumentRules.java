package com.tradesense.marketdata.catalog;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import com.tradesense.marketdata.AssetClass;
import com.tradesense.marketdata.Instrument;

/**
 * What makes an instrument definition usable, shared by the seed file and the admin endpoint so both refuse the same
 * things. Each rule names the field it is about, the way the CSV header and the JSON body spell it.
 */
public final class InstrumentRules {

    /** Upper-case letters and digits with the separators real tickers use: BTC-USD, EUR/USD, GC=F, BRK.B. */
    static final Pattern SYMBOL = Pattern.compile("[A-Z0-9][A-Z0-9./=^-]{0,19}");
    static final Pattern EXCHANGE = Pattern.compile("[A-Z]{2,10}");
    static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    /** Two-letter country, nine alphanumerics, one check digit (ISO 6166). */
    static final Pattern ISIN = Pattern.compile("[A-Z]{2}[A-Z0-9]{9}[0-9]");

    public record Violation(String field, String message) {
    }

    private InstrumentRules() {
    }

    public static List<Violation> violations(CatalogEntry entry, Predicate<String> knownCalendar) {
        Instrument instrument = entry.instrument();
        List<Violation> violations = new ArrayList<>();
        check(violations, "symbol", instrument.symbol() != null && SYMBOL.matcher(instrument.symbol()).matches(),
                "must be 1-20 upper-case letters, digits or . / = ^ -");
        check(violations, "name", instrument.name() != null && !instrument.name().isBlank()
                && instrument.name().length() <= 120, "must be 1-120 characters");
        check(violations, "exchange", instrument.exchange() != null
                && EXCHANGE.matcher(instrument.exchange()).matches(), "must be 2-10 upper-case letters");
        check(violations, "assetClass", instrument.assetClass() != null, "is required");
        check(violations, "currency", instrument.currency() != null
                && CURRENCY.matcher(instrument.currency()).matches(), "must be an ISO 4217 code such as USD");
        check(violations, "tickSize", positive(instrument.tickSize()), "must be greater than 0");
        check(violations, "lotSize", positive(instrument.lotSize()), "must be greater than 0");
        check(violations, "isin", instrument.isin() == null || validIsin(instrument.isin()),
                "must be a 12-character ISIN with a valid check digit");
        check(violations, "calendar", instrument.calendar() != null && knownCalendar.test(instrument.calendar()),
                "must be a known trading calendar id");
        check(violations, "tradable", instrument.tradable() || instrument.assetClass() == AssetClass.INDEX
                || instrument.assetClass() == null, "only indices may be non-tradable");
        check(violations, "referencePrice", positive(entry.profile().referencePrice()), "must be greater than 0");
        check(violations, "dailyVolatilityPercent", entry.profile().dailyVolatilityPercent() > 0
                && entry.profile().dailyVolatilityPercent() < 100, "must be between 0 and 100 (exclusive)");
        check(violations, "beta", Double.isFinite(entry.profile().beta()) && Math.abs(entry.profile().beta()) <= 10,
                "must be between -10 and 10");
        return violations;
    }

    /** ISO 6166 check digit: letters become 10-35, then the Luhn algorithm over the resulting digits. */
    static boolean validIsin(String isin) {
        if (!ISIN.matcher(isin).matches()) {
            return false;
        }
        StringBuilder digits = new StringBuilder();
        for (char c : isin.substring(0, 11).toCharArray()) {
            digits.append(Character.digit(c, 36));
        }
        int sum = 0;
        for (int i = digits.length() - 1, position = 0; i >= 0; i--, position++) {
            int digit = digits.charAt(i) - '0';
            if (position % 2 == 0) {
                digit *= 2;
                digit = digit > 9 ? digit - 9 : digit;
            }
            sum += digit;
        }
        return (10 - sum % 10) % 10 == isin.charAt(11) - '0';
    }

    private static boolean positive(BigDecimal value) {
        return value != null && value.signum() > 0;
    }

    private static void check(List<Violation> violations, String field, boolean valid, String message) {
        if (!valid) {
            violations.add(new Violation(field, message));
        }
    }
}
