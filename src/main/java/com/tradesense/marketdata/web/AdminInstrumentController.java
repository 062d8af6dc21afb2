package com.tradesense.marketdata.web;

import com.tradesense.marketdata.catalog.CatalogInstruments;
import com.tradesense.marketdata.web.MarketDataApi.EnabledUpdateRequest;
import com.tradesense.marketdata.web.MarketDataApi.InstrumentCreateRequest;
import com.tradesense.marketdata.web.MarketDataApi.InstrumentView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/admin/instruments")
@PreAuthorize("hasAnyRole('ADMIN', 'SUPER_ADMIN')")
@Tag(name = "Admin: instruments")
class AdminInstrumentController {

    private final CatalogInstruments instruments;

    AdminInstrumentController(CatalogInstruments instruments) {
        this.instruments = instruments;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add an instrument", description = "400 INVALID_INSTRUMENT naming each bad field; "
            + "409 INSTRUMENT_EXISTS when the symbol is taken.")
    InstrumentView create(@Valid @RequestBody InstrumentCreateRequest body) {
        return InstrumentView.of(instruments.create(body.toEntry()).instrument());
    }

    @PatchMapping("/{symbol}")
    @Operation(summary = "Disable or re-enable an instrument", description = "A disabled instrument leaves search "
            + "and cannot be traded; its history and lookups by symbol remain. Write FX symbols as EUR-USD.")
    InstrumentView setEnabled(@PathVariable String symbol, @Valid @RequestBody EnabledUpdateRequest body) {
        return InstrumentView.of(instruments.setEnabled(symbol, body.enabled()).instrument());
    }
}
