package com.tradesense.trading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import com.tradesense.TestApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** 50 clients hammering one cash account: buying power is never overspent and no acknowledged order is lost. */
@TradingIntegrationTest
class ConcurrentOrdersTests {

    @Autowired
    TestApi api;
    @Autowired
    FakeMarket market;
    @Autowired
    JdbcClient jdbc;

    TestApi.Client member;

    @BeforeEach
    void signUpWhileMsftTradesAt100() throws Exception {
        market.price("MSFT", "100.00");
        member = api.client();
        member.signUpAndSignIn();
    }

    @Test
    void fiftyClientsNeverOverspendOneAccountAndLoseNoOrder() throws Exception {
        // room for 49 buys of 2 shares at 100.02 plus the 1.00 minimum commission (201.04 each), not 50
        String id = openCashAccount("9900");
        ExecutorService pool = Executors.newFixedThreadPool(50);
        AtomicInteger filled = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        List<Future<?>> done = new ArrayList<>();
        for (int client = 0; client < 50; client++) {
            int n = client;
            done.add(pool.submit(() -> {
                var result = member.performAuthorised(post("/api/v1/accounts/" + id + "/orders")
                        .contentType(MediaType.APPLICATION_JSON).header("Idempotency-Key", "race-" + n)
                        .content(api.body(Map.of("symbol", "MSFT", "side", "BUY", "type", "MARKET",
                                "qty", new BigDecimal("2")))));
                int status = result.getResponse().getStatus();
                if (status == 201) {
                    filled.incrementAndGet();
                } else if (status == 422) {
                    refused.incrementAndGet();
                }
                return null;
            }));
        }
        for (Future<?> future : done) {
            future.get();
        }
        pool.shutdown();
        assertThat(filled.get() + refused.get()).isEqualTo(50);
        JsonNode account = api.json(member.performAuthorised(get("/api/v1/accounts/" + id)));
        assertThat(account.get("cash").decimalValue().signum()).isNotNegative();
        long stored = jdbc.sql("select count(*) from trading_orders where account_id = ?::uuid and status = 'FILLED'")
                .param(id).query(Long.class).single();
        assertThat(stored).isEqualTo(filled.get());
        BigDecimal ledger = jdbc.sql("select sum(amount) from trading_ledger where account_id = ?::uuid").param(id)
                .query(BigDecimal.class).single();
        assertThat(ledger).isEqualByComparingTo(account.get("cash").decimalValue());
        // each fill: 2 x 100.02 + 1.00 commission
        assertThat(account.get("cash").decimalValue()).isEqualByComparingTo(
                new BigDecimal("9900").subtract(new BigDecimal("201.04").multiply(BigDecimal.valueOf(filled.get()))));
        assertThat(filled.get()).isEqualTo(49);
    }

    @Test
    void twentyClientsRepeatingOneIdempotencyKeyGetOneOrder() throws Exception {
        String id = openCashAccount("10000");
        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<Future<String>> answers = new ArrayList<>();
        for (int client = 0; client < 20; client++) {
            answers.add(pool.submit(() -> {
                var result = member.performAuthorised(post("/api/v1/accounts/" + id + "/orders")
                        .contentType(MediaType.APPLICATION_JSON).header("Idempotency-Key", "retried")
                        .content(api.body(Map.of("symbol", "MSFT", "side", "BUY", "type", "MARKET",
                                "qty", new BigDecimal("1")))));
                assertThat(result.getResponse().getStatus()).isEqualTo(201);
                return api.json(result).get("id").asString();
            }));
        }
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (Future<String> answer : answers) {
            ids.add(answer.get());
        }
        pool.shutdown();
        // some repeats were caught by the engine (the first not yet stored), the rest by the stored order
        assertThat(ids).hasSize(1);
        assertThat(jdbc.sql("select count(*) from trading_orders where account_id = ?::uuid").param(id)
                .query(Long.class).single()).isEqualTo(1);
    }

    private String openCashAccount(String startingBalance) throws Exception {
        return api.json(member.performAuthorised(post("/api/v1/accounts").contentType(MediaType.APPLICATION_JSON)
                .content(api.body(Map.of("name", "Race", "type", "CASH", "currency", "USD",
                        "startingBalance", new BigDecimal(startingBalance)))))).get("id").asString();
    }
}
