package org.regionalcoop.security;

import org.junit.jupiter.api.Test;
import org.regionalcoop.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Failed logins are slowed per client as well as per user. Each attacker here is a client of its own, a loopback
 * address other than the one the other tests use, so their throttling touches no other test.
 */
@PlatformTest
class LoginThrottlingTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void oneClientSprayingAPasswordOverManyUsersIsSlowedAfterFiveFailures() throws IOException {
        List<String> users = List.of("xj-ur.coordinator", "xj-ur.leader", "xj-ur.finance_officer", "xj-cj.coordinator",
                "xj-cj.leader", "xj-cj.finance_officer", "gd-gz.coordinator", "gd-gz.leader");
        List<String> answers = new ArrayList<>();
        for (String user : users) {
            answers.add(statusLine(login("127.0.0.2", user, "123456")));
        }

        assertThat(answers.subList(0, 5)).allMatch(status -> status.startsWith("HTTP/1.1 401"));
        assertThat(answers.subList(5, 8)).allMatch(status -> status.startsWith("HTTP/1.1 429"));
        assertThat(attempts("gd-gz.leader")).as("the throttled attempts never reached the user").isZero();
        String refused = login("127.0.0.2", "sh.coordinator", PlatformTest.DEMO_PASSWORD);
        assertThat(refused).as("while the client waits even a right password is not checked")
                .startsWith("HTTP/1.1 429").contains("Retry-After: ").contains("application/problem+json")
                .contains("https://regionalcoop.org/problems/too-many-requests");
        assertThat(statusLine(login("127.0.0.1", "gd-gz.leader", PlatformTest.DEMO_PASSWORD)))
                .as("other clients are not slowed").startsWith("HTTP/1.1 200");
    }

    @Test
    void oneClientCannotKeepAChosenUserLockedOut() {
        String victim = "tj.coordinator";
        IntStream.range(0, 5).forEach(attempt -> login("127.0.0.3", victim, "guess-" + attempt));
        Map<String, Object> afterFreeFailures = lock(victim);

        List<String> later = IntStream.range(5, 30).mapToObj(attempt -> statusLine(login("127.0.0.3", victim, "guess-" + attempt)))
                .toList();

        assertThat(later).allMatch(status -> status.startsWith("HTTP/1.1 429"));
        assertThat(lock(victim)).as("the user's pause was not made longer by the throttled attempts")
                .isEqualTo(afterFreeFailures);
        assertThat((Integer) afterFreeFailures.get("attempts_")).as("far from a lock for good").isBetween(1, 5);
    }

    private Map<String, Object> lock(String user) {
        return jdbc.queryForMap("select attempts_, lock_exp_time_ from act_id_user where id_ = ?", user);
    }

    private int attempts(String user) {
        Integer attempts = jdbc.queryForObject("select attempts_ from act_id_user where id_ = ?", Integer.class, user);
        return attempts == null ? 0 : attempts;
    }

    private static String statusLine(String answer) {
        return answer.lines().findFirst().orElse("");
    }

    /** A GET with HTTP Basic from this local address; the whole answer. */
    private String login(String from, String user, String password) {
        String credentials = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port, InetAddress.getByName(from), 0)) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(("GET /api/organizations/governments/SH HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: Basic " + credentials + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot call from " + from, e);
        }
    }
}
