package com.tradesense.marketdata.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import com.tradesense.marketdata.SessionPhase;
import org.junit.jupiter.api.Test;

class OtherCalendarsTests {

    final CasablancaCalendar casablanca = new CasablancaCalendar();
    final FxCalendar fx = FxCalendar.forex();
    final FxCalendar globex = FxCalendar.globex();
    final ContinuousCalendar crypto = new ContinuousCalendar();

    @Test
    void casablancaTradesFrom0930To1530LocalTimeInUtcPlusOne() {
        // 2026-01-15 is a Thursday; Morocco is UTC+1 outside Ramadan.
        assertThat(casablanca.phaseAt(Instant.parse("2026-01-15T07:59:00Z"))).isEqualTo(SessionPhase.CLOSED);
        assertThat(casablanca.phaseAt(Instant.parse("2026-01-15T08:00:00Z"))).isEqualTo(SessionPhase.PRE_MARKET);
        assertThat(casablanca.phaseAt(Instant.parse("2026-01-15T08:30:00Z"))).isEqualTo(SessionPhase.OPEN);
        assertThat(casablanca.phaseAt(Instant.parse("2026-01-15T14:30:00Z"))).isEqualTo(SessionPhase.CLOSED);
    }

    @Test
    void casablancaKeepsLocalHoursWhenMoroccoMovesToUtcDuringRamadan() {
        // 2026-03-02 (Monday) is in Ramadan, when Africa/Casablanca is UTC+0: 09:30 local is 09:30 UTC.
        assertThat(casablanca.phaseAt(Instant.parse("2026-03-02T08:45:00Z"))).isEqualTo(SessionPhase.CLOSED);
        assertThat(casablanca.phaseAt(Instant.parse("2026-03-02T09:15:00Z"))).isEqualTo(SessionPhase.PRE_MARKET);
        assertThat(casablanca.phaseAt(Instant.parse("2026-03-02T09:30:00Z"))).isEqualTo(SessionPhase.OPEN);
        assertThat(casablanca.nextClose(Instant.parse("2026-03-02T09:30:00Z")))
                .isEqualTo(Instant.parse("2026-03-02T15:30:00Z"));
    }

    @Test
    void casablancaClosesOnNationalHolidaysWithoutMovingWeekendOnes() {
        assertThat(casablanca.isHoliday(LocalDate.of(2026, 1, 14))).isTrue(); // Amazigh New Year, Wednesday
        assertThat(casablanca.isHoliday(LocalDate.of(2023, 1, 13))).isFalse(); // before the Amazigh holiday existed
        assertThat(casablanca.isHoliday(LocalDate.of(2026, 7, 30))).isTrue(); // Throne Day, Thursday
        assertThat(casablanca.isHoliday(LocalDate.of(2026, 11, 18))).isTrue(); // Independence Day, Wednesday
        // Green March 2027 is a Saturday; Friday and Monday trade.
        assertThat(casablanca.tradingDay(LocalDate.of(2027, 11, 5))).isPresent();
        assertThat(casablanca.tradingDay(LocalDate.of(2027, 11, 8))).isPresent();
    }

    @Test
    void casablancaClosesForTheAnnouncedIslamicHolidays() {
        // Eid al-Fitr 2025 was Monday 31 March and Tuesday 1 April in Morocco.
        assertThat(casablanca.isHoliday(LocalDate.of(2025, 3, 31))).isTrue();
        assertThat(casablanca.isHoliday(LocalDate.of(2025, 4, 1))).isTrue();
        // Morocco stays on UTC+0 until the Sunday after Eid (2025-04-06), so 09:30 local is still 09:30 UTC.
        assertThat(casablanca.nextOpen(Instant.parse("2025-03-28T15:00:00Z")))
                .isEqualTo(Instant.parse("2025-04-02T09:30:00Z"));
    }

