package org.regionalcoop.agreements.internal;

import org.regionalcoop.agreements.CooperationMode;
import org.regionalcoop.agreements.CooperationField;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;
import org.regionalcoop.kernel.TextRules;

import org.regionalcoop.agreements.Agreement;
import org.regionalcoop.agreements.AgreementContent;
import org.regionalcoop.agreements.AgreementResults;
import org.regionalcoop.agreements.AgreementSearch;
import org.regionalcoop.agreements.AgreementStanding;
import org.regionalcoop.agreements.AgreementVersion;
import org.regionalcoop.agreements.Agreements;

import org.regionalcoop.kernel.AgreementId;

import org.regionalcoop.organizations.GovernmentCode;
import org.regionalcoop.security.Caller;
import org.regionalcoop.kernel.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;

/** Staff propose agreements, search the ones they see and read them. */
@RestController
@RequestMapping("/api/agreements")
class AgreementController {

    /** A proposal: the initiating government and the content of the first version. */
    record Proposal(@Schema(requiredMode = REQUIRED, description = "the proposing government; the caller coordinates it")
                    GovernmentCode initiator,
                    @Schema(requiredMode = REQUIRED) AgreementContent content) {
    }

    /** A revision: the new content and what changed. */
    record Revision(@Schema(requiredMode = REQUIRED) AgreementContent content,
                    @Schema(requiredMode = REQUIRED, minLength = 1, maxLength = TextRules.DESCRIPTION,
                            description = "what changed and why") String reason) {
    }

    static final String TOTAL = "X-Total-Count";

    private final Agreements agreements;

    AgreementController(Agreements agreements) {
        this.agreements = agreements;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<Agreement> propose(@RequestBody Proposal proposal) {
        Agreement agreement = agreements.propose(proposal.initiator(), proposal.content(), Caller.current());
        return ResponseEntity.created(URI.create("/api/agreements/" + agreement.id())).body(agreement);
    }

    /**
     * The agreements the caller sees that the search parameters find (docs/api.md), one page of them in the
     * requested order; how many it finds in all is in the {@value #TOTAL} header, so the body stays the list it was.
     */
    /** Read by hand, so every bad parameter is named at once; the document lists them here. */
    @GetMapping
    @Parameter(name = "status", in = ParameterIn.QUERY, description = "statuses, separated by commas",
            schema = @Schema(type = "string", example = "in-consensus,in-approval"))
    @Parameter(name = "stage", in = ParameterIn.QUERY, description = "stages, separated by commas",
            schema = @Schema(type = "string", example = "approval"))
    @Parameter(name = "government", in = ParameterIn.QUERY, description = "a participant or the initiator",
            schema = @Schema(type = "string", example = "HN-ZZ"))
    @Parameter(name = "agency", in = ParameterIn.QUERY, description = "the reviewing, funding or arbitrating agency",
            schema = @Schema(type = "string", example = "HN-PCA"))
    @Parameter(name = "mode", in = ParameterIn.QUERY, schema = @Schema(implementation = CooperationMode.class))
    @Parameter(name = "field", in = ParameterIn.QUERY, schema = @Schema(implementation = CooperationField.class))
    @Parameter(name = "q", in = ParameterIn.QUERY, description = "words of the title, Chinese or English",
            schema = @Schema(type = "string", maxLength = TextRules.NAME))
    @Parameter(name = "proposedFrom", in = ParameterIn.QUERY, schema = @Schema(type = "string", format = "date"))
    @Parameter(name = "proposedTo", in = ParameterIn.QUERY, schema = @Schema(type = "string", format = "date"))
    @Parameter(name = "approvedFrom", in = ParameterIn.QUERY, schema = @Schema(type = "string", format = "date"))
    @Parameter(name = "approvedTo", in = ParameterIn.QUERY, schema = @Schema(type = "string", format = "date"))
    @Parameter(name = "overdue", in = ParameterIn.QUERY, schema = @Schema(type = "boolean"))
    @Parameter(name = "sort", in = ParameterIn.QUERY, description = "proposed, title, since or approved; - before it reverses",
            schema = @Schema(type = "string", example = "-proposed"))
    @Parameter(name = "limit", in = ParameterIn.QUERY, schema = @Schema(type = "integer", minimum = "1", maximum = "200"))
    @Parameter(name = "offset", in = ParameterIn.QUERY, schema = @Schema(type = "integer", minimum = "0"))
    ResponseEntity<List<Agreement>> search(@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters) {
        AgreementResults results = agreements.search(AgreementSearch.fromParameters(parameters), Caller.current());
        return ResponseEntity.ok().header(TOTAL, Long.toString(results.total()))
                .body(results.agreements().stream().map(AgreementStanding::agreement).toList());
    }

    @GetMapping("/{id}")
    Agreement get(@PathVariable AgreementId id) {
        return agreements.get(id, Caller.current());
    }

    @GetMapping("/{id}/versions")
    List<AgreementVersion> versions(@PathVariable AgreementId id) {
        return agreements.versions(id, Caller.current());
    }

    @PostMapping("/{id}/versions")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<AgreementVersion> revise(@PathVariable AgreementId id, @RequestBody Revision revision) {
        AgreementVersion version = agreements.revise(id, revision.content(), revision.reason(), Caller.current());
        return ResponseEntity.created(URI.create("/api/agreements/" + id + "/versions/" + version.number())).body(version);
    }

    @GetMapping("/{id}/versions/{number}")
    AgreementVersion version(@PathVariable AgreementId id, @PathVariable int number) {
        return agreements.versions(id, Caller.current()).stream()
                .filter(version -> version.number() == number).findFirst()
                .orElseThrow(() -> new NotFoundException("Agreement " + id + " has no version " + number));
    }
}
