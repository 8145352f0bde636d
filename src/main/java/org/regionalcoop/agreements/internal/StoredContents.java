package org.regionalcoop.agreements.internal;

import org.regionalcoop.agreements.AgreementContent;
import org.regionalcoop.kernel.AgreementId;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The parsed content of the versions read lately. A stored version never changes, yet each read of an agreement
 * (a dozen a lifecycle, docs/benchmarks.md) parsed its content's JSON again. Keyed by the content's hash as well as
 * the version, so a version whose transaction rolled back and whose number was then stored with other content is
 * never answered with the content that did not commit. The least recently read are forgotten past {@link #KEPT}.
 */
final class StoredContents {

    static final int KEPT = 1_000;

    private record Stored(AgreementId agreement, int version, String contentHash) {
    }

    private final Map<Stored, AgreementContent> parsed = new LinkedHashMap<>(KEPT * 4 / 3 + 1, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Stored, AgreementContent> eldest) {
            return size() > KEPT;
        }
    };

    /** The version's content, parsed from {@code json} unless it was parsed before; contents are immutable records. */
    AgreementContent of(AgreementId agreement, int version, String contentHash, Supplier<AgreementContent> json) {
        Stored stored = new Stored(agreement, version, contentHash);
        synchronized (parsed) {
            AgreementContent content = parsed.get(stored);
            if (content != null) {
                return content;
            }
        }
        AgreementContent content = json.get();
        synchronized (parsed) {
            parsed.put(stored, content);
        }
        return content;
    }
}
