package org.regionalcoop.local;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.util.HashMap;
import java.util.Map;

/**
 * Points the application at the embedded servers, unless {@code SPRING_DATASOURCE_URL} or
 * {@code SPRING_KAFKA_BOOTSTRAP_SERVERS} name external ones. The lease is the first disposable bean,
 * so the context closes the servers last, after the engine and the connection pool.
 */
public class LocalInfrastructureInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static final String LEASE_BEAN = "localInfrastructureLease";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        ConfigurableEnvironment environment = context.getEnvironment();
        boolean needPostgres = !environment.containsProperty("spring.datasource.url");
        boolean needKafka = !environment.containsProperty("spring.kafka.bootstrap-servers");
        LocalInfrastructure infrastructure = LocalInfrastructure.acquire(environment.getProperty("platform.local.data-dir"),
                environment.getProperty("platform.local.kafka-port", Integer.class, 0), needPostgres, needKafka);

        Map<String, Object> properties = new HashMap<>();
        if (needPostgres) {
            properties.put("spring.datasource.url", infrastructure.jdbcUrl());
            properties.put("spring.datasource.username", EmbeddedPostgresServer.USER);
            properties.put("spring.datasource.password", "");
        }
        if (needKafka) {
            properties.put("spring.kafka.bootstrap-servers", infrastructure.bootstrapServers());
        }
        environment.getPropertySources().addFirst(new MapPropertySource("localInfrastructure", properties));

        DefaultListableBeanFactory beans = (DefaultListableBeanFactory) context.getBeanFactory();
        beans.registerSingleton(LEASE_BEAN, infrastructure);
        beans.registerDisposableBean(LEASE_BEAN, (DisposableBean) LocalInfrastructure::release);
        beans.registerDependentBean(LEASE_BEAN, "dataSource");
    }
}
