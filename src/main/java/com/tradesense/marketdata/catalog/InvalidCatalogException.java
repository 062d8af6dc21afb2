package com.tradesense.marketdata.catalog;

/** The catalog seed file has a row that cannot become an instrument. */
public class InvalidCatalogException extends RuntimeException {

    public InvalidCatalogException(String message) {
        super(message);
    }
}
