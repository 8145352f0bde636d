package org.regionalcoop.agreements;

import com.fasterxml.jackson.databind.EnumNamingStrategies;
import com.fasterxml.jackson.databind.annotation.EnumNaming;
import org.regionalcoop.kernel.Keyed;

/**
 * Why a version of an agreement was made, as a key pages translate, with its arguments stored beside it:
 * the first version of a proposal; the first of a renewal (argument: the renewed agreement's id); a
 * revision in its author's own words (the version's reason, shown as written); a version without the
 * participants that did not consent (arguments: the round, the codes of those that dropped out).
 */
@EnumNaming(EnumNamingStrategies.KebabCaseStrategy.class)
public enum VersionReason implements Keyed {
    PROPOSED, RENEWAL, REVISED, DROPPED_OUT
}
