package org.regionalcoop.tasks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The fields of an agreement's content that differ between two versions. Objects are compared field by
 * field; a list that changed is reported whole, since its items have no identity to match them by.
 */
public final class ContentDiff {

    private ContentDiff() {
    }

    public static List<AgreementContext.Change> between(JsonNode before, JsonNode after) {
        List<AgreementContext.Change> changes = new ArrayList<>();
        compare("", before, after, changes);
        return changes;
    }

    private static void compare(String path, JsonNode before, JsonNode after, List<AgreementContext.Change> changes) {
        if (before.equals(after)) {
            return;
        }
        if (!before.isObject() || !after.isObject()) {
            changes.add(new AgreementContext.Change(path, before, after));
            return;
        }
        Set<String> fields = new TreeSet<>();
        before.fieldNames().forEachRemaining(fields::add);
        after.fieldNames().forEachRemaining(fields::add);
        for (String field : fields) {
            compare(path.isEmpty() ? field : path + "." + field, orNull(before.get(field)), orNull(after.get(field)), changes);
        }
    }

    private static JsonNode orNull(JsonNode node) {
        return node == null ? NullNode.getInstance() : node;
    }
}
