package com.tradesense.marketdata.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;

import com.tradesense.marketdata.calendar.TradingCalendars;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Puts the instruments of the bundled seed file into the database at start-up. Only missing symbols are inserted, so
 * running it on every start is harmless and never undoes what an admin changed. A bad seed row stops start-up.
 * Seeds while the context starts (after Flyway), so beans built from the catalog, like the simulated exchange, see it.
 */
@Component
class CatalogSeeder implements InitializingBean {

    static final String SEED_FILE = "marketdata/instruments.csv";
    private static final Logger log = LoggerFactory.getLogger(CatalogSeeder.class);

    private final InstrumentRepository repository;
    private final TradingCalendars calendars;
    private final Clock clock;

    CatalogSeeder(InstrumentRepository repository, TradingCalendars calendars, Clock clock) {
        this.repository = repository;
        this.calendars = calendars;
        this.clock = clock;
    }

    @Override
    public void afterPropertiesSet() {
        seed();
    }

    void seed() {
        InstrumentCatalog seed;
        try (InputStream csv = new ClassPathResource(SEED_FILE).getInputStream()) {
            seed = InstrumentCatalog.load(csv, SEED_FILE, id -> calendars.byId(id).isPresent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + SEED_FILE, e);
        }
        Instant now = clock.instant();
        long added = seed.entries().stream().filter(entry -> repository.insertIfMissing(entry, now)).count();
        log.info("Instrument catalog: {} seed instruments, {} newly added", seed.entries().size(), added);
    }
}
