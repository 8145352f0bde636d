package org.regionalcoop.agreements;

import org.junit.jupiter.api.Test;
import org.regionalcoop.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regionalcoop.agreements.ProposalRequests.*;

/**
 * A proposal sent with an Idempotency-Key makes at most one agreement however often it is sent, also when the sends
 * overlap: a client that lost the answer to its proposal sends it again without making a second agreement.
 */
@PlatformTest
class ProposalIdempotencyTest {

    private static final String KEY = "Idempotency-Key";
    private static final String REPLAYED = "Idempotent-Replayed";

    @Autowired
    TestRestTemplate http;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aProposalSentAgainWithItsKeyAnswersTheAgreementItMade() {
        String title = "Yangtze River Delta repeat " + UUID.randomUUID();
        Map<String, Object> proposal = titled(title);
        String key = UUID.randomUUID().toString();

        ResponseEntity<Map> first = propose("sh.coordinator", proposal, key);
        ResponseEntity<Map> again = propose("sh.coordinator", proposal, key);

        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(first.getHeaders().getFirst(REPLAYED)).isEqualTo("false");
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(again.getHeaders().getFirst(REPLAYED)).isEqualTo("true");
        assertThat(again.getHeaders().getLocation()).isEqualTo(first.getHeaders().getLocation());
        assertThat(again.getBody()).containsEntry("id", first.getBody().get("id"))
                .containsEntry("proposedBy", "sh.coordinator").containsKeys("status", "current");
        assertThat(agreementsTitled(title)).isEqualTo(1);
    }

    @Test
    void twoConcurrentSendsWithOneKeyMakeOneAgreement() throws Exception {
        String title = "Yangtze River Delta race " + UUID.randomUUID();
        Map<String, Object> proposal = titled(title);
        String key = UUID.randomUUID().toString();
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService clients = Executors.newFixedThreadPool(2);
        try {
            List<CompletableFuture<ResponseEntity<Map>>> sends = List.of(1, 2).stream()
                    .map(n -> CompletableFuture.supplyAsync(() -> {
                        try {
                            start.await(30, TimeUnit.SECONDS);
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                        return propose("sh.coordinator", proposal, key);
                    }, clients)).toList();
            List<ResponseEntity<Map>> answers = sends.stream().map(CompletableFuture::join).toList();

            assertThat(answers).extracting(ResponseEntity::getStatusCode).containsOnly(HttpStatus.CREATED);
            assertThat(answers).extracting(answer -> answer.getBody().get("id")).doesNotContainNull()
                    .containsOnly(answers.get(0).getBody().get("id"));
            assertThat(answers).extracting(answer -> answer.getHeaders().getFirst(REPLAYED))
                    .containsExactlyInAnyOrder("false", "true");
        } finally {
            clients.shutdownNow();
        }
        assertThat(agreementsTitled(title)).isEqualTo(1);
    }

    @Test
    void theKeySentWithAnotherProposalIsRefusedAndMakesNothing() {
        String title = "Yangtze River Delta changed " + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        ResponseEntity<Map> first = propose("sh.coordinator", titled(title), key);
        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);

        ResponseEntity<Map> changed = propose("sh.coordinator",
                withContent(titled(title), "defectionPenalty", "6000000.00"), key);

        assertThat(changed.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(changed.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(changed.getBody()).containsEntry("type", "https://regionalcoop.org/problems/unprocessable")
                .containsEntry("header", KEY);
        assertThat((String) changed.getBody().get("detail")).contains(key, (String) first.getBody().get("id"));
        assertThat(agreementsTitled(title)).isEqualTo(1);
    }

    /** The key is the caller's own: another user's proposal with the same key is no repeat of it. */
    @Test
    void aKeyBelongsToItsCaller() {
        String key = UUID.randomUUID().toString();
        String shanghai = "Yangtze River Delta by Shanghai " + UUID.randomUUID();
        Map<String, Object> zhejiang = proposal("ZJ", new java.util.LinkedHashMap<>(contentOf(titled(shanghai))));
        String zhejiangTitle = "Yangtze River Delta by Zhejiang " + UUID.randomUUID();
        contentOf(zhejiang).put("title", zhejiangTitle);

        ResponseEntity<Map> first = propose("sh.coordinator", titled(shanghai), key);
        ResponseEntity<Map> other = propose("zj.coordinator", zhejiang, key);

        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(other.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(other.getHeaders().getFirst(REPLAYED)).isEqualTo("false");
        assertThat(other.getBody().get("id")).isNotEqualTo(first.getBody().get("id"));
    }

    @Test
    void withoutAKeyEverySendProposes() {
        String title = "Yangtze River Delta unkeyed " + UUID.randomUUID();

        ResponseEntity<Map> first = propose("sh.coordinator", titled(title), null);
        ResponseEntity<Map> second = propose("sh.coordinator", titled(title), null);

        assertThat(List.of(first, second)).extracting(ResponseEntity::getStatusCode).containsOnly(HttpStatus.CREATED);
        assertThat(first.getHeaders().containsKey(REPLAYED)).isFalse();
        assertThat(second.getBody().get("id")).isNotEqualTo(first.getBody().get("id"));
        assertThat(agreementsTitled(title)).isEqualTo(2);
    }

    @Test
    void aKeyWithSpacesIsNamedAsTheProblem() {
        String title = "Yangtze River Delta bad key " + UUID.randomUUID();

        ResponseEntity<Map> refused = propose("sh.coordinator", titled(title), "not a key");

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().toString()).contains(KEY);
        assertThat(agreementsTitled(title)).isZero();
    }

    private ResponseEntity<Map> propose(String user, Map<String, Object> proposal, String key) {
        HttpHeaders headers = new HttpHeaders();
        if (key != null) {
            headers.set(KEY, key);
        }
        return http.withBasicAuth(user, PlatformTest.DEMO_PASSWORD)
                .postForEntity("/api/agreements", new HttpEntity<>(proposal, headers), Map.class);
    }

    private static Map<String, Object> titled(String title) {
        return withContent(yangtzeRiverDelta(), "title", title);
    }

    private int agreementsTitled(String title) {
        return jdbc.queryForObject("select count(*) from agreement where title = ?", Integer.class, title);
    }
}
