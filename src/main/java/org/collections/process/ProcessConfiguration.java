package org.collections.process;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class ProcessConfiguration {

    @Bean
    public Clock clock() {
        return new EngineClock();
    }
}
