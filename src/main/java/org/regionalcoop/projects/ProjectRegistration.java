package org.regionalcoop.projects;

import org.regionalcoop.agreements.CooperationField;
import org.regionalcoop.agreements.CostShare;
import org.regionalcoop.kernel.Money;
import org.regionalcoop.organizations.GovernmentCode;

import java.util.List;

/**
 * A joint project as a participant's coordinator registers it. The budget is funded by the grant part
 * and by the participants' contributions (the rest), split by the cost shares.
 *
 * @param location the government whose area the project is built in
 */
public record ProjectRegistration(String name, GovernmentCode lead, CooperationField field, GovernmentCode location,
                                  Money budget, Money grantPart, List<CostShare> costShares,
                                  List<MilestonePlan> milestones) {
}
