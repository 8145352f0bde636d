package org.regionalcoop.agreements.internal;

import org.regionalcoop.agreements.CooperationMode;
import org.regionalcoop.agreements.CooperationField;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.media.Content;
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
import org.regionalcoop.agreements.ProposalKeyReusedException;
import org.regionalcoop.agreements.Proposed;

import org.regionalcoop.kernel.AgreementId;

import org.regionalcoop.organizations.GovernmentCode;
import org.regionalcoop.security.Caller;
import org.regionalcoop.kernel.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;

/** Staff propose agreements, search the ones they see and read them. */
@RestController
@RequestMapping("/api/agreements")
@Tag(name = AgreementController.TAG, description = "Agreements between governments: a coordinator proposes one, the "
        + "participants reach consensus on its versions, a higher authority approves it. A caller sees the agreements "
        + "its government takes part in, initiated or reviews; any other agreement answers 404 as if it did not exist.")
class AgreementController {

    static final String TAG = "Agreements";
    private static final String ID = "The agreement's id, as `POST /api/agreements` answered it";

    /** A proposal: the initiating government and the content of the first version. */
    @Schema(description = "A proposal: the initiating government and the content of the agreement's first version")
    record Proposal(@Schema(requiredMode = REQUIRED, description = "the proposing government; the caller coordinates it")
                    GovernmentCode initiator,
                    @Schema(requiredMode = REQUIRED, description = "the content of the first version, which the "
                            + "participants are asked to consent to")
                    AgreementContent content) {
    }

    /** A revision: the new content and what changed. */
    @Schema(description = "A revision: the agreement's new content and what changed and why")
    record Revision(@Schema(requiredMode = REQUIRED, description = "the whole content of the new version, not only "
                            + "what changed; the same rules as a proposal's")
                    AgreementContent content,
                    @Schema(requiredMode = REQUIRED, minLength = 1, maxLength = TextRules.DESCRIPTION,
                            description = "what changed and why") String reason) {
    }

    static final String TOTAL = "X-Total-Count";
    /** Says whether a proposal with an Idempotency-Key found the agreement an earlier one with the key made (Stripe's name). */
    static final String REPLAYED = "Idempotent-Replayed";

    private final Agreements agreements;

    AgreementController(Agreements agreements) {
        this.agreements = agreements;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    // Its content declared here, so the operation's own example (docs/examples/proposeAgreement/responses/) has a place.
    @ApiResponse(responseCode = "422", description = "The `Idempotency-Key` was sent before with another initiator or "
            + "content; nothing is made, and the detail names the agreement the key made",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(ref = "#/components/schemas/Problem")))
    @Operation(operationId = "proposeAgreement", summary = "Propose an agreement",
            description = "Starts an agreement's lifecycle with its first version: the participants are asked to vote "
                    + "on it (their coordinators get a task). The caller must coordinate the initiating government. "
                    + "The answer is the agreement, its location in the `Location` header. One example per form of "
                    + "cooperation (`content.mode`), each runnable as its initiator's coordinator.\n\n"
                    + "A client that cannot tell whether a proposal was made (its answer timed out or was lost) sends it "
                    + "again with the same `Idempotency-Key`: the platform makes at most one agreement per key. The "
                    + "repeat answers 201 with the agreement the first made, as it stands now, and "
                    + "`" + REPLAYED + ": true`; a repeat sent while the first is still being made waits for it. A key "
                    + "belongs to the caller (another user's same key is another key) and is kept as long as the "
                    + "agreement. The same key with another initiator or content is refused with 422; a proposal "
                    + "refused otherwise keeps no key. Without the header every proposal makes an agreement.")
    ResponseEntity<Agreement> propose(@RequestBody Proposal proposal,
                                      // No example: Swagger UI would send it with every proposal tried out there.
                                      @Parameter(description = "A key the client chose for this proposal, unique among "
                                              + "its own, e.g. a UUID: sent again with a repeat of the proposal, it "
                                              + "makes sure the repeat makes no second agreement",
                                              schema = @Schema(type = "string", minLength = 1,
                                                      maxLength = Agreements.PROPOSAL_KEY_LENGTH, pattern = "^[!-~]+$"))
                                      @RequestHeader(name = Agreements.PROPOSAL_KEY, required = false) String key) {
        Caller caller = Caller.current();
        if (key == null) {
            Agreement agreement = agreements.propose(proposal.initiator(), proposal.content(), caller);
            return ResponseEntity.created(URI.create("/api/agreements/" + agreement.id())).body(agreement);
        }
        Proposed proposed = agreements.propose(proposal.initiator(), proposal.content(), caller, key);
        Agreement agreement = proposed.agreement();
        return ResponseEntity.created(URI.create("/api/agreements/" + agreement.id()))
                .header(REPLAYED, Boolean.toString(proposed.repeated())).body(agreement);
    }

