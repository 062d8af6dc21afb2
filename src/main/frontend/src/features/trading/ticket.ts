import type { Instrument } from '../markets/api';
import type { OrderClass, OrderRequest, OrderSide, OrderType, TimeInForce } from './api';

/** The order ticket's fields as typed (strings, so a half-typed "0." survives re-renders). */
export interface TicketState {
  side: OrderSide;
  type: OrderType;
  orderClass: OrderClass;
  timeInForce: TimeInForce;
  extendedHours: boolean;
  qty: string;
  limitPrice: string;
  stopPrice: string;
  trailBy: 'price' | 'percent';
  trail: string;
  takeProfit: string;
  stopLoss: string;
}

export const INITIAL_TICKET: TicketState = {
  side: 'BUY',
  type: 'MARKET',
  orderClass: 'SIMPLE',
  timeInForce: 'DAY',
  extendedHours: false,
  qty: '',
  limitPrice: '',
  stopPrice: '',
  trailBy: 'percent',
  trail: '',
  takeProfit: '',
  stopLoss: '',
};

/** Which price fields the ticket shows for a type and class (OCO: the limit is the take-profit, plus a stop-loss). */
export function ticketFields(type: OrderType, orderClass: OrderClass) {
  return {
    limitPrice: type === 'LIMIT' || type === 'STOP_LIMIT',
    stopPrice: type === 'STOP' || type === 'STOP_LIMIT',
    trail: type === 'TRAILING_STOP',
    takeProfit: orderClass === 'BRACKET' || orderClass === 'OTO',
    stopLoss: orderClass !== 'SIMPLE',
    extendedHours: type === 'LIMIT' && orderClass === 'SIMPLE',
  };
}

/** Classes a type can carry: OCO is a limit take-profit with a stop-loss. */
export function classesFor(type: OrderType): OrderClass[] {
  return type === 'LIMIT' ? ['SIMPLE', 'BRACKET', 'OCO', 'OTO'] : type === 'TRAILING_STOP' ? ['SIMPLE'] : ['SIMPLE', 'BRACKET', 'OTO'];
}

/** Field name (as the server names it in problems) to an i18n key under trade.ticket.error. */
export type TicketErrors = Partial<Record<'qty' | 'limitPrice' | 'stopPrice' | 'trail' | 'takeProfit.limitPrice' | 'stopLoss.stopPrice', 'required' | 'positive' | 'wholeUnits'>>;

function positive(text: string): number | null {
  const trimmed = text.trim().replace(',', '.');
  if (!/^\d*\.?\d+$|^\d+\.$/.test(trimmed)) return null;
  const value = Number(trimmed);
  return value > 0 ? value : null;
}

/**
 * The request the ticket would send, or the fields that stop it. Only shape is checked here (present, positive,
 * whole units where the instrument is not fractional); prices against the market, ticks and buying power are the
 * server's to judge, through the preview.
 */
export function buildOrder(state: TicketState, instrument: Pick<Instrument, 'symbol' | 'fractional'>): { request: OrderRequest | null; errors: TicketErrors } {
  const errors: TicketErrors = {};
  const need = (field: keyof TicketErrors, text: string) => {
    if (!text.trim()) errors[field] = 'required';
    else if (positive(text) === null) errors[field] = 'positive';
    return positive(text) ?? undefined;
  };
  const fields = ticketFields(state.type, state.orderClass);
  const qty = need('qty', state.qty);
  if (qty !== undefined && !instrument.fractional && !Number.isInteger(qty)) errors.qty = 'wholeUnits';
  const limitPrice = fields.limitPrice ? need('limitPrice', state.limitPrice) : undefined;
  const stopPrice = fields.stopPrice ? need('stopPrice', state.stopPrice) : undefined;
  const trail = fields.trail ? need('trail', state.trail) : undefined;
  // OTO takes one exit: whichever is filled in (the take-profit when neither is, so the error says what is missing).
  const otoStop = state.orderClass === 'OTO' && !state.takeProfit.trim() && !!state.stopLoss.trim();
  const takeProfit = fields.takeProfit && !otoStop ? need('takeProfit.limitPrice', state.takeProfit) : undefined;
  const stopLoss = fields.stopLoss && (state.orderClass !== 'OTO' || otoStop) ? need('stopLoss.stopPrice', state.stopLoss) : undefined;
  if (Object.keys(errors).length > 0) return { request: null, errors };
  const request: OrderRequest = {
    symbol: instrument.symbol,
    side: state.side,
    type: state.type,
    orderClass: state.orderClass,
    timeInForce: state.timeInForce,
    qty: qty!,
    ...(limitPrice !== undefined && { limitPrice }),
    ...(stopPrice !== undefined && { stopPrice }),
    ...(trail !== undefined && (state.trailBy === 'price' ? { trailPrice: trail } : { trailPercent: trail })),
    ...(takeProfit !== undefined && { takeProfit: { limitPrice: takeProfit } }),
    ...(stopLoss !== undefined && { stopLoss: { stopPrice: stopLoss } }),
    ...(fields.extendedHours && state.extendedHours && { extendedHours: true }),
  };
  return { request, errors };
}

/** One-click sizes by asset class: shares for stocks, coins for crypto, units for FX. */
export function quantityPresets(instrument: Pick<Instrument, 'assetClass' | 'fractional'>): number[] {
  switch (instrument.assetClass) {
    case 'CRYPTO':
      return [0.01, 0.1, 0.5, 1];
    case 'FX':
      return [1000, 10_000, 50_000, 100_000];
    case 'COMMODITY':
      return [1, 5, 10, 25];
    default:
      return [1, 10, 25, 100];
  }
}

/**
 * The largest quantity a fraction of the buying power pays for at `price`, in whole units (or 4 decimals for
 * fractional instruments), rounded down so that fees and slippage still fit more often than not.
 */
export function quantityForBuyingPower(buyingPower: number, price: number, fraction: number, fractional: boolean): number {
  if (!(buyingPower > 0) || !(price > 0)) return 0;
  const raw = (buyingPower * fraction * 0.995) / price;
  return fractional ? Math.floor(raw * 10_000) / 10_000 : Math.floor(raw);
}

/** A number for an input field: no exponent, no float noise (0.1 + 0.2 shows 0.3). */
export function inputNumber(value: number): string {
  return String(Number(value.toPrecision(12)));
}
