package org.regionalcoop.deployment;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The build's schema check of the rendered manifests fails on what the API server would refuse or drop. */
class ManifestSchemasIT {

    @TempDir
    Path dir;

    @Test
    void aFieldTheKindDoesNotHaveFailsTheCheck() throws IOException, InterruptedException {
        String production = Files.readString(Helm.RENDERED.resolve("production.yaml"));
        String misspelt = production.replace("primaryUpdateStrategy: unsupervised",
                "primaryUpdateStrategy: unsupervised\n  minSyncReplica: 1");
        assertThat(misspelt).isNotEqualTo(production);

        Result result = validate(Files.writeString(dir.resolve("misspelt.yaml"), misspelt));

        assertThat(result.exitCode()).isNotZero();
        assertThat(result.output()).contains("Cluster coop-regional-cooperation-platform-db").contains("'\"minSyncReplica\"' does not exist");
    }

    @Test
    void aValueOfTheWrongTypeFailsTheCheck() throws IOException, InterruptedException {
        String minimal = Files.readString(Helm.RENDERED.resolve("minimal.yaml"));
        String wrong = minimal.replace("containerPort: 8080", "containerPort: http");
        assertThat(wrong).isNotEqualTo(minimal);

        Result result = validate(Files.writeString(dir.resolve("wrong.yaml"), wrong));

        assertThat(result.exitCode()).isNotZero();
        assertThat(result.output()).contains("Deployment coop-regional-cooperation-platform").contains("containerPort");
    }

    @Test
    void theRenderingsOfTheBuildPass() throws IOException, InterruptedException {
        Result result = validate(Helm.RENDERED.resolve("production.yaml"));
        assertThat(result.exitCode()).as(result.output()).isZero();
    }

    private Result validate(Path manifests) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("node", Path.of("helm/tooling/validate-manifests.mjs").toString(),
                Helm.RENDERED.resolveSibling("tool").toString(), manifests.toString()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), output);
    }

    private record Result(int exitCode, String output) {
    }
}
