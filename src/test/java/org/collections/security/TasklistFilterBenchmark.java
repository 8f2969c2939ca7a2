package org.collections.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.collections.TestDatabase;
import org.collections.process.CaseVariables;
import org.collections.process.CustomerContactProcess;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * How long Tasklist's "Calls to make" takes for an agent and for an administrator, with many open call tasks on
 * PostgreSQL. Not a test: Maven runs it only when asked for by name (it matches none of Surefire's or Failsafe's
 * patterns), and it needs a PostgreSQL server:
 *
 * <pre>
 * mvn -B -ntp test -Dtest=TasklistFilterBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dbenchmark.tasks=20000 -Dbenchmark.database=collections_bench_20k
 * </pre>
 *
 * The database ({@code benchmark.database}) is created when missing and kept, so a second run (after a change)
 * measures the same cases without seeding them again; {@code -Dbenchmark.drop=true} drops it at the end, and
 * {@code -Dbenchmark.requests=0} only seeds, {@code -Dbenchmark.who=admin} measures only the administrator. The report is printed and appended to
 * {@code target/benchmark/tasklist-filter-<database>.txt}.
 *
 * <p>Seeding: each call task is a real case of {@code CustomerContactProcess}, started by the engine at
 * {@code Task_CallCustomer} (its candidate group, its due date and its deadline timer come from the model, and the
 * engine writes the task's identity link and its authorization for {@code collection-agents} as it does for every
 * call task). Only the task listeners are skipped (they would read customer records that are not seeded); what
 * they write, the briefing variables Tasklist shows as columns and a priority from the money at risk, is set
 * instead. About one call in twenty is claimed by one of twenty agents (an authorization for that user), one in
 * thirty missed its deadline and was escalated (the managers' group added, with its authorization).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TasklistFilterBenchmark {

    static final String DATABASE = System.getProperty("benchmark.database", "collections_bench");
    static final int TASKS = Integer.getInteger("benchmark.tasks", 20_000);
    static final int REQUESTS = Integer.getInteger("benchmark.requests", 50);
    static final int WARM_UP = Integer.getInteger("benchmark.warmUp", 5);
    /** Whom to measure: {@code agent}, {@code admin} or both. */
    static final List<String> WHO = List.of(System.getProperty("benchmark.who", "agent,admin").split(","));
    static final int BATCH = 500;
    static final String AGENT = "benchagent0";
    static final String PASSWORD = "Bench#Password-2026";
    static final String ADMIN = "admin";
    static final String ADMIN_PASSWORD = "Secret#Test-2026";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        String url = "jdbc:postgresql:" + TestDatabase.SERVER + "/" + DATABASE + "?options=-c%20jit=off";
        createIfMissing(DATABASE);
        if (Boolean.getBoolean("benchmark.drop")) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> TestDatabase.drop(DATABASE)));
        }
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> TestDatabase.USER);
        registry.add("spring.datasource.password", () -> TestDatabase.PASSWORD);
        registry.add("camunda.bpm.database.type", () -> "postgres");
        registry.add("spring.datasource.hikari.maximum-pool-size", () -> "10");
    }

    @Autowired
    TestRestTemplate http;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    IdentityService identity;
    @Autowired
    FilterService filters;
    @Autowired
    ProcessEngineConfigurationImpl engineConfiguration;

    @Test
    void callsToMake() throws IOException {
        users();
        seed();
        if (REQUESTS == 0) {
            System.out.println("\nseeded only: " + openCallTasks() + " open call tasks; " + authorizationRows());
            return;
        }
        String filterId = filters.createFilterQuery().filterName("Calls to make").singleResult().getId();
        String rows = authorizationRows();

        WebappSession agent = WebappSession.login(http, AGENT, PASSWORD, "tasklist");
        WebappSession admin = WebappSession.login(http, ADMIN, ADMIN_PASSWORD, "tasklist");
        assertThat(agent.loginStatus()).isEqualTo(200);
        assertThat(admin.loginStatus()).isEqualTo(200);

        Map<String, Object> tasklistQuery = Map.of("processVariables", List.of(), "taskVariables", List.of(),
                "caseInstanceVariables", List.of(), "sorting", List.of(Map.of("sortBy", "created", "sortOrder", "desc")),
                "active", true);
        String list = "/camunda/api/engine/engine/default/filter/" + filterId + "/list?firstResult=0&maxResults=15";
        String count = "/camunda/api/engine/engine/default/filter/" + filterId + "/count";

        StringBuilder report = new StringBuilder();
        report.append("Calls to make, ").append(openCallTasks()).append(" open call tasks; ").append(rows)
                .append("\n").append(REQUESTS).append(" requests each after ").append(WARM_UP)
                .append(" to warm up, in ms\n");
        Map<String, long[]> results = new LinkedHashMap<>();
        for (Map.Entry<String, WebappSession> who : Map.of("agent", agent, "admin", admin).entrySet().stream()
                .filter(e -> WHO.contains(e.getKey()))
                .sorted(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder())).toList()) {
            WebappSession session = who.getValue();
            results.put(who.getKey() + " list (HAL, as Tasklist)", time(() -> {
                ResponseEntity<String> answer = hal(session, list, tasklistQuery);
                assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
                return answer.getBody();
            }));
            results.put(who.getKey() + " count", time(() -> {
                ResponseEntity<String> answer = session.exchange(HttpMethod.GET, count, null, null);
                assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
                return answer.getBody();
            }));
        }
        results.forEach((name, millis) -> report.append(String.format("%-28s p50 %7.1f  p99 %7.1f  max %7.1f%n", name,
                percentile(millis, 50) / 1e6, percentile(millis, 99) / 1e6, millis[millis.length - 1] / 1e6)));
        for (String who : WHO) {
            report.append(who).append(" count: ").append((who.equals("agent") ? agent : admin)
                    .exchange(HttpMethod.GET, count, null, null).getBody()).append("  ");
        }
        report.append("\nload average: ").append(Files.readString(Path.of("/proc/loadavg")).trim()).append("\n");
        System.out.println("\n" + report);
        Path out = Path.of("target", "benchmark", "tasklist-filter-" + DATABASE + ".txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report + "\n", java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.APPEND);
    }

    private static ResponseEntity<String> hal(WebappSession session, String path, Object body) {
        return session.exchange(HttpMethod.POST, path, body, MediaType.APPLICATION_JSON, "application/hal+json");
    }

    private long[] time(java.util.function.Supplier<String> request) {
        for (int i = 0; i < WARM_UP; i++) {
            request.get();
        }
        long[] nanos = new long[REQUESTS];
        for (int i = 0; i < REQUESTS; i++) {
            long start = System.nanoTime();
            request.get();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return nanos;
    }

    /** Nearest-rank percentile of sorted values. */
    static long percentile(long[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    // ------------------------------------------------------------------ seed

    private void users() {
        for (int i = 0; i < 20; i++) {
            String id = "benchagent" + i;
            if (identity.createUserQuery().userId(id).count() == 0) {
                User user = identity.newUser(id);
                user.setPassword(PASSWORD);
                identity.saveUser(user);
                identity.createMembership(id, Roles.AGENTS);
            }
        }
    }

    private long openCallTasks() {
        return tasks.createTaskQuery().taskDefinitionKey(CustomerContactProcess.TASK_CALL_CUSTOMER).count();
    }

    /**
     * Seeds the missing call tasks, {@value #BATCH} per engine command: one transaction and one flush of the engine's
     * inserts per batch (the services called inside share the command's context, as in a delegate).
     */
    private void seed() {
        long have = openCallTasks();
        long started = System.nanoTime();
        for (long from = have; from < TASKS; from += BATCH) {
            long first = from;
            long last = Math.min(TASKS, from + BATCH);
            engineConfiguration.getCommandExecutorTxRequired().execute(context -> {
                for (long i = first; i < last; i++) {
                    callTask(context, i);
                }
                return null;
            });
            if ((last / BATCH) % 20 == 0 || last == TASKS) {
                System.out.printf("seeded %d of %d call tasks (%.0f s)%n", last, TASKS,
                        (System.nanoTime() - started) / 1e9);
            }
        }
        try (Connection connection = connection(DATABASE); Statement statement = connection.createStatement()) {
            statement.execute("analyze");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void callTask(CommandContext context, long i) {
        String customer = "BENCH-" + i;
        ProcessInstance contactCase = runtime.createProcessInstanceByKey(CustomerContactProcess.KEY)
                .businessKey(customer)
                .setVariable(CaseVariables.CUSTOMER_NUMBER.name(), customer)
                .setVariable(CaseVariables.INVOICE_NUMBERS.name(), "INV-" + i)
                .startBeforeActivity(CustomerContactProcess.TASK_CALL_CUSTOMER)
                .execute(true, false);
        // not flushed yet, so not found by a query: the task is in the command's cache
        String taskId = context.getDbEntityManager().getCachedEntitiesByType(TaskEntity.class).stream()
                .filter(t -> contactCase.getId().equals(t.getProcessInstanceId())).findFirst().orElseThrow().getId();
        long owed = 100 + (i * 7919) % 20_000;
        Map<String, Object> briefing = new LinkedHashMap<>();
        briefing.put(CaseVariables.CUSTOMER_NAME.name(), "Customer " + i);
        briefing.put(CaseVariables.INVOICE_NUMBERS.name(), "INV-" + i);
        briefing.put(CaseVariables.TOTAL_OWED.name(), owed + ".00");
        briefing.put(CaseVariables.DAYS_OVERDUE.name(), 1 + i % 90);
        tasks.setVariablesLocal(taskId, briefing);
        tasks.setPriority(taskId, (int) Math.min(100, owed / 200));
        if (i % 20 == 7) {
            tasks.setAssignee(taskId, "benchagent" + (i / 20) % 20);
        }
        if (i % 30 == 11) {
            tasks.addCandidateGroup(taskId, Roles.MANAGERS);
            tasks.setVariableLocal(taskId, CaseVariables.ESCALATED.name(), true);
        }
    }

    private String authorizationRows() {
        try (Connection connection = connection(DATABASE); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select count(*), count(*) filter (where resource_type_ = 7),"
                        + " count(*) filter (where resource_type_ = 7 and group_id_ = 'collection-agents')"
                        + " from act_ru_authorization")) {
            rows.next();
            return String.format("ACT_RU_AUTHORIZATION %d rows, %d on tasks, %d of them for collection-agents",
                    rows.getLong(1), rows.getLong(2), rows.getLong(3));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    // ------------------------------------------------------------------ database

    private static void createIfMissing(String name) {
        try (Connection connection = connection("postgres"); Statement statement = connection.createStatement();
                ResultSet exists = statement.executeQuery(
                        "select 1 from pg_database where datname = '" + name + "'")) {
            if (!exists.next()) {
                statement.execute("create database " + name);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Connection connection(String database) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql:" + TestDatabase.SERVER + "/" + database,
                TestDatabase.USER, TestDatabase.PASSWORD);
    }
}
