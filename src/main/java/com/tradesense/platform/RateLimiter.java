package com.tradesense.platform;

/**
 * Token buckets shared by every node of the deployment when Redis is configured, local to this node otherwise.
 * Keys are namespaced by the caller ({@code "login-failures:ip:" + ip}).
 */
public interface RateLimiter {

    /** Takes one token from the bucket {@code key} governed by {@code rule}. */
    RateLimitResult tryConsume(String key, RateLimitRule rule);

    /** Tells whether a token is available without taking it. */
    RateLimitResult probe(String key, RateLimitRule rule);
}
