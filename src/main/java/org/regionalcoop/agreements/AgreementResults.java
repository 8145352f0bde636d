package org.regionalcoop.agreements;

import java.util.List;

/** One page of a search and how many agreements the search finds in all. */
public record AgreementResults(long total, List<AgreementStanding> agreements) {
}
