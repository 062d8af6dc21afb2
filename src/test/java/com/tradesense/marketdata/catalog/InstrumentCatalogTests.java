package com.tradesense.marketdata.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.tradesense.marketdata.AssetClass;
import com.tradesense.marketdata.Instrument;
import com.tradesense.marketdata.calendar.TradingCalendars;
import org.junit.jupiter.api.Test;

class InstrumentCatalogTests {

    static final TradingCalendars CALENDARS = TradingCalendars.standard();
    static final String HEADER = String.join(",", InstrumentCsv.HEADER) + "\n";

    final InstrumentCatalog catalog = seedCatalog();

    static InstrumentCatalog seedCatalog() {
        InputStream csv = InstrumentCatalogTests.class.getResourceAsStream("/marketdata/instruments.csv");
        return InstrumentCatalog.load(csv, "instruments.csv", id -> CALENDARS.byId(id).isPresent());
    }

    @Test
    void seedFileHoldsEveryAssetClassAndTenCasablancaStocks() {
        Map<AssetClass, Long> perClass = catalog.entries().stream()
                .collect(Collectors.groupingBy(entry -> entry.instrument().assetClass(), Collectors.counting()));

        assertThat(catalog.entries()).hasSizeGreaterThanOrEqualTo(60);
        assertThat(perClass.get(AssetClass.STOCK)).isGreaterThanOrEqualTo(35);
        assertThat(perClass.get(AssetClass.ETF)).isGreaterThanOrEqualTo(4);
        assertThat(perClass.get(AssetClass.INDEX)).isGreaterThanOrEqualTo(4);
        assertThat(perClass.get(AssetClass.CRYPTO)).isGreaterThanOrEqualTo(6);
        assertThat(perClass.get(AssetClass.FX)).isGreaterThanOrEqualTo(8);
        assertThat(perClass.get(AssetClass.COMMODITY)).isGreaterThanOrEqualTo(2);
        assertThat(catalog.entries().stream().filter(entry -> entry.instrument().exchange().equals("BVC")
                && entry.instrument().assetClass() == AssetClass.STOCK)).hasSizeGreaterThanOrEqualTo(10);
    }

    @Test
    void seedRowsCarryTheirTradingTerms() {
        CatalogEntry bitcoin = catalog.find("BTC-USD").orElseThrow();
        CatalogEntry attijari = catalog.find("ATW").orElseThrow();

        assertThat(bitcoin.instrument().lotSize()).isEqualByComparingTo("0.00000001");
        assertThat(bitcoin.instrument().fractional()).isTrue();
        assertThat(bitcoin.instrument().calendar()).isEqualTo("24x7");
        assertThat(attijari.instrument().currency()).isEqualTo("MAD");
        assertThat(attijari.instrument().isin()).isEqualTo("MA0000012445");
        assertThat(attijari.profile().referencePrice()).isPositive();
        assertThat(catalog.find("SPX").orElseThrow().instrument().tradable()).isFalse();
        assertThat(catalog.find("USD/JPY").orElseThrow().instrument().tickSize()).isEqualByComparingTo("0.001");
    }

    @Test
    void exactSymbolComesFirstThenSymbolPrefixesThenNames() {
        assertThat(symbols(catalog.search("ma", null, null))).startsWith("MA", "MASI").contains("IAM");
        assertThat(symbols(catalog.search("AAPL", null, null))).first().isEqualTo("AAPL");
    }

    @Test
    void findsACompanyByTheStartOfAnyWordOfItsName() {
        assertThat(symbols(catalog.search("attijari", null, null))).containsExactly("ATW");
        assertThat(symbols(catalog.search("telecom", null, null))).containsExactly("IAM");
        assertThat(symbols(catalog.search("Wafa Ass", null, null))).containsExactly("WAA");
    }

    @Test
    void toleratesOneTypoInASymbolOrNameWord() {
        assertThat(symbols(catalog.search("APPL", null, null))).contains("AAPL");
        assertThat(symbols(catalog.search("MFST", null, null))).contains("MSFT");
        assertThat(symbols(catalog.search("atijari", null, null))).contains("ATW");
        assertThat(symbols(catalog.search("nvidai", null, null))).contains("NVDA");
        assertThat(symbols(catalog.search("EURUSD", null, null))).contains("EUR/USD");
    }

    @Test
    void exactAndPrefixMatchesOutrankTypos() {
        List<String> found = symbols(catalog.search("AMD", null, null));

        assertThat(found.get(0)).isEqualTo("AMD");
    }

    @Test
    void filtersByAssetClassAndExchange() {
        assertThat(catalog.search(null, AssetClass.CRYPTO, null)).allMatch(i -> i.assetClass() == AssetClass.CRYPTO)
                .hasSizeGreaterThanOrEqualTo(6);
        assertThat(catalog.search("", null, "BVC")).allMatch(i -> i.exchange().equals("BVC"));
        assertThat(catalog.search("bank", AssetClass.STOCK, "BVC")).extracting(Instrument::symbol)
                .contains("ATW", "BOA").doesNotContain("BAC");
    }

    @Test
    void refusesARowWithABadValueNamingTheLineSymbolAndColumn() {
        String csv = HEADER + "AAPL,Apple Inc.,NASDAQ,STOCK,USD,0,1,true,true,true,Technology,,XNYS,270,1.2,1.6\n";

        assertThatThrownBy(() -> load(csv)).isInstanceOf(InvalidCatalogException.class)
                .hasMessage("test.csv line 2 (AAPL): tickSize must be greater than 0");
    }

    @Test
    void refusesUnknownCalendarsWrongIsinsAndDuplicates() {
        String row = "ATW,Attijariwafa Bank,BVC,STOCK,MAD,0.01,1,false,true,false,Banks,%s,%s,700,1.1,1.3\n";

        assertThatThrownBy(() -> load(HEADER + row.formatted("MA0000012445", "XPAR")))
                .hasMessageContaining("calendar must be a known trading calendar id");
        assertThatThrownBy(() -> load(HEADER + row.formatted("MA0000012446", "XCAS")))
                .hasMessageContaining("(ATW): isin");
        assertThatThrownBy(() -> load(HEADER + row.formatted("", "XCAS") + row.formatted("", "XCAS")))
                .hasMessage("test.csv line 3 (ATW): duplicate symbol");
    }

    @Test
    void refusesRowsWithMissingColumnsOrABadHeader() {
        assertThatThrownBy(() -> load(HEADER + "AAPL,Apple Inc.,NASDAQ\n"))
                .hasMessage("test.csv line 2 (AAPL): expected 16 columns, found 3");
        assertThatThrownBy(() -> load("symbol,name\n")).hasMessageContaining("header must be");
    }

    private static InstrumentCatalog load(String csv) {
        return InstrumentCatalog.load(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "test.csv",
                id -> CALENDARS.byId(id).isPresent());
    }

    private static List<String> symbols(List<Instrument> instruments) {
        return instruments.stream().map(Instrument::symbol).toList();
    }
}
