package com.tradesense.marketdata.simulator;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.SplittableRandom;

import com.tradesense.marketdata.calendar.TradingCalendar;
import com.tradesense.marketdata.calendar.TradingDay;

/**
 * The price process of one instrument: log returns are {@code beta * factor + idiosyncratic}, each a Brownian motion
 * whose per-minute variance follows {@link SessionDay} plus Poisson jumps. The factor's draws are keyed by the
 * benchmark symbol, so every instrument on the same benchmark sees the same factor shocks in the same minute.
 */
final class InstrumentModel {

    /** Share of daily variance that arrives as jumps (news), the rest diffuses. */
    static final double JUMP_SHARE = 0.16;
    /** A jump's standard deviation in daily sigmas; with the share above that is one jump every 25 days. */
    static final double JUMP_SIZE = 2.0;
    static final double JUMPS_PER_DAY = JUMP_SHARE / (JUMP_SIZE * JUMP_SIZE);

    final SimulatedInstrument spec;
    final TradingCalendar calendar;
    final Liquidity liquidity;
    final BigDecimal tickSize;
    private final double tick;
    private final long seed;
    private final long ownKey;
    private final long factorKey;
    /** Daily sigma of the factor part ({@code beta * factor sigma}) and of the idiosyncratic part. */
    private final double factorSigma;
    private final double ownSigma;

    InstrumentModel(long seed, SimulatedInstrument spec, TradingCalendar calendar, double benchmarkVolatility) {
        this.spec = spec;
        this.calendar = calendar;
        this.liquidity = Liquidity.of(spec);
        this.tickSize = spec.instrument().tickSize();
        this.tick = tickSize.doubleValue();
        this.seed = seed;
        this.ownKey = Seeds.key(spec.symbol());
        this.factorKey = Seeds.key("factor:" + spec.benchmark());
        double total = spec.dailyVolatility();
        double factor = Math.min(Math.abs(spec.beta()) * benchmarkVolatility, total);
        this.factorSigma = Math.copySign(factor, spec.beta());
        // When beta alone explains more than the configured volatility, the factor wins and nothing is left over.
        this.ownSigma = Math.sqrt(Math.max(0, total * total - factor * factor));
    }

    /**
     * Simulates every session minute in {@code [fromMinute, untilMinute)} continuing from {@code close}, handing each
     * bar to {@code sink}; returns the last close.
     */
    long simulate(long fromMinute, long untilMinute, long close, MinuteBar bar, MinuteBarSink sink) {
        ZoneId zone = calendar.zone();
        // A trading day can start on the evening before its date (FX), so look one day either side.
        LocalDate last = LocalDate.ofInstant(Instant.ofEpochSecond(untilMinute * 60), zone).plusDays(1);
        for (LocalDate date = LocalDate.ofInstant(Instant.ofEpochSecond(fromMinute * 60), zone).minusDays(1);
                !date.isAfter(last); date = date.plusDays(1)) {
            Optional<TradingDay> tradingDay = calendar.tradingDay(date);
            if (tradingDay.isEmpty()) {
                continue;
            }
            SessionDay day = SessionDay.of(calendar, tradingDay.get());
            long end = Math.min(day.afterClose, untilMinute);
            for (long m = Math.max(day.preOpen, fromMinute); m < end; m++) {
                minute(m, day, close, bar);
                close = bar.close;
                sink.accept(m, bar.open, bar.high, bar.low, bar.close, bar.volume, bar.extended);
            }
        }
        return close;
    }

    /** The session day that trades in {@code minute}, or null when the market is closed then. */
    SessionDay sessionAt(long minute) {
        LocalDate date = LocalDate.ofInstant(Instant.ofEpochSecond(minute * 60), calendar.zone());
        for (LocalDate candidate : new LocalDate[] {date, date.plusDays(1), date.minusDays(1)}) {
            Optional<TradingDay> tradingDay = calendar.tradingDay(candidate);
            if (tradingDay.isPresent()) {
                SessionDay day = SessionDay.of(calendar, tradingDay.get());
                if (day.contains(minute)) {
                    return day;
                }
            }
        }
        return null;
    }

    long ticks(double price) {
        return Math.max(1, Math.round(price / tick));
    }

    double price(long ticks) {
        return ticks * tick;
    }

    BigDecimal decimal(long ticks) {
        return tickSize.multiply(BigDecimal.valueOf(ticks));
    }

    /** Simulates {@code minute} of {@code day} starting from the previous close, into {@code out}. */
    void minute(long minute, SessionDay day, long previousClose, MinuteBar out) {
        SplittableRandom factor = new SplittableRandom(Seeds.of(seed, factorKey, minute));
        SplittableRandom own = new SplittableRandom(Seeds.of(seed, ownKey, minute));
        // Draw every number every minute, used or not, so a minute's numbers never depend on the branch taken.
        double factorMove = factor.nextGaussian();
        double factorGap = factor.nextGaussian();
        double factorJump = jump(factor, jumpProbability(day));
        double ownMove = own.nextGaussian();
        double ownGap = own.nextGaussian();
        double ownJump = jump(own, jumpProbability(day));
        double volumeNoise = own.nextGaussian();

        double gapSd = day.gap(minute) ? Math.sqrt((1 - JUMP_SHARE) * day.gapShare()) : 0;
        double moveSd = Math.sqrt((1 - JUMP_SHARE) * day.varianceShare(minute));
        double gap = gapSd * (factorSigma * factorGap + ownSigma * ownGap);
        double move = moveSd * (factorSigma * factorMove + ownSigma * ownMove)
                + factorSigma * factorJump + ownSigma * ownJump;

        out.minute = minute;
        out.extended = day.extended(minute);
        out.open = ticks(price(previousClose) * Math.exp(gap));
        out.close = ticks(price(out.open) * Math.exp(move));
        out.volume = Math.round(liquidity.dailyVolume() * day.volumeShare(minute)
                * Math.exp(0.5 * volumeNoise - 0.125));
        bridgePrints(out, liquidity.prints(out.extended),
                moveSd * Math.hypot(factorSigma, ownSigma), own);
    }

