package org.collections.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.IdentityService;
import org.collections.Application;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The administrator from the environment exists by the time the web server takes requests: until then Camunda
 * Admin's first-run setup would hand an administrator account to whoever asked first.
 */
class AdminBeforeFirstRequestStandaloneTest {

    @Test
    void theAdministratorExistsWhenTheWebServerStarts() {
        AtomicLong administratorsAtStart = new AtomicLong(-1);
        ApplicationListener<WebServerInitializedEvent> atStart = event -> administratorsAtStart.set(
                event.getApplicationContext().getBean(IdentityService.class).createUserQuery().userId("boss")
                        .memberOfGroup(Roles.ADMINS).count());
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class)
                .profiles("production")
                .listeners(atStart)
                .run("--spring.datasource.url=jdbc:h2:mem:admin-first;DB_CLOSE_DELAY=-1", "--server.port=0",
                        "--camunda.bpm.job-execution.enabled=false", "--collections.admin.user=boss",
                        "--collections.admin.password=Secret#Test-2026")) {
            assertThat(administratorsAtStart.get()).isEqualTo(1);
        }
    }
}
