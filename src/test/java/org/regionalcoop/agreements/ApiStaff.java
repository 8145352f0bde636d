package org.regionalcoop.agreements;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.regionalcoop.LifecycleDriver;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Lazy;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

/**
 * The staff of every government at the platform's REST APIs, and the broker their governments' systems reach: what
 * the tests that drive agreements through the APIs and Kafka only share. Lazy, because the application's component
 * scan also finds it in contexts without a TestRestTemplate (a second instance, the local run), which never ask for it.
 */
@Component
@Lazy
class ApiStaff {

    private final TestRestTemplate anonymous;
    private final LifecycleDriver platform;
    private final KafkaAdmin kafka;

    ApiStaff(TestRestTemplate anonymous, LifecycleDriver platform, KafkaAdmin kafka) {
        this.anonymous = anonymous;
        this.platform = platform;
        this.kafka = kafka;
    }

    /** A demo login working through the REST APIs. */
    StaffClient as(String user) {
        return new StaffClient(anonymous, platform, user);
    }

    /** The broker the participants' systems send to and the tests' feeds read from. */
    Object bootstrapServers() {
        return kafka.getConfigurationProperties().get(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG);
    }

    /**
     * Each member's coordinator consents to the proposed version, then each member's leader signs it (members as
     * login prefixes, e.g. {@code hn-cs}); returns the agreement's id.
     */
    @SuppressWarnings("unchecked")
    String agreedByAll(Map<String, Object> proposed, List<String> members) {
        String id = (String) proposed.get("id");
        String hash = (String) ((Map<String, Object>) proposed.get("current")).get("contentHash");
        for (String member : members) {
            as(member + ".coordinator").complete(member.toUpperCase() + ".coordinator", "user_cast_vote", id,
                    Map.of("answer", "consent"));
        }
        for (String member : members) {
            as(member + ".leader").complete(member.toUpperCase() + ".leader", "user_sign_agreement", id,
                    Map.of("signedContentHash", hash));
        }
        return id;
    }
}
