package com.tradesense.marketdata.providers;

/** The latest quote of a catalog symbol from a real provider's REST API. */
public interface QuoteProvider {

    String provider();

    /** Whether the provider knows that catalog symbol at all (routing sends it nothing else). */
    boolean carries(String symbol);

    /**
     * @throws ProviderException when the provider fails and nothing is cached, or it does not know the symbol
     *                           ({@link ProviderException.Kind#NOT_FOUND})
     */
    Fetched<ProviderQuote> quote(String symbol);
}
