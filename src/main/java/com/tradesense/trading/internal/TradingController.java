package com.tradesense.trading.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import com.tradesense.identity.UserId;
import com.tradesense.platform.ApiException;
import com.tradesense.platform.HotRoute;
import com.tradesense.platform.PageQuery;
import com.tradesense.platform.PageResponse;
import com.tradesense.trading.OrderStatus;
import com.tradesense.trading.RoundTrip;
import com.tradesense.trading.engine.LedgerEntry;
import com.tradesense.trading.internal.TradingApi.AccountView;
import com.tradesense.trading.internal.TradingApi.ActivityView;
import com.tradesense.trading.internal.TradingApi.FillView;
import com.tradesense.trading.internal.TradingApi.OpenAccountRequest;
import com.tradesense.trading.internal.TradingApi.OrderRequest;
import com.tradesense.trading.internal.TradingApi.OrderView;
import com.tradesense.trading.internal.TradingApi.PortfolioView;
import com.tradesense.trading.internal.TradingApi.PositionView;
import com.tradesense.trading.internal.TradingApi.PreviewView;
import com.tradesense.trading.internal.TradingApi.ReplaceRequest;
import com.tradesense.trading.internal.TradingApi.TradeView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

@RestController
@RequestMapping("/api/v1/accounts")
@Tag(name = "Trading")
class TradingController {

    private static final String NOT_YOURS = " 404 ACCOUNT_NOT_FOUND for an unknown account or another member's.";

    private final TradingService trading;
    private final TradingRepository repository;
    private final AccountStreams streams;

    TradingController(TradingService trading, TradingRepository repository, AccountStreams streams) {
        this.trading = trading;
        this.repository = repository;
        this.streams = streams;
    }

    @GetMapping(path = "/{id}/stream", produces = "text/event-stream")
    @Operation(summary = "Live updates of my account (Server-Sent Events)", description = """
            Events: `order` (an order's new state as it becomes durable), `fill`, and `account` (the account's \
            values) with `positions` (every position at the latest price, so unrealized P&L) after every change and \
            once a second. Accepts a stream ticket (`?ticket=` from POST /api/v1/stream-tickets) for EventSource. \
            404 for an account that is not yours; 429 TOO_MANY_STREAMS past 5 account streams.""")
    SseEmitter stream(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id) {
        return streams.open(user(jwt), id);
    }