    /**
     * Fills the prints between open and close with a Brownian bridge (a random walk pinned at both ends), which also
     * gives the minute's high and low: more prints, wider range, as in a busy market.
     */
    private void bridgePrints(MinuteBar out, int count, double sd, SplittableRandom random) {
        double logOpen = Math.log(price(out.open));
        double logClose = Math.log(price(out.close));
        double step = sd / Math.sqrt(count - 1);
        double[] walk = out.walk;
        walk[0] = 0;
        for (int k = 1; k < count; k++) {
            walk[k] = walk[k - 1] + step * random.nextGaussian();
        }
        double pull = walk[count - 1] - (logClose - logOpen);
        long[] prints = out.prints;
        prints[0] = out.open;
        long high = Math.max(out.open, out.close);
        long low = Math.min(out.open, out.close);
        for (int k = 1; k < count - 1; k++) {
            long p = ticks(Math.exp(logOpen + walk[k] - pull * k / (count - 1)));
            prints[k] = p;
            high = Math.max(high, p);
            low = Math.min(low, p);
        }
        prints[count - 1] = out.close;
        out.printCount = count;
        out.high = high;
        out.low = low;
    }

    /** A jump in daily sigmas with the given probability, else 0; both numbers are always drawn. */
    private static double jump(SplittableRandom random, double probability) {
        boolean jumps = random.nextDouble() < probability;
        double size = JUMP_SIZE * random.nextGaussian();
        return jumps ? size : 0;
    }

    private static double jumpProbability(SessionDay day) {
        return JUMPS_PER_DAY / day.minutes();
    }

    /**
     * One regular-hours daily bar simulated directly at daily resolution, walking backwards in time: given this
     * day's close, it draws the day's open, range and volume, and returns the previous day's close in {@code out[4]}.
     * Going backwards lets years of daily history end exactly at the price the 1-minute history starts from.
     *
     * @param out {open, high, low, close, previousClose, volume} in ticks (volume in units)
     */
    void dayBackwards(LocalDate date, SessionDay day, long close, long[] out) {
        long epochDay = date.toEpochDay();
        SplittableRandom factor = new SplittableRandom(Seeds.of(seed, factorKey ^ Seeds.DAILY_STREAM, epochDay));
        SplittableRandom own = new SplittableRandom(Seeds.of(seed, ownKey ^ Seeds.DAILY_STREAM, epochDay));
        double factorMove = factor.nextGaussian();
        double factorGap = factor.nextGaussian();
        double factorJump = jump(factor, JUMPS_PER_DAY);
        double ownMove = own.nextGaussian();
        double ownGap = own.nextGaussian();
        double ownJump = jump(own, JUMPS_PER_DAY);
        double highExcursion = Math.abs(own.nextGaussian());
        double lowExcursion = Math.abs(own.nextGaussian());
        double volumeNoise = own.nextGaussian();

        double regularSd = Math.sqrt((1 - JUMP_SHARE) * day.regularShare());
        double outsideSd = Math.sqrt((1 - JUMP_SHARE) * day.outsideRegularShare());
        double regular = regularSd * (factorSigma * factorMove + ownSigma * ownMove);
        // News jumps land overnight where there is a night, else during the session.
        double jumps = factorSigma * factorJump + ownSigma * ownJump;
        double outside = outsideSd * (factorSigma * factorGap + ownSigma * ownGap);
        if (day.outsideRegularShare() > 0) {
            outside += jumps;
        } else {
            regular += jumps;
        }
        long open = ticks(price(close) / Math.exp(regular));
        // A bridge's excursion beyond its endpoints is about 0.6 of the session's sigma on average.
        double rangeSd = 0.6 * regularSd * Math.hypot(factorSigma, ownSigma);
        out[0] = open;
        out[1] = Math.max(Math.max(open, close), ticks(price(Math.max(open, close)) * Math.exp(rangeSd * highExcursion)));
        out[2] = Math.min(Math.min(open, close), ticks(price(Math.min(open, close)) * Math.exp(-rangeSd * lowExcursion)));
        out[3] = close;
        out[4] = ticks(price(open) / Math.exp(outside));
        double regularVolume = day.hasExtendedHours() ? 1 - SessionDay.EXTENDED_VOLUME_SHARE : 1;
        out[5] = Math.round(liquidity.dailyVolume() * regularVolume * Math.exp(0.3 * volumeNoise - 0.045));
    }
}
