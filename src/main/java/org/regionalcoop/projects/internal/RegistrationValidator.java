package org.regionalcoop.projects.internal;

import org.regionalcoop.projects.MilestonePlan;
import org.regionalcoop.projects.ProjectRegistration;

import org.regionalcoop.agreements.Agreement;
import org.regionalcoop.agreements.AgreementContent;
import org.regionalcoop.agreements.CostShare;
import org.regionalcoop.agreements.CostShareRules;
import org.regionalcoop.kernel.CurrencyCode;
import org.regionalcoop.kernel.Money;
import org.regionalcoop.agreements.Term;
import org.regionalcoop.organizations.Government;
import org.regionalcoop.organizations.GovernmentCode;
import org.regionalcoop.organizations.GovernmentKind;
import org.regionalcoop.organizations.Organizations;
import org.regionalcoop.kernel.Violation;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Checks a registration against its agreement and names every bad field at once. */
@Component
public class RegistrationValidator {

    private static final int MAX_NAME = 200;

    private final Organizations organizations;

    RegistrationValidator(Organizations organizations) {
        this.organizations = organizations;
    }

    /**
     * The project's amounts are in the agreement's settlement currency, no finer than its minor unit; grants are paid
     * in yuan, so only a project of an agreement settled in CNY has a grant part.
     */
    private static void checkCurrency(AgreementContent content, ProjectRegistration registration,
                                      List<Violation> violations) {
        CurrencyCode currency = content.settlementCurrency();
        Map<String, Money> amounts = new LinkedHashMap<>();
        amounts.put("budget", registration.budget());
        amounts.put("grantPart", registration.grantPart());
        amounts.put("fundPart", registration.fundPart());
        amounts.forEach((field, amount) -> {
            if (amount != null) {
                currency.problemWith(amount).ifPresent(problem -> violations.add(new Violation(field, problem)));
            }
        });
        if (!currency.equals(CurrencyCode.CNY) && registration.grantPart() != null
                && registration.grantPart().yuan().signum() > 0) {
            violations.add(new Violation("grantPart", "grants are paid in CNY; a project of an agreement settled in "
                    + currency + " has no grant part"));
        }
    }

    public List<Violation> validate(Agreement agreement, ProjectRegistration registration) {
        List<Violation> violations = new ArrayList<>();
        AgreementContent content = agreement.current().content();
        if (!agreement.status().inForce()) {
            violations.add(new Violation("agreement", "projects start only under an agreement in force, this one is "
                    + agreement.status().key()));
        }
        if (registration == null) {
            violations.add(new Violation("project", "is required"));
            return violations;
        }
        text("name", registration.name(), violations);
        checkLead(content, registration, violations);
        if (registration.field() == null) {
            violations.add(new Violation("field", "is required"));
        }
        checkLocation(registration.location(), violations);
        checkFunding(registration, violations);
        checkFundPart(content, registration, violations);
        checkCurrency(content, registration, violations);
        checkCostShares(content, registration.costShares(), violations);
        checkMilestones(content.term(), registration, violations);
        return violations;
    }

    /** A participant government leads, or one of the agreement's bodies does: exactly one of the two. */
    private static void checkLead(AgreementContent content, ProjectRegistration registration, List<Violation> violations) {
        boolean body = registration.leadBody() != null && !registration.leadBody().isBlank();
        if (registration.lead() == null && !body) {
            violations.add(new Violation("lead", "name the lead government, or the body that leads (leadBody)"));
        } else if (registration.lead() != null && body) {
            violations.add(new Violation("leadBody", "a project is led by a government or by a body, not both"));
        } else if (registration.lead() != null && !content.participants().contains(registration.lead())) {
            violations.add(new Violation("lead", registration.lead() + " is not a participant of the agreement"));
        } else if (body && content.body(registration.leadBody()).isEmpty()) {
            violations.add(new Violation("leadBody", "the agreement has no body '" + registration.leadBody() + "'"));
        }
    }

