package com.tradesense.platform;

import java.util.List;
import java.util.function.Function;

/** The list envelope of every paged endpoint: {@code items} plus 0-based {@code page} bookkeeping. */
public record PageResponse<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    public static <T> PageResponse<T> of(List<T> items, PageQuery query, long totalItems) {
        int pages = (int) ((totalItems + query.size() - 1) / query.size());
        return new PageResponse<>(List.copyOf(items), query.page(), query.size(), totalItems, pages);
    }

    public <R> PageResponse<R> map(Function<T, R> mapper) {
        return new PageResponse<>(items.stream().map(mapper).toList(), page, size, totalItems, totalPages);
    }
}