    private static UserId user(Jwt jwt) {
        return UserId.of(jwt.getSubject());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Open a practice account", description = "Funded with startingBalance (one DEPOSIT ledger "
            + "entry). A repeated Idempotency-Key returns the account opened first. 400 names name, type, currency "
            + "or startingBalance.")
    AccountView open(@AuthenticationPrincipal Jwt jwt, @Valid @RequestBody OpenAccountRequest body,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        return trading.openAccount(user(jwt), body.name(), body.type(), body.currency(), body.startingBalance(),
                idempotencyKey);
    }

    @GetMapping
    @Operation(summary = "My accounts", description = "Oldest first, each valued at current prices.")
    List<AccountView> accounts(@AuthenticationPrincipal Jwt jwt) {
        return trading.accounts(user(jwt));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One account and its values", description = "Cash, equity, buying power, margins, realized, "
            + "unrealized and day P&L." + NOT_YOURS)
    AccountView account(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id) {
        return trading.account(user(jwt), id);
    }

    @PostMapping("/{id}/reset")
    @Operation(summary = "Reset to the starting balance", description = "Cancels open orders, drops positions and "
            + "books one RESET entry; orders, fills and activities stay in the history." + NOT_YOURS)
    AccountView reset(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id) {
        return trading.reset(user(jwt), id);
    }

    @GetMapping("/{id}/positions")
    @Operation(summary = "Open positions with live P&L", description = "Valued at the latest price the engine has "
            + "seen." + NOT_YOURS)
    List<PositionView> positions(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id) {
        return trading.positions(user(jwt), id);
    }

    @PostMapping("/{id}/positions/{symbol}/close")
    @Operation(summary = "Close a position at market", description = "All of it (open orders on the symbol are "
            + "canceled first) or qty. 400 names qty; 404 POSITION_NOT_FOUND; 422 with the reject reason (e.g. "
            + "MARKET_CLOSED). Write FX symbols as EUR-USD." + NOT_YOURS)
    OrderView close(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id, @PathVariable String symbol,
            @Parameter(description = "Units to close; default all") @RequestParam(required = false) BigDecimal qty) {
        return trading.closePosition(user(jwt), id, symbol, qty);
    }

    @PostMapping("/{id}/positions/close-all")
    @Operation(summary = "Close every position at market", description = "One market order per position; each "
            + "order's status says whether it filled or was rejected." + NOT_YOURS)
    List<OrderView> closeAll(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id) {
        return trading.closeAll(user(jwt), id);
    }

    @GetMapping("/{id}/portfolio")
    @Operation(summary = "Allocation and performance", description = "Allocation of market value by asset class "
            + "(cash included) and sector; win rate, profit factor, average win/loss and best/worst over closed "
            + "round trips, each judged net of fees." + NOT_YOURS)
    PortfolioView portfolio(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id) {
        return trading.portfolio(user(jwt), id);
    }

    @PostMapping("/{id}/orders")
    @HotRoute
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Place an order", description = """
            Answered once the order (and any fill it got at once) is durable. Market orders fill at once against the \
            quote's ask/bid with size-aware slippage while the instrument's session is OPEN (else 422 MARKET_CLOSED); \
            limit and stop orders rest until marketable or triggered. A repeated clientOrderId or Idempotency-Key \
            returns the original order and never places a second. 400 names the field (symbol UNKNOWN_SYMBOL, qty, \
            limitPrice, stopPrice, trailPrice, trailPercent, timeInForce, extendedHours, takeProfit.limitPrice, \
            stopLoss.stopPrice); 422 INVALID_PRICE for prices on the wrong side of the market or entry, \
            CURRENCY_MISMATCH, NOT_TRADABLE, or the engine's reject reason (INSUFFICIENT_BUYING_POWER, \
            INSUFFICIENT_POSITION, SHORTING_NOT_ALLOWED, MARKET_CLOSED, NO_QUOTE, POSITION_LIMIT, ACCOUNT_INACTIVE); \
            the rejected order is kept in the list with status REJECTED.""" + NOT_YOURS)
    OrderView place(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id, @Valid @RequestBody OrderRequest body,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 100)) {
            throw ApiException.badRequest("INVALID_IDEMPOTENCY_KEY", "Idempotency-Key", "must be 1 to 100 characters");
        }
        return trading.place(user(jwt), id, body, idempotencyKey);
    }

    @PostMapping("/{id}/orders/preview")
    @Operation(summary = "Cost and fee preview for the order ticket", description = "The same validation as placing "
            + "(400/422 naming the field), then the estimated fill price, notional, commission, regulatory fee, cash "
            + "impact and buying power required against available, with the reason the engine would refuse it now. "
            + "Places nothing." + NOT_YOURS)
    PreviewView preview(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id, @Valid @RequestBody OrderRequest body) {
        return trading.preview(user(jwt), id, body);
    }

    @GetMapping("/{id}/orders")
    @Operation(summary = "Orders, newest first", description = "status: open, closed, all (default) or a "
            + "comma-separated list of statuses; symbol; from (inclusive) and to (exclusive) on the creation time. "
            + "400 names status, page or size." + NOT_YOURS)
    PageResponse<OrderView> orders(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id,
            @RequestParam(defaultValue = "all") String status, @RequestParam(required = false) String symbol,
            @RequestParam(required = false) Instant from, @RequestParam(required = false) Instant to,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        PageQuery query = new PageQuery(page, size);
        trading.account(user(jwt), id);
        TradingRepository.Page<OrderView> found = repository.orders(id, statuses(status), symbol, from, to,
                query.size(), query.offset());
        return PageResponse.of(found.items(), query, found.total());
    }

    @GetMapping("/{id}/orders/{orderId}")
    @Operation(summary = "One order", description = "404 ORDER_NOT_FOUND." + NOT_YOURS)
    OrderView order(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id, @PathVariable UUID orderId) {
        return trading.order(user(jwt), id, orderId);
    }

    @PatchMapping("/{id}/orders/{orderId}")
    @Operation(summary = "Replace an open order", description = "A new order (new id, `replaces` the old one) takes "
            + "the given fields, the rest from the old one; the old one ends REPLACED. Atomic: when the replacement is "
            + "refused (400/422) the old order is unchanged. SIMPLE orders only: legs of a BRACKET, OCO or "
            + "OTO group are 422 REPLACE_NOT_SUPPORTED (field orderClass; cancel the group and place it again); 409 "
            + "ORDER_NOT_OPEN." + NOT_YOURS)
    OrderView replace(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id, @PathVariable UUID orderId,
            @RequestBody ReplaceRequest body) {
        return trading.replace(user(jwt), id, orderId, body);
    }

    @DeleteMapping("/{id}/orders/{orderId}")
    @Operation(summary = "Cancel an open order", description = "Also cancels its held legs or OCO sibling; a "
            + "partially filled bracket entry releases its exits for the filled part. 409 ORDER_NOT_OPEN; 404 "
            + "ORDER_NOT_FOUND." + NOT_YOURS)
    OrderView cancel(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id, @PathVariable UUID orderId) {
        return trading.cancel(user(jwt), id, orderId);
    }

    @GetMapping("/{id}/fills")
    @Operation(summary = "Fills, newest first", description = "Optionally of one symbol." + NOT_YOURS)
    PageResponse<FillView> fills(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id,
            @RequestParam(required = false) String symbol, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        PageQuery query = new PageQuery(page, size);
        trading.account(user(jwt), id);
        TradingRepository.Page<FillView> found = repository.fills(id, symbol, query.size(), query.offset());
        return PageResponse.of(found.items(), query, found.total());
    }

    @GetMapping("/{id}/trades")
    @Operation(summary = "Closed trades, newest first", description = "Each round trip from open to flat with its "
            + "average entry and exit, realized P&L gross and net of fees. Optionally of one symbol."
            + NOT_YOURS)
    PageResponse<TradeView> trades(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id,
            @RequestParam(required = false) String symbol, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        PageQuery query = new PageQuery(page, size);
        AccountView account = trading.account(user(jwt), id);
        TradingRepository.Page<RoundTrip> found = repository.closedTrades(id, account.currency(), symbol, query.size(),
                query.offset());
        return PageResponse.of(found.items().stream().map(TradeView::of).toList(), query, found.total());
    }

    @GetMapping("/{id}/activities")
    @Operation(summary = "Account history: the cash ledger, newest first", description = "Every cash movement: "
            + "DEPOSIT, FILL, FEE, ADJUSTMENT, RESET (type filters, comma-separated), from/to on the booking time. "
            + "Cash always equals the sum of the entries; balanceAfter is the running sum. 400 names type." + NOT_YOURS)
    PageResponse<ActivityView> activities(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id,
            @RequestParam(required = false) String type, @RequestParam(required = false) Instant from,
            @RequestParam(required = false) Instant to, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        PageQuery query = new PageQuery(page, size);
        trading.account(user(jwt), id);
        List<LedgerEntry.Kind> kinds = new ArrayList<>();
        if (type != null) {
            for (String kind : type.split(",")) {
                try {
                    kinds.add(LedgerEntry.Kind.valueOf(kind.strip().toUpperCase()));
                } catch (IllegalArgumentException e) {
                    throw ApiException.badRequest("INVALID_TYPE", "type", "type must list DEPOSIT, FILL, FEE, "
                            + "ADJUSTMENT or RESET");
                }
            }
        }
        TradingRepository.Page<ActivityView> found = repository.activities(id, kinds, from, to, query.size(),
                query.offset());
        return PageResponse.of(found.items(), query, found.total());
    }

    private static List<OrderStatus> statuses(String status) {
        return switch (status.toLowerCase()) {
            case "all" -> List.of();
            case "open" -> Arrays.stream(OrderStatus.values()).filter(OrderStatus::isOpen).toList();
            case "closed" -> Arrays.stream(OrderStatus.values()).filter(s -> !s.isOpen()).toList();
            default -> {
                List<OrderStatus> list = new ArrayList<>();
                for (String one : status.split(",")) {
                    try {
                        list.add(OrderStatus.valueOf(one.strip().toUpperCase()));
                    } catch (IllegalArgumentException e) {
                        throw ApiException.badRequest("INVALID_STATUS", "status", "status must be open, closed, all "
                                + "or a list of order statuses");
                    }
                }
                yield list;
            }
        };
    }
}
