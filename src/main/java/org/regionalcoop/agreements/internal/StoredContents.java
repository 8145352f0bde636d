package org.regionalcoop.agreements.internal;

import org.regionalcoop.agreements.AgreementContent;
import org.regionalcoop.kernel.LeastRecentlyUsed;

import java.util.Map;
import java.util.function.Function;

/**
 * The parsed content of the versions read lately, by their stored JSON. A stored version never changes, yet each
 * read of an agreement (a dozen a lifecycle, docs/benchmarks.md) parsed its content again. Keyed by the text itself,
 * which is all the parse depends on: whatever row it came from, and whether or not that row's transaction committed,
 * the same text is the same content. The least recently read are forgotten past {@link #KEPT}.
 */
final class StoredContents {

    static final int KEPT = 1_000;

    private final Function<String, AgreementContent> parse;

    private final Map<String, AgreementContent> parsed = new LeastRecentlyUsed<>(KEPT);

    StoredContents(Function<String, AgreementContent> parse) {
        this.parse = parse;
    }

    /** The content stored as this JSON, parsed unless it was lately; contents are immutable records. */
    AgreementContent of(String json) {
        synchronized (parsed) {
            AgreementContent content = parsed.get(json);
            if (content != null) {
                return content;
            }
        }
        AgreementContent content = parse.apply(json);
        synchronized (parsed) {
            parsed.put(json, content);
        }
        return content;
    }
}
