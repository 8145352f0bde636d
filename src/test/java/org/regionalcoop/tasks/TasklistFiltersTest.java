package org.regionalcoop.tasks;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.filter.Filter;
import org.junit.jupiter.api.Test;
import org.regionalcoop.LifecycleDriver;
import org.regionalcoop.PlatformTest;
import org.regionalcoop.agreements.Agreement;
import org.regionalcoop.agreements.AgreementType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The Tasklist's shared filters, as a coordinator sees them through the engine's REST API. */
@PlatformTest
class TasklistFiltersTest {

    @Autowired
    TestRestTemplate anonymous;

    @Autowired
    LifecycleDriver driver;

    @Autowired
    TasklistFilters tasklistFilters;

    @Autowired
    FilterService filters;

    private TestRestTemplate as(String user) {
        return anonymous.withBasicAuth(user, PlatformTest.DEMO_PASSWORD);
    }

    @Test
    void everyCoordinatorSeesTheSharedFiltersLimitedToTheirGovernment() {
        driver.propose(AgreementType.FRAMEWORK, "10000000.00", "SH", "JS");
        tasklistFilters.refresh();

        List<Map<String, Object>> visible = as("sh.coordinator").getForObject("/engine-rest/filter?resourceType=Task&maxResults=50", List.class);
        assertThat(visible).extracting(filter -> filter.get("name"))
                .contains(TasklistFilters.MY_TASKS, TasklistFilters.OVERDUE, TasklistFilters.DUE_THIS_WEEK);
        String mine = visible.stream().filter(filter -> TasklistFilters.MY_TASKS.equals(filter.get("name")))
                .map(filter -> (String) filter.get("id")).findFirst().orElseThrow();

        assertThat(countOf(as("sh.coordinator"), mine)).isPositive().isEqualTo(ownTasks("sh.coordinator"));
        assertThat(countOf(as("hn-xt.coordinator"), mine)).isEqualTo(ownTasks("hn-xt.coordinator"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyTaskInTheFiltersShowsItsAgreementsTitleAndDueDate() {
        Agreement agreement = driver.propose(AgreementType.FRAMEWORK, "10000000.00", "SH", "JS");
        tasklistFilters.refresh();
        TestRestTemplate coordinator = as("sh.coordinator");
        List<Map<String, Object>> visible = coordinator.getForObject("/engine-rest/filter?resourceType=Task&maxResults=50", List.class);
        Map<String, Object> mine = visible.stream().filter(filter -> TasklistFilters.MY_TASKS.equals(filter.get("name")))
                .findFirst().orElseThrow();
        assertThat(((Map<String, Object>) mine.get("properties")).get("variables")).isEqualTo(List.of(
                Map.of("name", "agreementTitle", "label", "协议 / Agreement"), Map.of("name", "dueDate", "label", "截止时间 / Due")));

        HttpHeaders hal = new HttpHeaders();
        hal.setAccept(List.of(MediaType.valueOf("application/hal+json")));
        Map<String, Object> listed = coordinator.exchange("/engine-rest/filter/{id}/list?firstResult=0&maxResults=15", HttpMethod.POST,
                new HttpEntity<>(Map.of("processInstanceBusinessKeyLike", agreement.id() + "%"), hal), Map.class,
                mine.get("id")).getBody();

        assertThat(listed).as("the filter's list with its tasks' variables").containsKey("_embedded");
        List<Map<String, Object>> ballots = (List<Map<String, Object>>) ((Map<String, Object>) listed.get("_embedded")).get("task");
        assertThat(ballots).singleElement().satisfies(ballot -> assertThat(
                (List<Map<String, Object>>) ((Map<String, Object>) ballot.get("_embedded")).get("variable"))
                .extracting(variable -> variable.get("name"), variable -> variable.get("value") != null)
                .containsExactlyInAnyOrder(tuple("agreementTitle", true), tuple("dueDate", true)));
    }

    /** A database the platform ran on before has the filters under their English names: they are renamed, not doubled. */
    @Test
    void aFilterSavedUnderItsEnglishNameIsRenamed() {
        Filter overdue = filters.createTaskFilterQuery().filterName(TasklistFilters.OVERDUE).singleResult();
        filters.saveFilter(overdue.setName("Overdue"));

        tasklistFilters.refresh();

        assertThat(filters.createTaskFilterQuery().filterName("Overdue").count()).isZero();
        assertThat(filters.createTaskFilterQuery().filterName(TasklistFilters.OVERDUE).list()).extracting(Filter::getId)
                .containsExactly(overdue.getId());
        List<Map<String, Object>> visible = as("sh.coordinator").getForObject("/engine-rest/filter?resourceType=Task&maxResults=50", List.class);
        assertThat(visible).extracting(filter -> filter.get("name")).containsOnlyOnce(TasklistFilters.OVERDUE).doesNotContain("Overdue");
    }

    /** What the platform's own task list counts for the user: the tasks of their government's roles. */
    private long ownTasks(String user) {
        return ((Number) as(user).getForObject("/api/tasks?size=1", Map.class).get("total")).longValue();
    }

    private static long countOf(TestRestTemplate user, String filterId) {
        return ((Number) user.getForObject("/engine-rest/filter/{id}/count", Map.class, filterId).get("count")).longValue();
    }
}
