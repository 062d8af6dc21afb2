package com.tradesense.platform;

/** A validated page request: 0-based page and a size capped at {@link #MAX_SIZE}. */
public record PageQuery(int page, int size) {

    public static final int MAX_SIZE = 200;

    public PageQuery {
        if (page < 0) {
            throw ApiException.badRequest("INVALID_PAGE", "page", "page must be 0 or greater");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw ApiException.badRequest("INVALID_PAGE_SIZE", "size", "size must be between 1 and " + MAX_SIZE);
        }
    }

    public long offset() {
        return (long) page * size;
    }
}
