package org.regionalcoop.grants;

import io.swagger.v3.oas.annotations.media.Schema;
import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;
import org.regionalcoop.agreements.SupportType;
import org.regionalcoop.grants.internal.GrantRepository;
import org.regionalcoop.kernel.DisplayZone;
import org.regionalcoop.kernel.ForbiddenException;
import org.regionalcoop.kernel.InvalidRequestException;
import org.regionalcoop.kernel.Keyed;
import org.regionalcoop.kernel.Money;
import org.regionalcoop.kernel.NotFoundException;
import org.regionalcoop.kernel.TextRules;
import org.regionalcoop.kernel.Violation;
import org.regionalcoop.organizations.Government;
import org.regionalcoop.organizations.GovernmentCode;
import org.regionalcoop.organizations.GovernmentKind;
import org.regionalcoop.organizations.Organizations;
import org.regionalcoop.organizations.Role;
import org.regionalcoop.security.Caller;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.regionalcoop.grants.internal.GrantValues.isBlank;

/**
 * Grant programmes and their budget years, opened at run time by the agency's administrators, so a new year or a
 * provincial agency's first programme needs no deployment. An agency's administrators are its leaders; platform
 * administrators act for every agency. Grant officers and administrators see the agency's programmes.
 */
@Service
public class GrantProgrammes {

    /** Budgets are kept in yuan: the ledger, the decision table and the awards all count in it. */
    static final String CURRENCY = "CNY";
    /** Each field of an opening at its longest: its column (agency, support_type) or the longest value it can parse to. */
    public static final int AGENCY = 16;
    public static final int SUPPORT_TYPE = 32;
    public static final int YEAR = 4;
    public static final int BUDGET = 19;
    public static final int CURRENCY_CODE = 3;
    /** numeric(18, 2): sixteen digits before the point. */
    private static final BigDecimal LARGEST_BUDGET = new BigDecimal("9999999999999999.99");

    private final GrantRepository programmes;
    private final Organizations organizations;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final DisplayZone zone;

    GrantProgrammes(GrantRepository programmes, Organizations organizations, ApplicationEventPublisher events,
                    Clock clock, DisplayZone zone) {
        this.programmes = programmes;
        this.organizations = organizations;
        this.events = events;
        this.clock = clock;
        this.zone = zone;
    }

    /** What an administrator asks for, as typed: each field is checked and every bad one named. */
    @Schema(description = "A budget year to open, as an agency's administrator types it: each field is checked and every bad one named")
    public record Opening(@Schema(requiredMode = REQUIRED, example = "HN-PCA", maxLength = AGENCY,
                                  description = "the coordination agency whose programme it is; the caller administers it")
                          String agency,
                          @Schema(requiredMode = REQUIRED, example = "fiscal-transfer", maxLength = SUPPORT_TYPE,
                                  description = "the kind of support the programme grants, as in an agreement's support "
                                          + "requests: fiscal-transfer, pilot-zone-status, tax-preference, land-quota or "
                                          + "infrastructure-investment")
                          String supportType,
                          @Schema(requiredMode = REQUIRED, example = "2027", maxLength = YEAR,
                                  description = "the calendar year, from this year on; an agency opens each year once")
                          String year,
                          @Schema(example = "80000000.00", maxLength = BUDGET, description = "yuan, an exact decimal; "
                                  + "required for fiscal transfers, absent for granted statuses and quotas, which have no budget")
                          String budget,
                          @Schema(example = "CNY", maxLength = CURRENCY_CODE,
                                  description = "CNY, the only currency budgets are kept in; CNY when omitted")
                          String currency) {
    }