    @Test
    void forexWeekRunsFromSunday17ToFriday17NewYork() {
        // 2026-11-22 is a Sunday; New York is on EST (UTC-5).
        assertThat(fx.phaseAt(Instant.parse("2026-11-22T21:59:00Z"))).isEqualTo(SessionPhase.CLOSED);
        assertThat(fx.phaseAt(Instant.parse("2026-11-22T22:00:00Z"))).isEqualTo(SessionPhase.OPEN);
        assertThat(fx.phaseAt(Instant.parse("2026-11-25T03:00:00Z"))).isEqualTo(SessionPhase.OPEN);
        assertThat(fx.phaseAt(Instant.parse("2026-11-27T22:00:00Z"))).isEqualTo(SessionPhase.CLOSED);
        assertThat(fx.nextOpen(Instant.parse("2026-11-28T12:00:00Z"))).isEqualTo(Instant.parse("2026-11-29T22:00:00Z"));
    }

    @Test
    void forexTradingDayOfAWednesdayStartsTuesdayAt17NewYork() {
        TradingDay wednesday = fx.tradingDay(LocalDate.of(2026, 11, 25)).orElseThrow();

        assertThat(wednesday.open()).isEqualTo(Instant.parse("2026-11-24T22:00:00Z"));
        assertThat(wednesday.close()).isEqualTo(Instant.parse("2026-11-25T22:00:00Z"));
    }

    @Test
    void forexClosesForChristmasDay() {
        // Friday 2026-12-25: no session from Thursday 17:00 until Sunday 17:00.
        assertThat(fx.isHoliday(LocalDate.of(2026, 12, 25))).isTrue();
        assertThat(fx.phaseAt(Instant.parse("2026-12-25T12:00:00Z"))).isEqualTo(SessionPhase.CLOSED);
        assertThat(fx.nextOpen(Instant.parse("2026-12-24T22:30:00Z"))).isEqualTo(Instant.parse("2026-12-27T22:00:00Z"));
    }

    @Test
    void globexPausesFrom17To18NewYorkEveryWeekday() {
        assertThat(globex.phaseAt(Instant.parse("2026-11-24T22:30:00Z"))).isEqualTo(SessionPhase.CLOSED);
        assertThat(globex.phaseAt(Instant.parse("2026-11-24T23:00:00Z"))).isEqualTo(SessionPhase.OPEN);
        assertThat(globex.nextOpen(Instant.parse("2026-11-24T22:30:00Z"))).isEqualTo(Instant.parse("2026-11-24T23:00:00Z"));
    }

    @Test
    void cryptoIsAlwaysOpenWithUtcDays() {
        assertThat(crypto.phaseAt(Instant.parse("2026-12-25T03:00:00Z"))).isEqualTo(SessionPhase.OPEN);
        assertThat(crypto.isHoliday(LocalDate.of(2026, 12, 25))).isFalse();
        assertThat(crypto.nextClose(Instant.parse("2026-12-25T03:00:00Z"))).isEqualTo(Instant.parse("2026-12-26T00:00:00Z"));
    }

    @Test
    void registryMapsVenuesToCalendarsAndReportsStatus() {
        TradingCalendars calendars = TradingCalendars.standard();

        assertThat(calendars.exchanges()).startsWith("NYSE", "NASDAQ", "BVC", "CRYPTO", "FX");
        assertThat(calendars.forExchange("NASDAQ").orElseThrow().id()).isEqualTo(NyseCalendar.ID);
        assertThat(calendars.byId("XCAS")).containsInstanceOf(CasablancaCalendar.class);

        ExchangeStatus thanksgiving = ExchangeStatus.of("NYSE", calendars.forExchange("NYSE").orElseThrow(),
                Instant.parse("2026-11-26T15:00:00Z"));
        assertThat(thanksgiving.session()).isEqualTo(SessionPhase.CLOSED);
        assertThat(thanksgiving.isHoliday()).isTrue();
        assertThat(thanksgiving.nextOpen()).isEqualTo(Instant.parse("2026-11-27T14:30:00Z"));
        assertThat(thanksgiving.nextClose()).isEqualTo(Instant.parse("2026-11-27T18:00:00Z"));
        assertThat(thanksgiving.timezone()).isEqualTo("America/New_York");
    }
}
