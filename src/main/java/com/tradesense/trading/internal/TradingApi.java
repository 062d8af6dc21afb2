package com.tradesense.trading.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.tradesense.marketdata.AssetClass;
import com.tradesense.marketdata.SessionPhase;
import com.tradesense.trading.AccountType;
import com.tradesense.trading.OrderClass;
import com.tradesense.trading.OrderSide;
import com.tradesense.trading.OrderStatus;
import com.tradesense.trading.OrderType;
import com.tradesense.trading.PositionSide;
import com.tradesense.trading.RejectReason;
import com.tradesense.trading.RoundTrip;
import com.tradesense.trading.TimeInForce;
import com.tradesense.trading.engine.LedgerEntry;
import com.tradesense.trading.engine.Order;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Request and response bodies of the trading endpoints. */
final class TradingApi {

    private TradingApi() {
    }

    record OpenAccountRequest(@NotBlank @Size(max = 60) String name, @NotNull AccountType type,
            @NotNull @Pattern(regexp = "USD|MAD", message = "must be USD or MAD") String currency,
            @NotNull @Schema(description = "Cash the account starts with, > 0, at most 2 decimals") BigDecimal startingBalance) {
    }

    record AccountView(UUID id, String name, AccountType type, String currency, String status,
            BigDecimal startingBalance, BigDecimal cash, BigDecimal equity, BigDecimal longMarketValue,
            BigDecimal shortMarketValue,
            @Schema(description = "Cash: cash less open-order reservations. Margin: 2x the excess equity (Reg T)") BigDecimal buyingPower,
            @Schema(description = "Margin: 4x the excess equity for stocks while their session is open; cash: as buyingPower") BigDecimal daytradingBuyingPower,
            @Schema(description = "For crypto, FX and commodities (1x)") BigDecimal nonMarginableBuyingPower,
            BigDecimal initialMargin, BigDecimal maintenanceMargin,
            @Schema(description = "Buying power held by open orders") BigDecimal reservedByOrders,
            BigDecimal realizedPnl, BigDecimal unrealizedPnl, BigDecimal dayPnl,
            @Schema(description = "Equity at the previous session close") BigDecimal lastEquity, BigDecimal feesPaid,
            int openPositions, int openOrders, Instant createdAt, Instant serverTime) {
    }

    record PositionView(String symbol, AssetClass assetClass, @Schema(nullable = true) String sector,
            PositionSide side, BigDecimal qty, BigDecimal avgEntryPrice, BigDecimal costBasis,
            @Schema(nullable = true) BigDecimal currentPrice, BigDecimal marketValue, BigDecimal unrealizedPnl,
            @Schema(description = "Unrealized P&L relative to the cost basis, 1.5 means 1.5%") BigDecimal unrealizedPnlPercent,
            BigDecimal dayPnl, @Schema(description = "Realized so far in this round trip, gross of fees") BigDecimal realizedPnl,
            BigDecimal fees, String currency, Instant openedAt) {
    }

    record LegRequest(BigDecimal limitPrice, BigDecimal stopPrice) {
    }

