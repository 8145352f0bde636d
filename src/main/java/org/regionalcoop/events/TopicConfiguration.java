package org.regionalcoop.events;

import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;

/** Creates the contract's topics that do not exist yet; existing topics are left as they are. */
@Configuration(proxyBeanMethods = false)
class TopicConfiguration {

    @Bean
    TopicCatalog topicCatalog() {
        return TopicCatalog.load();
    }

    @Bean
    KafkaAdmin.NewTopics platformTopics(TopicCatalog catalog) {
        return new KafkaAdmin.NewTopics(catalog.topics().stream()
                .map(TopicCatalog.Topic::toNewTopic).toArray(NewTopic[]::new));
    }
}
