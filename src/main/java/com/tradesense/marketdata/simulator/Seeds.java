package com.tradesense.marketdata.simulator;

/**
 * Seeds for the per-minute random streams. Every (seed, stream, minute) triple gets its own well-mixed 64-bit seed, so
 * any minute of any instrument can be regenerated on its own and always draws the same numbers: that is what makes
 * restarts gap-free and replays identical.
 */
final class Seeds {

    /** Keeps daily-resolution draws (keyed by epoch day) apart from minute draws (keyed by epoch minute). */
    static final long DAILY_STREAM = 0xD0A1_1B0A_4D5L;

    private Seeds() {
    }

    /** 64-bit FNV-1a of a symbol: stable across JVMs, unlike identity hashes. */
    static long key(String symbol) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < symbol.length(); i++) {
            hash ^= symbol.charAt(i);
            hash *= 0x100000001b3L;
        }
        return hash;
    }

    static long of(long seed, long streamKey, long index) {
        return mix(mix(seed ^ streamKey) + index * 0x9E3779B97F4A7C15L);
    }

    /** SplitMix64's finaliser: one bit of input difference flips about half the output bits. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
