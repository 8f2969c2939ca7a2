package org.collections.security;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.collections.Application;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Outside the demo no default credentials: without an administrator password the application does not start. */
class StartupWithoutAdminPasswordStandaloneTest {

    @Test
    void aNonDemoProfileWithoutAdminPasswordFailsWithAClearMessage() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(Application.class)
                .profiles("production")
                .run("--spring.datasource.url=jdbc:h2:mem:no-admin;DB_CLOSE_DELAY=-1", "--server.port=0",
                        "--camunda.bpm.job-execution.enabled=false", "--collections.admin.password="))
                .hasStackTraceContaining("No administrator password: set COLLECTIONS_ADMIN_PASSWORD");
    }
}
