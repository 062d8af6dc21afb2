import { describe, expect, it } from 'vitest';
import { sparklinePoints } from './Sparkline';

describe('sparkline', () => {
  it('puts the highest value at the top and the lowest at the bottom, evenly spaced', () => {
    expect(sparklinePoints([1, 3, 2], 100, 20, 0)).toBe('0.0,20.0 50.0,0.0 100.0,10.0');
  });

  it('draws a flat series through the middle and nothing for a single point', () => {
    expect(sparklinePoints([5, 5], 10, 20, 0)).toBe('0.0,10.0 10.0,10.0');
    expect(sparklinePoints([5], 10, 20)).toBe('');
  });
});
