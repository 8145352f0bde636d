package org.regionalcoop.kernel;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A map that keeps at most {@code capacity} entries, forgetting the one read or written longest ago: for what a
 * platform instance remembers to spare a statement or a parse, bounded whatever the load. Not synchronized.
 */
public final class LeastRecentlyUsed<K, V> extends LinkedHashMap<K, V> {

    private final int capacity;

    public LeastRecentlyUsed(int capacity) {
        super(capacity * 4 / 3 + 1, 0.75f, true);
        this.capacity = capacity;
    }

    @Override
    protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
        return size() > capacity;
    }
}
