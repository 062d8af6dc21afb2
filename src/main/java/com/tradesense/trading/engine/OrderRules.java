package com.tradesense.trading.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import com.tradesense.trading.OrderClass;
import com.tradesense.trading.OrderSide;
import com.tradesense.trading.OrderType;
import com.tradesense.trading.TimeInForce;

/** The checks every order passes before the engine sees it, in the order they run. */
public final class OrderRules {

    public static final List<OrderRule> ALL = List.of(new Quantity(), new PriceFields(), new TickSize(),
            new TimeInForceFits(), new LegsPresent(), new StopSide(), new LegSides());

    private OrderRules() {
    }

    /** The violations of the first status that has any: malformed (400) before inconsistent (422). */
    public static List<OrderRule.Violation> check(OrderSpec order, MarketPrice market) {
        List<OrderRule.Violation> found = new ArrayList<>();
        for (OrderRule rule : ALL) {
            rule.check(order, market, found);
        }
        List<OrderRule.Violation> malformed = found.stream().filter(v -> v.status() == 400).toList();
        return malformed.isEmpty() ? found : malformed;
    }

    static OrderRule.Violation malformed(String code, String field, String message) {
        return new OrderRule.Violation(400, code, field, message);
    }

    /** Positive and a whole number of lots (fractional instruments have lots below one unit). */
    public static final class Quantity implements OrderRule {
        @Override
        public void check(OrderSpec order, MarketPrice market, List<Violation> out) {
            BigDecimal quantity = order.quantity();
            if (quantity == null || quantity.signum() <= 0) {
                out.add(malformed("INVALID_QUANTITY", "qty", "qty must be greater than 0"));
            } else if (quantity.remainder(order.instrument().lotSize()).signum() != 0) {
                out.add(malformed("INVALID_QUANTITY", "qty", "qty must be a multiple of the lot size "
                        + order.instrument().lotSize().stripTrailingZeros().toPlainString()));
            }
        }
    }

    /** Each type has exactly the prices it uses, all positive; a trailing stop has a trail price or a percent. */
    public static final class PriceFields implements OrderRule {
        @Override
        public void check(OrderSpec order, MarketPrice market, List<Violation> out) {
            OrderType type = order.type();
            boolean needsLimit = type == OrderType.LIMIT || type == OrderType.STOP_LIMIT;
            boolean needsStop = type == OrderType.STOP || type == OrderType.STOP_LIMIT;
            expect(order.limitPrice(), needsLimit, "limitPrice", type, out);
            expect(order.stopPrice(), needsStop, "stopPrice", type, out);
            if (type == OrderType.TRAILING_STOP) {
                if ((order.trailPrice() == null) == (order.trailPercent() == null)) {
                    out.add(malformed("INVALID_TRAIL", "trailPrice", "a TRAILING_STOP order needs exactly one of "
                            + "trailPrice and trailPercent"));
                } else if (order.trailPrice() != null && order.trailPrice().signum() <= 0) {
                    out.add(malformed("INVALID_TRAIL", "trailPrice", "trailPrice must be greater than 0"));
                } else if (order.trailPercent() != null && (order.trailPercent().signum() <= 0
                        || order.trailPercent().compareTo(BigDecimal.valueOf(100)) >= 0)) {
                    out.add(malformed("INVALID_TRAIL", "trailPercent", "trailPercent must be between 0 and 100"));
                }
            } else {
                expect(order.trailPrice(), false, "trailPrice", type, out);
                expect(order.trailPercent(), false, "trailPercent", type, out);
            }
        }

        private static void expect(BigDecimal value, boolean needed, String field, OrderType type, List<Violation> out) {
            if (needed && value == null) {
                out.add(malformed("MISSING_PRICE", field, field + " is required for a " + type + " order"));
            } else if (!needed && value != null) {
                out.add(malformed("UNEXPECTED_PRICE", field, field + " does not apply to a " + type + " order"));
            } else if (value != null && value.signum() <= 0) {
                out.add(malformed("INVALID_PRICE", field, field + " must be greater than 0"));
            }
        }
    }

    /** Every price an order names is a whole number of ticks. */
    public static final class TickSize implements OrderRule {
        @Override
        public void check(OrderSpec order, MarketPrice market, List<Violation> out) {
            BigDecimal tick = order.instrument().tickSize();
            onTick(order.limitPrice(), tick, "limitPrice", out);
            onTick(order.stopPrice(), tick, "stopPrice", out);
            onTick(order.trailPrice(), tick, "trailPrice", out);
            onTick(order.takeProfitLimitPrice(), tick, "takeProfit.limitPrice", out);
            onTick(order.stopLossStopPrice(), tick, "stopLoss.stopPrice", out);
            onTick(order.stopLossLimitPrice(), tick, "stopLoss.limitPrice", out);
        }

        private static void onTick(BigDecimal price, BigDecimal tick, String field, List<Violation> out) {
            if (price != null && price.signum() > 0 && price.remainder(tick).signum() != 0) {
                out.add(malformed("INVALID_PRICE", field, field + " must be a multiple of the tick size "
                        + tick.stripTrailingZeros().toPlainString()));
            }
        }
    }

