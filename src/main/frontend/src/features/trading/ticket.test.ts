import { describe, expect, it } from 'vitest';
import { buildOrder, classesFor, INITIAL_TICKET, inputNumber, quantityForBuyingPower, ticketFields, type TicketState } from './ticket';

const stock = { symbol: 'AAPL', fractional: false };
const crypto = { symbol: 'BTC-USD', fractional: true };
const ticket = (patch: Partial<TicketState>): TicketState => ({ ...INITIAL_TICKET, ...patch });

describe('order ticket', () => {
  it('builds a market order with the side, size and time in force', () => {
    expect(buildOrder(ticket({ qty: '10' }), stock)).toEqual({
      request: { symbol: 'AAPL', side: 'BUY', type: 'MARKET', orderClass: 'SIMPLE', timeInForce: 'DAY', qty: 10 },
      errors: {},
    });
  });

  it('names each missing or non-positive field the type needs', () => {
    expect(buildOrder(ticket({ type: 'STOP_LIMIT', qty: '0', stopPrice: 'abc' }), stock).errors).toEqual({ qty: 'positive', limitPrice: 'required', stopPrice: 'positive' });
  });

  it('refuses fractions of a whole-share stock but takes them for crypto', () => {
    expect(buildOrder(ticket({ qty: '1.5' }), stock).errors).toEqual({ qty: 'wholeUnits' });
    expect(buildOrder(ticket({ qty: '0.015' }), crypto).request?.qty).toBe(0.015);
  });

  it('sends a trailing stop by percent or by price', () => {
    expect(buildOrder(ticket({ type: 'TRAILING_STOP', side: 'SELL', qty: '1', trail: '2.5' }), stock).request).toMatchObject({ trailPercent: 2.5 });
    expect(buildOrder(ticket({ type: 'TRAILING_STOP', side: 'SELL', qty: '1', trail: '3', trailBy: 'price' }), stock).request).toMatchObject({ trailPrice: 3 });
  });

  it('a bracket needs both exits, an OTO one of them, an OCO a stop-loss beside its limit', () => {
    expect(buildOrder(ticket({ orderClass: 'BRACKET', qty: '1' }), stock).errors).toEqual({ 'takeProfit.limitPrice': 'required', 'stopLoss.stopPrice': 'required' });
    expect(buildOrder(ticket({ orderClass: 'BRACKET', qty: '1', takeProfit: '210', stopLoss: '190' }), stock).request).toMatchObject({ takeProfit: { limitPrice: 210 }, stopLoss: { stopPrice: 190 } });
    expect(buildOrder(ticket({ orderClass: 'OTO', qty: '1', stopLoss: '190' }), stock).request).toMatchObject({ stopLoss: { stopPrice: 190 } });
    expect(buildOrder(ticket({ orderClass: 'OTO', qty: '1', stopLoss: '190' }), stock).request).not.toHaveProperty('takeProfit');
    expect(buildOrder(ticket({ orderClass: 'OTO', qty: '1' }), stock).errors).toEqual({ 'takeProfit.limitPrice': 'required' });
    expect(buildOrder(ticket({ type: 'LIMIT', orderClass: 'OCO', side: 'SELL', qty: '1', limitPrice: '210', stopLoss: '190' }), stock).request).toMatchObject({ limitPrice: 210, stopLoss: { stopPrice: 190 } });
  });

  it('sends extended hours only for a simple limit order', () => {
    expect(buildOrder(ticket({ type: 'LIMIT', qty: '1', limitPrice: '200', extendedHours: true }), stock).request).toMatchObject({ extendedHours: true });
    expect(buildOrder(ticket({ qty: '1', extendedHours: true }), stock).request).not.toHaveProperty('extendedHours');
    expect(ticketFields('LIMIT', 'BRACKET').extendedHours).toBe(false);
  });

  it('offers OCO only on limit orders and no legs on trailing stops', () => {
    expect(classesFor('LIMIT')).toContain('OCO');
    expect(classesFor('MARKET')).not.toContain('OCO');
    expect(classesFor('TRAILING_STOP')).toEqual(['SIMPLE']);
  });

  it('sizes from buying power, rounded down to whole shares or 4 decimals', () => {
    expect(quantityForBuyingPower(10_000, 200.02, 0.5, false)).toBe(24);
    expect(quantityForBuyingPower(10_000, 97_000, 1, true)).toBe(0.1025);
    expect(quantityForBuyingPower(0, 100, 1, false)).toBe(0);
  });

  it('writes numbers for inputs without float noise', () => {
    expect(inputNumber(0.1 + 0.2)).toBe('0.3');
    expect(inputNumber(100_000)).toBe('100000');
  });
});
