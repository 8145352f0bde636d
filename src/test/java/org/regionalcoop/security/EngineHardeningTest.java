package org.regionalcoop.security;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.regionalcoop.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;

import java.net.URI;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** Camunda 7.24 gets no more community patches, so its security guide is applied and checked here. */
@PlatformTest
class EngineHardeningTest {

    @Autowired
    ProcessEngine engine;

    @Autowired
    TestRestTemplate anonymous;

    private ProcessEngineConfigurationImpl configuration() {
        return (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    }

    @Test
    void authorizationChecksAreOn() {
        assertThat(configuration().isAuthorizationEnabled()).isTrue();
    }

    @Test
    void expressionsInQueriesAreOff() {
        assertThat(configuration().isEnableExpressionsInAdhocQueries()).isFalse();
        assertThat(configuration().isEnableExpressionsInStoredQueries()).isFalse();

        var response = anonymous.withBasicAuth("admin", PlatformTest.DEMO_PASSWORD).getForEntity(
                URI.create("/engine-rest/task?maxResults=10&dueAfterExpression=%24%7Bnow()%7D"), String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).contains("Expressions are forbidden in adhoc queries");
    }

    @Test
    void javaSerializationOfVariablesIsOff() {
        assertThat(configuration().isJavaSerializationFormatEnabled()).isFalse();
    }

    @Test
    void queryResultsAreLimited() {
        assertThat(configuration().getQueryMaxResultsLimit()).isEqualTo(1000);

        TestRestTemplate coordinator = anonymous.withBasicAuth("sh.coordinator", PlatformTest.DEMO_PASSWORD);
        var tooMany = coordinator.getForEntity("/engine-rest/task?maxResults=5000", String.class);
        assertThat(tooMany.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(tooMany.getBody()).contains("Max results limit of 1000 exceeded");
        var unbounded = coordinator.getForEntity("/engine-rest/task", String.class);
        assertThat(unbounded.getBody()).contains("An unbound number of results is forbidden");
    }

    /** Cockpit asks for its lists without a bound; only the engine's administrators open it. */
    @Test
    void platformAdministratorsAreNotLimitedSoCockpitsViewsAnswer() {
        TestRestTemplate administrator = anonymous.withBasicAuth("admin", PlatformTest.DEMO_PASSWORD);

        assertThat(administrator.getForEntity("/engine-rest/process-definition", String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(administrator.getForEntity("/engine-rest/job-definition?maxResults=5000", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(administrator.getForEntity("/engine-rest/history/process-instance", String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(configuration().getQueryMaxResultsLimit()).as("for everyone else").isEqualTo(1000);
    }

    @Test
    void onlyAdministratorsDeploy() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        var form = new LinkedMultiValueMap<String, Object>();
        form.add("deployment-name", "sneaky");
        form.add("data", new org.springframework.core.io.ByteArrayResource(
                "<definitions xmlns='http://www.omg.org/spec/BPMN/20100524/MODEL'/>".getBytes()) {
            @Override
            public String getFilename() {
                return "sneaky.bpmn";
            }
        });

        var response = anonymous.withBasicAuth("sh.coordinator", PlatformTest.DEMO_PASSWORD)
                .postForEntity("/engine-rest/deployment/create", new HttpEntity<>(form, headers), String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(engine.getRepositoryService().createDeploymentQuery().deploymentName("sneaky").count()).isZero();
    }

    @Test
    void historyTimeToLiveIsEnforced() {
        assertThat(configuration().isEnforceHistoryTimeToLive()).isTrue();
    }

    @Test
    void cookiesAreSecureAndHttpOnlyOutsideTheLocalProfile() {
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("application.yml"));
        Properties defaults = yaml.getObject();

        assertThat(defaults).containsEntry("server.servlet.session.cookie.secure", true)
                .containsEntry("server.servlet.session.cookie.http-only", true)
                .containsEntry("camunda.bpm.webapp.csrf.enable-secure-cookie", true)
                .containsEntry("camunda.bpm.webapp.session-cookie.enable-secure-cookie", true)
                .containsEntry("platform.security.demo-logins.enabled", false)
                .doesNotContainKey("camunda.bpm.admin-user.password");
    }
}
