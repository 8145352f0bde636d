package org.regionalcoop.organizations;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Loads the reference-data file into the registry tables at start-up. A file whose version is already
 * loaded is skipped; a changed file under an old version stops start-up, so every change is versioned.
 */
@Component
class ReferenceDataLoader implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(ReferenceDataLoader.class);
    private static final String DATASET = "governments";

    private final Resource file;
    private final GovernmentRepository governments;
    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ReferenceDataLoader(@Value("${platform.organizations.reference-data}") Resource file,
                        GovernmentRepository governments, NamedParameterJdbcTemplate jdbc,
                        TransactionTemplate transaction, Clock clock) {
        this.file = file;
        this.governments = governments;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void afterPropertiesSet() {
        String source = file.getDescription();
        byte[] content = read(source);
        ReferenceDataFile parsed = ReferenceDataFile.parse(source, content);
        List<Government> registry = new ReferenceDataValidator(source).validate(parsed);
        String hash = sha256(content);
        transaction.executeWithoutResult(status -> store(source, parsed.version(), hash, registry));
    }

    private void store(String source, String version, String hash, List<Government> registry) {
        // Several instances may start at once; one loads, the others then see the version.
        jdbc.queryForObject("select pg_advisory_xact_lock(hashtext('reference-data:' || :dataset))",
                Map.of("dataset", DATASET), Object.class);
        List<Map<String, Object>> loaded = jdbc.queryForList(
                "select version, content_hash from reference_data_version where dataset = :dataset",
                Map.of("dataset", DATASET));
        if (!loaded.isEmpty() && version.equals(loaded.get(0).get("version"))) {
            if (!hash.equals(loaded.get(0).get("content_hash"))) {
                throw new InvalidReferenceDataException("Reference data " + source + " changed but its version '"
                        + version + "' is already loaded with other content; give the new content a new version");
            }
            log.info("Reference data '{}' version {} already loaded ({} governments)", DATASET, version, registry.size());
            return;
        }
        governments.replaceAll(registry);
        jdbc.update("""
                insert into reference_data_version (dataset, version, content_hash, loaded_at)
                values (:dataset, :version, :hash, :at)
                on conflict (dataset) do update set version = excluded.version,
                    content_hash = excluded.content_hash, loaded_at = excluded.loaded_at
                """, Map.of("dataset", DATASET, "version", version, "hash", hash, "at", OffsetDateTime.now(clock)));
        log.info("Loaded reference data '{}' version {} from {}: {} governments", DATASET, version, source, registry.size());
    }

    private byte[] read(String source) {
        try (var in = file.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new InvalidReferenceDataException("Reference data " + source + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
