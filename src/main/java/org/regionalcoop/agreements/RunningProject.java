package org.regionalcoop.agreements;

import java.util.UUID;

/**
 * A joint project still running under an agreement that is being closed, as the secretariat sees it before deciding
 * what becomes of it.
 *
 * @param openContributions participants whose contribution is called or still to be called and not paid
 */
public record RunningProject(UUID projectId, String name, String lead, int openContributions) {
}
