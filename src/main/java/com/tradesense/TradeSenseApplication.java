package com.tradesense;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class TradeSenseApplication {

    public static void main(String[] args) {
        SpringApplication.run(TradeSenseApplication.class, args);
    }
}