    /**
     * IOC and FOK fit simple market and limit orders; extended hours only limit orders that rest (DAY or GTC);
     * groups of orders rest, so DAY or GTC.
     */
    public static final class TimeInForceFits implements OrderRule {
        @Override
        public void check(OrderSpec order, MarketPrice market, List<Violation> out) {
            TimeInForce tif = order.timeInForce();
            boolean immediate = tif == TimeInForce.IOC || tif == TimeInForce.FOK;
            if (immediate && (order.orderClass() != OrderClass.SIMPLE
                    || order.type() != OrderType.MARKET && order.type() != OrderType.LIMIT)) {
                out.add(malformed("INVALID_TIME_IN_FORCE", "timeInForce",
                        tif + " applies to simple MARKET and LIMIT orders only"));
            }
            if (order.extendedHours() && (order.type() != OrderType.LIMIT || immediate)) {
                out.add(malformed("INVALID_EXTENDED_HOURS", "extendedHours",
                        "extended hours apply to LIMIT orders with DAY or GTC only"));
            }
        }
    }

    /** BRACKET: take-profit and stop-loss; OTO: one of them; OCO: a LIMIT take-profit plus a stop-loss; SIMPLE: none. */
    public static final class LegsPresent implements OrderRule {
        @Override
        public void check(OrderSpec order, MarketPrice market, List<Violation> out) {
            boolean takeProfit = order.takeProfitLimitPrice() != null;
            boolean stopLoss = order.stopLossStopPrice() != null;
            switch (order.orderClass()) {
                case SIMPLE -> {
                    if (takeProfit || stopLoss || order.stopLossLimitPrice() != null) {
                        out.add(malformed("UNEXPECTED_LEG", takeProfit ? "takeProfit" : "stopLoss",
                                "a SIMPLE order has no takeProfit or stopLoss"));
                    }
                }
                case BRACKET -> {
                    entryType(order, out);
                    if (!takeProfit) {
                        out.add(malformed("MISSING_LEG", "takeProfit.limitPrice", "a BRACKET order needs a take-profit"));
                    }
                    if (!stopLoss) {
                        out.add(malformed("MISSING_LEG", "stopLoss.stopPrice", "a BRACKET order needs a stop-loss"));
                    }
                }
                case OTO -> {
                    entryType(order, out);
                    if (takeProfit == stopLoss) {
                        out.add(malformed("MISSING_LEG", "takeProfit", "an OTO order needs exactly one of takeProfit "
                                + "and stopLoss"));
                    }
                }
                case OCO -> {
                    if (order.type() != OrderType.LIMIT) {
                        out.add(malformed("INVALID_ORDER_TYPE", "type", "an OCO order is a LIMIT take-profit with "
                                + "a stopLoss"));
                    }
                    if (takeProfit) {
                        out.add(malformed("UNEXPECTED_LEG", "takeProfit", "an OCO order's take-profit is its "
                                + "limitPrice"));
                    }
                    if (!stopLoss) {
                        out.add(malformed("MISSING_LEG", "stopLoss.stopPrice", "an OCO order needs a stop-loss"));
                    }
                }
            }
        }

        private static void entryType(OrderSpec order, List<Violation> out) {
            if (order.type() != OrderType.MARKET && order.type() != OrderType.LIMIT) {
                out.add(malformed("INVALID_ORDER_TYPE", "type", "the entry of a " + order.orderClass()
                        + " order is MARKET or LIMIT"));
            }
        }
    }

    /** A buy stop triggers above the last trade and a sell stop below it; otherwise it would trigger at once. */
    public static final class StopSide implements OrderRule {
        @Override
        public void check(OrderSpec order, MarketPrice market, List<Violation> out) {
            if (market == null || order.stopPrice() == null
                    || order.type() != OrderType.STOP && order.type() != OrderType.STOP_LIMIT) {
                return;
            }
            int compared = order.stopPrice().compareTo(market.last());
            if (order.side() == OrderSide.BUY ? compared <= 0 : compared >= 0) {
                out.add(new Violation(422, "INVALID_PRICE", "stopPrice", "a " + order.side() + " stop must be "
                        + (order.side() == OrderSide.BUY ? "above" : "below") + " the last trade "
                        + market.last().toPlainString()));
            }
        }
    }

    /**
     * Exits on the profitable and the protective side of the entry: for a long entry (or an OCO selling a long)
     * take-profit above and stop-loss below the reference (the entry's limit, or the last trade); mirrored for shorts.
     */
    public static final class LegSides implements OrderRule {
        @Override
        public void check(OrderSpec order, MarketPrice market, List<Violation> out) {
            if (order.orderClass() == OrderClass.SIMPLE) {
                return;
            }
            boolean oco = order.orderClass() == OrderClass.OCO;
            BigDecimal takeProfit = oco ? order.limitPrice() : order.takeProfitLimitPrice();
            BigDecimal reference = !oco && order.limitPrice() != null ? order.limitPrice()
                    : market == null ? null : market.last();
            if (reference == null) {
                return;
            }
            // +1 when the exits sell (a long entry, or an OCO that sells), so profit lies above
            int up = oco ? -order.side().sign() : order.side().sign();
            if (takeProfit != null && takeProfit.compareTo(reference) * up <= 0) {
                out.add(new Violation(422, "INVALID_PRICE", oco ? "limitPrice" : "takeProfit.limitPrice",
                        "the take-profit must be " + (up > 0 ? "above " : "below ") + reference.toPlainString()));
            }
            if (order.stopLossStopPrice() != null && order.stopLossStopPrice().compareTo(reference) * up >= 0) {
                out.add(new Violation(422, "INVALID_PRICE", "stopLoss.stopPrice",
                        "the stop-loss must be " + (up > 0 ? "below " : "above ") + reference.toPlainString()));
            }
        }
    }
}
