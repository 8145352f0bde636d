package org.regionalcoop.agreements;

import org.regionalcoop.kernel.Keyed;

/**
 * Why no new version may be published now ({@link Agreements#revisionRefusal}), so that the initiator is told at once
 * and told what to do instead, rather than refused when the version is sent.
 */
public enum RevisionRefusal implements Keyed {
    /** The signed version is with its reviewers, who have not asked for a revision. */
    UNDER_REVIEW,
    /** Approved or adopted: the signed text binds the participants. */
    IN_FORCE,
    /** The term ended: the agreement is being closed or is closed. */
    ENDED,
    /** Consensus failed, the joint meeting abandoned it or the reviewers rejected it. */
    NOT_IN_FORCE,
    /** Every participant answered the round and the answers are being counted. */
    ANSWERS_BEING_COUNTED,
    /** The round's deadline passed and the secretariat's leaders decide in a joint meeting how it goes on. */
    JOINT_MEETING,
    /** Every leader signed and the signed agreement is being announced. */
    SIGNATURES_BEING_ANNOUNCED
}