    record OrderRequest(@NotBlank @Size(max = 20) String symbol, @NotNull OrderSide side, @NotNull OrderType type,
            @Schema(description = "Default SIMPLE") OrderClass orderClass,
            @Schema(description = "Default DAY") TimeInForce timeInForce,
            @Schema(description = "LIMIT orders only: may fill in pre-market and after-hours") Boolean extendedHours,
            @NotNull BigDecimal qty, BigDecimal limitPrice, BigDecimal stopPrice, BigDecimal trailPrice,
            @Schema(description = "Trail as a percent of the high-water mark, 1.5 means 1.5%") BigDecimal trailPercent,
            @Valid @Schema(description = "BRACKET/OTO: the take-profit limit") LegRequest takeProfit,
            @Valid @Schema(description = "BRACKET/OTO/OCO: the stop-loss stop (and optional limit)") LegRequest stopLoss,
            @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._:-]*", message = "letters, digits and . _ : - only") String clientOrderId) {
    }

    record ReplaceRequest(@Schema(description = "Quantity of the replacement order; default the old one's unfilled rest") BigDecimal qty,
            BigDecimal limitPrice, BigDecimal stopPrice, BigDecimal trailPrice, BigDecimal trailPercent,
            TimeInForce timeInForce) {
    }

    record OrderView(UUID id, @Schema(nullable = true) String clientOrderId, String symbol, AssetClass assetClass,
            OrderSide side, OrderType type, OrderClass orderClass,
            @Schema(nullable = true, description = "ENTRY, TAKE_PROFIT or STOP_LOSS inside a group") String leg,
            TimeInForce timeInForce, boolean extendedHours, BigDecimal qty, BigDecimal filledQty,
            @Schema(nullable = true) BigDecimal avgFillPrice, @Schema(nullable = true) BigDecimal limitPrice,
            @Schema(nullable = true) BigDecimal stopPrice, @Schema(nullable = true) BigDecimal trailPrice,
            @Schema(nullable = true) BigDecimal trailPercent,
            @Schema(nullable = true, description = "Trailing stops: best trade since accepted") BigDecimal highWaterMark,
            OrderStatus status, @Schema(nullable = true) RejectReason rejectReason,
            @Schema(nullable = true) UUID parentId, @Schema(nullable = true) UUID siblingId,
            @Schema(nullable = true) UUID replaces, @Schema(nullable = true) UUID replacedBy, Instant createdAt,
            Instant updatedAt, @Schema(nullable = true) Instant filledAt) {

        static OrderView of(Order o) {
            return new OrderView(o.id, o.clientOrderId, o.symbol(), o.instrument.assetClass(), o.side, o.type,
                    o.orderClass, o.leg == null ? null : o.leg.name(), o.timeInForce, o.extendedHours, o.quantity,
                    o.filledQuantity, o.averageFillPrice(), o.limitPrice, o.stopPrice, o.trailPrice, o.trailPercent,
                    o.watermark, o.status, o.rejectReason, o.parentId, o.siblingId, o.replaces, o.replacedBy,
                    o.createdAt, o.updatedAt, o.filledAt);
        }
    }

    record FillView(UUID id, UUID orderId, String symbol, OrderSide side, BigDecimal qty, BigDecimal price,
            BigDecimal notional, BigDecimal commission, BigDecimal regulatoryFee, Instant filledAt) {
    }

    record TradeView(String symbol, PositionSide side,
            @Schema(description = "Largest size the position reached") BigDecimal qty, BigDecimal avgEntryPrice,
            BigDecimal avgExitPrice, @Schema(description = "Gross of fees") BigDecimal realizedPnl, BigDecimal fees,
            @Schema(description = "Realized P&L less fees") BigDecimal netPnl, String currency, Instant openedAt,
            Instant closedAt) {

        static TradeView of(RoundTrip trip) {
            return new TradeView(trip.symbol(), trip.side(), trip.quantity(), trip.avgEntryPrice(),
                    trip.avgExitPrice(), trip.realizedPnl(), trip.fees(), trip.netPnl(), trip.currency(),
                    trip.openedAt(), trip.closedAt());
        }
    }

    record ActivityView(long sequence, LedgerEntry.Kind kind,
            @Schema(description = "Signed cash movement") BigDecimal amount, BigDecimal balanceAfter,
            @Schema(nullable = true) UUID orderId, @Schema(nullable = true) UUID fillId,
            @Schema(nullable = true) String symbol, @Schema(nullable = true) OrderSide side,
            @Schema(nullable = true) BigDecimal qty, @Schema(nullable = true) BigDecimal price, String description,
            Instant createdAt) {
    }

    record PreviewView(String symbol, OrderSide side, BigDecimal qty, String currency,
            @Schema(nullable = true) SessionPhase session,
            @Schema(nullable = true, description = "Where it would fill now (slippage included), or the limit/stop") BigDecimal estimatedPrice,
            @Schema(nullable = true) BigDecimal estimatedNotional, @Schema(nullable = true) BigDecimal commission,
            @Schema(nullable = true) BigDecimal regulatoryFee, @Schema(nullable = true) BigDecimal totalFees,
            @Schema(nullable = true, description = "Signed cash movement: -(notional + fees) for a buy, notional - fees for a sell") BigDecimal estimatedCashImpact,
            BigDecimal buyingPowerRequired, BigDecimal buyingPowerAvailable,
            @Schema(nullable = true, description = "Why the engine would refuse it now; null when it would accept") RejectReason rejectReason) {
    }

    record AllocationSlice(String key, BigDecimal marketValue, BigDecimal percent) {
    }

    record PerformanceView(int roundTrips, int wins, int losses,
            @Schema(nullable = true, description = "Winning round trips (net of fees) in percent") BigDecimal winRate,
            @Schema(nullable = true, description = "Gross wins / gross losses, net of fees; null without losses") BigDecimal profitFactor,
            @Schema(nullable = true) BigDecimal averageWin, @Schema(nullable = true) BigDecimal averageLoss,
            @Schema(nullable = true) BigDecimal bestTrade, @Schema(nullable = true) BigDecimal worstTrade,
            BigDecimal netPnl, BigDecimal fees) {
    }

    record PortfolioView(String currency, BigDecimal equity, BigDecimal cash, List<AllocationSlice> byAssetClass,
            List<AllocationSlice> bySector, PerformanceView performance) {
    }

    record StreamTicketView(String ticket, Instant expiresAt) {
    }
}
