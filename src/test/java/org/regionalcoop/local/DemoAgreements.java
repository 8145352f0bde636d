package org.regionalcoop.local;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Agreements at several stages for a first look at the local run, so the board, the console and the staff's work
 * lists have something to show: Changsha, Zhuzhou and Xiangtan's framework in force with a joint project; Beijing
 * and Hebei's signed agreement waiting for the central agency's review; the capital-circle summit in force
 * without a superior; the Yangtze delta's commuter rail waiting for Shanghai's ballot. Each is proposed and worked
 * through the platform's REST API by the demo logins, as staff would; the participant simulator answers for its
 * governments. Only into a platform that has no agreement yet, so a kept data directory is populated once.
 */
final class DemoAgreements {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration PATIENCE = Duration.ofMinutes(3);
    private static final Duration LOOK_AGAIN = Duration.ofMillis(500);

    private final String baseUrl;
    private final String password;
    private final Consumer<String> progress;

    DemoAgreements(String baseUrl, String password, Consumer<String> progress) {
        this.baseUrl = baseUrl;
        this.password = password;
        this.progress = progress;
    }

    /** Proposes and works the demo agreements unless the platform has agreements already. */
    void populate() throws IOException, InterruptedException {
        if (!staff("admin").list("/api/agreements?limit=1").isEmpty()) {
            progress.accept("agreements exist already: no demo agreements added");
            return;
        }
        String delta = propose("yrd-commuter-rail.json");
        progress.accept("长三角城际通勤铁路合作框架协议: in consensus, Shanghai's ballot waits for sh.coordinator "
                + "(the simulator answers for Jiangsu, Zhejiang and Anhui)");

        String air = propose("jjj-air.json");
        consent(air, "BJ", "HE");
        sign(air, "BJ", "HE");
        progress.accept("京冀大气污染联防联控协议: signed, waits for the central agency's review (cn-cca.reviewer)");

        String summit = propose("capital-circle.json");
        consent(summit, "JP-TK", "JP-KN", "JP-ST", "JP-CB");
        sign(summit, "JP-TK", "JP-KN", "JP-ST", "JP-CB");
        progress.accept("首都圈峰会：防灾与废弃物政策合作: in force without a superior's approval, its council and committee set up");

        String triangle = propose("czt-framework.json");
        consent(triangle, "HN-CS");
        sign(triangle, "HN-CS", "HN-ZZ", "HN-XT");
        complete(triangle, "HN-PCA.reviewer", "user_review_agreement", Map.of("reviewDecision", "approve"));
        complete(triangle, "HN-PCA.grant_officer", "user_decide_grant", Map.of("grantDecision", "award"));
        await(() -> "approved".equals(staff("HN-CS.coordinator").get("/api/agreements/" + triangle).get("status"))
                ? Optional.of(true) : Optional.empty(), "the approval of " + triangle);
        staff("HN-CS.coordinator").post("/api/agreements/" + triangle + "/projects", body("czt-project.json"), 201);
        progress.accept("长株潭城市群区域合作框架协议: in force, its grant awarded, a joint project registered");
        progress.accept("four demo agreements ready; the first to work on: " + baseUrl + "/agreements/" + delta);
    }

    private String propose(String file) throws IOException, InterruptedException {
        Map<String, Object> proposal = body(file);
        return (String) staff(proposal.get("initiator") + ".coordinator").post("/api/agreements", proposal, 201).get("id");
    }

    private void consent(String agreement, String... participants) throws IOException, InterruptedException {
        for (String participant : participants) {
            complete(agreement, participant + ".coordinator", "user_cast_vote", Map.of("answer", "consent"));
        }
    }

    private void sign(String agreement, String... participants) throws IOException, InterruptedException {
        Map<?, ?> current = (Map<?, ?>) staff(participants[0] + ".coordinator").get("/api/agreements/" + agreement).get("current");
        for (String participant : participants) {
            complete(agreement, participant + ".leader", "user_sign_agreement",
                    Map.of("signedContentHash", current.get("contentHash")));
        }
    }

    /** Completes the agreement's task of this step once it is offered to this login's group. */
    private void complete(String agreement, String login, String step, Map<String, Object> values)
            throws IOException, InterruptedException {
        StaffHttp staff = staff(login);
        String task = await(() -> {
            List<?> open = (List<?>) staff.get("/api/tasks?agreementId=" + agreement + "&taskDefinitionKey=" + step)
                    .get("tasks");
            return open.isEmpty() ? Optional.empty() : Optional.of((String) ((Map<?, ?>) open.get(0)).get("id"));
        }, step + " of " + agreement + " for " + login);
        staff.post("/api/tasks/" + task + "/complete", values, 204);
    }

    private interface Lookup<T> {
        Optional<T> find() throws IOException, InterruptedException;
    }

    private static <T> T await(Lookup<T> lookup, String what) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            Optional<T> found = lookup.find();
            if (found.isPresent()) {
                return found.get();
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("waited " + PATIENCE + " for " + what);
            }
            Thread.sleep(LOOK_AGAIN.toMillis());
        }
    }

    private StaffHttp staff(String login) {
        return new StaffHttp(baseUrl, login.toLowerCase(), password);
    }

    private static Map<String, Object> body(String file) {
        try (InputStream in = DemoAgreements.class.getResourceAsStream("/demo/" + file)) {
            return JSON.readValue(in, new TypeReference<>() {
            });
        } catch (IOException e) {
            throw new UncheckedIOException("demo proposal " + file, e);
        }
    }
}