    /**
     * Opens a budget year: the first for the agency and support type opens its programme. Refused, storing
     * nothing, when a field is bad or the agency already has that year; 403 for anyone but the agency's
     * administrators.
     */
    @Transactional
    public Programme open(Opening opening, Caller caller) {
        if (managedAgencies(caller).isEmpty()) {
            throw new ForbiddenException("Only an agency's administrators open its grant programmes");
        }
        List<Violation> violations = new ArrayList<>();
        tooLong("agency", opening.agency(), AGENCY, violations);
        tooLong("supportType", opening.supportType(), SUPPORT_TYPE, violations);
        tooLong("year", opening.year(), YEAR, violations);
        tooLong("budget", opening.budget(), BUDGET, violations);
        tooLong("currency", opening.currency(), CURRENCY_CODE, violations);
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        GovernmentCode agency = agency(opening.agency(), violations);
        if (agency != null && !mayManage(agency, caller)) {
            throw new ForbiddenException("You do not administer the grant programmes of " + agency);
        }
        SupportType type = supportType(opening.supportType(), violations);
        Integer year = year(opening.year(), violations);
        Money budget = type == null ? null : budget(type, opening.budget(), violations);
        if (!isBlank(opening.currency()) && !CURRENCY.equals(opening.currency().strip())) {
            violations.add(new Violation("currency", "budgets are kept in " + CURRENCY + " (yuan), not " + opening.currency()));
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        Instant now = clock.instant();
        long id = programmes.open(agency, type, year, budget, caller.userId(), now).orElseThrow(() ->
                new InvalidRequestException(List.of(new Violation("year",
                        agency + " already has a " + type.key() + " programme for " + year))));
        events.publishEvent(new BudgetYearOpened(BudgetYearOpened.programmeKey(agency.value(), type), id, agency.value(),
                type, year, budget, caller.userId(), now));
        return programmes.programme(id).orElseThrow();
    }

    /** Opens another budget year of the programme {@code programmeId} belongs to: same agency, same support type. */
    @Transactional
    public Programme openYear(long programmeId, String year, String budget, String currency, Caller caller) {
        Programme programme = visible(programmeId, caller);
        return open(new Opening(programme.agency().value(), programme.supportType().key(), year, budget, currency), caller);
    }

    /** The programme's row, if the caller may see it: the agency's grant officers and administrators. */
    @Transactional(readOnly = true)
    public Programme visible(long programmeId, Caller caller) {
        return programmes.programme(programmeId).filter(programme -> maySee(programme.agency(), caller))
                .orElseThrow(() -> new NotFoundException("No grant programme " + programmeId + " is visible to you"));
    }

    /** Every budget year of the agency's programme for the support type, oldest first, if the caller may see it. */
    @Transactional(readOnly = true)
    public List<Programme> years(long programmeId, Caller caller) {
        Programme programme = visible(programmeId, caller);
        return programmes.years(programme.agency(), programme.supportType());
    }

    /** The budget years the caller may see: its agencies' (as grant officer or administrator), or all for administrators. */
    @Transactional(readOnly = true)
    public List<Programme> programmes(Caller caller) {
        List<String> agencies = agencies(caller, Role.GRANT_OFFICER, Role.LEADER).stream().map(GovernmentCode::value).toList();
        return programmes.programmes(agencies, caller.isAdministrator());
    }

    /** Whether the caller sees any programme: an agency's grant officers and administrators, platform administrators. */
    public boolean seesProgrammes(Caller caller) {
        return caller.isAdministrator() || !agencies(caller, Role.GRANT_OFFICER, Role.LEADER).isEmpty();
    }

    /** The coordination agencies whose programmes the caller opens: all for platform administrators. */
    public List<GovernmentCode> managedAgencies(Caller caller) {
        if (caller.isAdministrator()) {
            return organizations.governments().stream().filter(g -> g.kind() == GovernmentKind.COORDINATION_AGENCY)
                    .map(Government::code).sorted().toList();
        }
        return agencies(caller, Role.LEADER);
    }

    boolean maySee(GovernmentCode agency, Caller caller) {
        return caller.isAdministrator() || agencies(caller, Role.GRANT_OFFICER, Role.LEADER).contains(agency);
    }

    private boolean mayManage(GovernmentCode agency, Caller caller) {
        return managedAgencies(caller).contains(agency);
    }

    /** The coordination agencies where the caller holds one of the roles. */
    private List<GovernmentCode> agencies(Caller caller, Role... roles) {
        List<GovernmentCode> agencies = new ArrayList<>();
        for (Government government : organizations.governments()) {
            if (government.kind() != GovernmentKind.COORDINATION_AGENCY) {
                continue;
            }
            for (Role role : roles) {
                if (caller.hasGroup(government.code().value() + "." + role.key()) && !agencies.contains(government.code())) {
                    agencies.add(government.code());
                }
            }
        }
        return agencies;
    }

    /** The document's maxLength of the field, held before its text is read for what it means. */
    private static void tooLong(String field, String text, int maxLength, List<Violation> violations) {
        if (text != null && text.length() > maxLength) {
            violations.add(new Violation(field, TextRules.tooLong(maxLength)));
        }
    }

    private GovernmentCode agency(String text, List<Violation> violations) {
        if (isBlank(text)) {
            violations.add(new Violation("agency", "is required: the coordination agency whose programme it is"));
            return null;
        }
        Optional<Government> agency;
        try {
            agency = organizations.find(new GovernmentCode(text.strip()));
        } catch (IllegalArgumentException e) {
            violations.add(new Violation("agency", e.getMessage()));
            return null;
        }
        if (agency.isEmpty()) {
            violations.add(new Violation("agency", "'" + text + "' is not in the registry"));
            return null;
        }
        if (agency.get().kind() != GovernmentKind.COORDINATION_AGENCY) {
            violations.add(new Violation("agency", text + " is not a coordination agency: only agencies fund grants"));
            return null;
        }
        return agency.get().code();
    }

    private static SupportType supportType(String text, List<Violation> violations) {
        if (isBlank(text)) {
            violations.add(new Violation("supportType", "is required"));
            return null;
        }
        try {
            return Keyed.fromKey(SupportType.class, text.strip());
        } catch (IllegalArgumentException e) {
            violations.add(new Violation("supportType", "'" + text + "' is none of fiscal-transfer, pilot-zone-status, "
                    + "tax-preference, land-quota, infrastructure-investment"));
            return null;
        }
    }

    private Integer year(String text, List<Violation> violations) {
        int current = zone.today(clock).getYear();
        if (isBlank(text)) {
            violations.add(new Violation("year", "is required"));
            return null;
        }
        try {
            int year = Integer.parseInt(text.strip());
            if (year < current || year > 9999) {
                violations.add(new Violation("year", "must be between " + current + " (this year) and 9999, not " + year));
                return null;
            }
            return year;
        } catch (NumberFormatException e) {
            violations.add(new Violation("year", "'" + text + "' is not a year"));
            return null;
        }
    }

    private static Money budget(SupportType type, String text, List<Violation> violations) {
        if (!type.monetary()) {
            if (!isBlank(text)) {
                violations.add(new Violation("budget", type.key() + " is granted, not paid: its programme has no budget"));
            }
            return null;
        }
        if (isBlank(text)) {
            violations.add(new Violation("budget", "is required for " + type.key()));
            return null;
        }
        try {
            Money budget = Money.of(text);
            if (budget.isNegative() || budget.yuan().compareTo(LARGEST_BUDGET) > 0) {
                violations.add(new Violation("budget", "must be between 0.00 and " + LARGEST_BUDGET.toPlainString()
                        + " yuan, not " + text));
                return null;
            }
            return budget;
        } catch (IllegalArgumentException e) {
            violations.add(new Violation("budget", e.getMessage()));
            return null;
        }
    }
}
