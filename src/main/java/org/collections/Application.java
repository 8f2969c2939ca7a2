package org.collections;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.core.Ordered;
import org.springframework.retry.annotation.EnableRetry;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
// outside the transaction advice, so every retry runs in a transaction of its own
@EnableRetry(order = Ordered.LOWEST_PRECEDENCE - 1)
public class Application {

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }
}