    /** The fund part comes out of the agreement's fund (whether enough is available is checked as it is held). */
    private static void checkFundPart(AgreementContent content, ProjectRegistration registration,
                                      List<Violation> violations) {
        Money fundPart = registration.fundPartOrZero();
        if (fundPart.isNegative()) {
            violations.add(new Violation("fundPart", "must not be negative"));
            return;
        }
        if (fundPart.yuan().signum() > 0 && content.fund() == null) {
            violations.add(new Violation("fundPart", "the agreement has no fund"));
        }
        Money budget = registration.budget();
        Money grantPart = registration.grantPart();
        if (budget != null && grantPart != null && !grantPart.isNegative()
                && grantPart.yuan().add(fundPart.yuan()).compareTo(budget.yuan()) > 0) {
            violations.add(new Violation("fundPart", "the grant part and the fund part together must not exceed the budget"));
        }
    }

    private void checkLocation(GovernmentCode location, List<Violation> violations) {
        if (location == null) {
            violations.add(new Violation("location", "is required"));
            return;
        }
        Optional<Government> government = organizations.find(location);
        if (government.isEmpty()) {
            violations.add(new Violation("location", "no government with code '" + location + "' is registered"));
        } else if (government.get().kind() == GovernmentKind.COORDINATION_AGENCY) {
            violations.add(new Violation("location", location + " is a coordination agency, not an area"));
        }
    }

    private static void checkFunding(ProjectRegistration registration, List<Violation> violations) {
        Money budget = registration.budget();
        Money grantPart = registration.grantPart();
        if (budget == null) {
            violations.add(new Violation("budget", "is required"));
        } else if (budget.yuan().signum() <= 0) {
            violations.add(new Violation("budget", "must be positive"));
        }
        if (grantPart == null) {
            violations.add(new Violation("grantPart", "is required"));
        } else if (grantPart.isNegative()) {
            violations.add(new Violation("grantPart", "must not be negative"));
        } else if (budget != null && grantPart.compareTo(budget) > 0) {
            violations.add(new Violation("grantPart", "must not exceed the budget"));
        }
    }

    private static void checkCostShares(AgreementContent content, List<CostShare> shares, List<Violation> violations) {
        if (shares == null || shares.isEmpty()) {
            violations.add(new Violation("costShares", "name each participant's share"));
            return;
        }
        CostShareRules.check("costShares", shares, content.participants(), violations);
    }

    private static void checkMilestones(Term term, ProjectRegistration registration, List<Violation> violations) {
        List<MilestonePlan> milestones = registration.milestones();
        if (milestones == null || milestones.isEmpty()) {
            violations.add(new Violation("milestones", "name at least one milestone"));
            return;
        }
        BigDecimal total = BigDecimal.ZERO;
        Set<String> names = new HashSet<>();
        for (int i = 0; i < milestones.size(); i++) {
            MilestonePlan milestone = milestones.get(i);
            String field = "milestones[" + i + "]";
            if (milestone == null) {
                violations.add(new Violation(field, "is required"));
                continue;
            }
            text(field + ".name", milestone.name(), violations);
            if (milestone.name() != null && !names.add(milestone.name())) {
                violations.add(new Violation(field + ".name", "'" + milestone.name() + "' is named twice"));
            }
            if (milestone.dueDate() == null) {
                violations.add(new Violation(field + ".dueDate", "is required"));
            } else if (milestone.dueDate().isBefore(term.start()) || milestone.dueDate().isAfter(term.end())) {
                violations.add(new Violation(field + ".dueDate", "must fall within the agreement's term "
                        + term.start() + " to " + term.end()));
            }
            if (milestone.grantAmount() == null) {
                violations.add(new Violation(field + ".grantAmount", "is required"));
            } else if (milestone.grantAmount().isNegative()) {
                violations.add(new Violation(field + ".grantAmount", "must not be negative"));
            } else {
                total = total.add(milestone.grantAmount().yuan());
            }
        }
        Money grantPart = registration.grantPart();
        if (grantPart != null && !grantPart.isNegative() && total.compareTo(grantPart.yuan()) != 0) {
            violations.add(new Violation("milestones", "grant amounts add up to " + total.toPlainString()
                    + ", not the grant part " + grantPart));
        }
    }

    private static void text(String field, String value, List<Violation> violations) {
        if (value == null || value.isBlank()) {
            violations.add(new Violation(field, "is required"));
        } else if (value.length() > MAX_NAME) {
            violations.add(new Violation(field, "is longer than " + MAX_NAME + " characters"));
        }
    }
}
