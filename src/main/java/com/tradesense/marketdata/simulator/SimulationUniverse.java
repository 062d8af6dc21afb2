package com.tradesense.marketdata.simulator;

import java.util.List;

import com.tradesense.marketdata.calendar.TradingCalendar;

/** The instruments the simulated exchange trades and the calendars they trade on (implemented by the catalog). */
public interface SimulationUniverse {

    List<SimulatedInstrument> instruments();

    /** The calendar with that id ({@link com.tradesense.marketdata.Instrument#calendar()}). */
    TradingCalendar calendar(String id);
}