    @ExceptionHandler
    ProblemDetail keyReused(ProposalKeyReusedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage());
        problem.setProperty("header", Agreements.PROPOSAL_KEY);
        return problem;
    }

    /**
     * The agreements the caller sees that the search parameters find (docs/api.md), one page of them in the
     * requested order; how many it finds in all is in the {@value #TOTAL} header, so the body stays the list it was.
     */
    /** Read by hand, so every bad parameter is named at once; the document lists them here. */
    @GetMapping
    @Operation(operationId = "searchAgreements", summary = "Search agreements",
            description = "The agreements the caller sees that every given parameter matches, one page in the requested "
                    + "order; `X-Total-Count` says how many match in all. Every bad parameter is named in one 400 problem.")
    @Parameter(name = "status", in = ParameterIn.QUERY, description = "statuses, separated by commas",
            schema = @Schema(type = "string", example = "in-consensus,in-approval"))
    @Parameter(name = "stage", in = ParameterIn.QUERY, description = "stages, separated by commas",
            schema = @Schema(type = "string", example = "approval"))
    @Parameter(name = "government", in = ParameterIn.QUERY, description = "a participant or the initiator",
            schema = @Schema(type = "string", example = "HN-ZZ"))
    @Parameter(name = "agency", in = ParameterIn.QUERY, description = "the reviewing, funding or arbitrating agency",
            schema = @Schema(type = "string", example = "HN-PCA"))
    @Parameter(name = "mode", in = ParameterIn.QUERY, description = "the form of cooperation", schema = @Schema(implementation = CooperationMode.class))
    @Parameter(name = "field", in = ParameterIn.QUERY, description = "a field the agreement covers", schema = @Schema(implementation = CooperationField.class))
    @Parameter(name = "q", in = ParameterIn.QUERY, description = "words of the title, Chinese or English",
            schema = @Schema(type = "string", maxLength = TextRules.NAME))
    @Parameter(name = "proposedFrom", in = ParameterIn.QUERY, description = "proposed on or after this day (UTC)", schema = @Schema(type = "string", format = "date"))
    @Parameter(name = "proposedTo", in = ParameterIn.QUERY, description = "proposed on or before this day (UTC)", schema = @Schema(type = "string", format = "date"))
    @Parameter(name = "approvedFrom", in = ParameterIn.QUERY, description = "approved on or after this day (UTC)", schema = @Schema(type = "string", format = "date"))
    @Parameter(name = "approvedTo", in = ParameterIn.QUERY, description = "approved on or before this day (UTC)", schema = @Schema(type = "string", format = "date"))
    @Parameter(name = "overdue", in = ParameterIn.QUERY, description = "true: only agreements with a task past its due date; false: only those without", schema = @Schema(type = "boolean"))
    @Parameter(name = "sort", in = ParameterIn.QUERY, description = "proposed, title, since or approved; - before it reverses",
            schema = @Schema(type = "string", example = "-proposed"))
    @Parameter(name = "limit", in = ParameterIn.QUERY, description = "how many agreements the page holds at most (default 50)", schema = @Schema(type = "integer", minimum = "1", maximum = "200"))
    @Parameter(name = "offset", in = ParameterIn.QUERY, description = "how many matching agreements to skip before the page", schema = @Schema(type = "integer", minimum = "0"))
    ResponseEntity<List<Agreement>> search(@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters) {
        AgreementResults results = agreements.search(AgreementSearch.fromParameters(parameters), Caller.current());
        return ResponseEntity.ok().header(TOTAL, Long.toString(results.total()))
                .body(results.agreements().stream().map(AgreementStanding::agreement).toList());
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getAgreement", summary = "Read an agreement",
            description = "The agreement's status, stage, participants and current version.")
    Agreement get(@Parameter(description = ID) @PathVariable AgreementId id) {
        return agreements.get(id, Caller.current());
    }

    @GetMapping("/{id}/versions")
    @Operation(operationId = "listAgreementVersions", summary = "List an agreement's versions",
            description = "Every version of the agreement's content, the first as proposed, each later one with the reason it was revised.")
    List<AgreementVersion> versions(@Parameter(description = ID) @PathVariable AgreementId id) {
        return agreements.versions(id, Caller.current());
    }

    @PostMapping("/{id}/versions")
    @ResponseStatus(HttpStatus.CREATED)
    @ApiResponse(responseCode = "403", description = "The caller sees the agreement but does not coordinate "
            + "its initiator, whose coordinators alone revise it")
    @Operation(operationId = "reviseAgreement", summary = "Revise an agreement",
            description = "Publishes a new version of the agreement's content, e.g. with the amendments participants "
                    + "asked for, and says why in `reason`; the content follows the same rules as a proposal's. Only the "
                    + "initiator's coordinators revise (403 for the other participants).")
    ResponseEntity<AgreementVersion> revise(@Parameter(description = ID) @PathVariable AgreementId id, @RequestBody Revision revision) {
        AgreementVersion version = agreements.revise(id, revision.content(), revision.reason(), Caller.current());
        return ResponseEntity.created(URI.create("/api/agreements/" + id + "/versions/" + version.number())).body(version);
    }

    @GetMapping("/{id}/versions/{number}")
    @Operation(operationId = "getAgreementVersion", summary = "Read one version of an agreement",
            description = "The content of the agreement as it stood in that version.")
    AgreementVersion version(@Parameter(description = ID) @PathVariable AgreementId id,
                             @Parameter(description = "The version's number, 1 for the proposal", example = "1")
                             @PathVariable int number) {
        return agreements.versions(id, Caller.current()).stream()
                .filter(version -> version.number() == number).findFirst()
                .orElseThrow(() -> new NotFoundException("Agreement " + id + " has no version " + number));
    }
}
