package com.tradesense.marketdata.providers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecretsTests {

    @Test
    void masksTheKeyWhereverItAppearsAndAnyApiKeyParameter() {
        String text = "GET https://api.massive.com/v2/aggs?cursor=x&apiKey=other-key failed for key s3cr3t-KEY";

        assertThat(Secrets.mask(text, "s3cr3t-KEY"))
                .isEqualTo("GET https://api.massive.com/v2/aggs?cursor=x&apiKey=*** failed for key ***");
    }

    @Test
    void withoutAKeyOnlyParametersAreMasked() {
        assertThat(Secrets.mask("next_url ?api_key=abc&x=1", null)).isEqualTo("next_url ?api_key=***&x=1");
        assertThat(Secrets.mask(null, "k")).isNull();
    }
}
