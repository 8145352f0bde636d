package org.regionalcoop.organizations;

import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Optional;

/** Read access to the registry for staff and participant systems. */
@RestController
@RequestMapping("/api/organizations")
@Tag(name = "Organizations", description = "The registry of governments and their agencies: levels, plates and who is "
        + "whose superior, which decides who approves an agreement. Readable by every login.")
class OrganizationsController {

    private final Organizations organizations;

    OrganizationsController(Organizations organizations) {
        this.organizations = organizations;
    }

    @GetMapping("/governments")
    @Operation(operationId = "listGovernments", summary = "List governments",
            description = "The governments of the registry, optionally of one level or one economic plate.")
    List<Government> governments(@Parameter(description = "only governments of this level") @RequestParam Optional<Level> level,
                                 @Parameter(description = "only governments of this economic plate") @RequestParam Optional<Plate> plate) {
        return organizations.governments().stream()
                .filter(g -> level.map(l -> g.level() == l).orElse(true))
                .filter(g -> plate.map(p -> g.plate().equals(Optional.of(p))).orElse(true))
                .toList();
    }

    @GetMapping("/governments/{code}")
    @Operation(operationId = "getGovernment", summary = "Read a government",
            description = "One government with its level, plate, superior and agencies; 404 for a code the registry lacks.")
    Government government(@Parameter(description = "The government's code", example = "SH") @PathVariable GovernmentCode code) {
        return organizations.get(code);
    }

    @GetMapping("/lowest-common-superior")
    @ResponseStatus(HttpStatus.OK)
    @ApiResponse(responseCode = "404", description = "One of the governments is not in the registry")
    @Operation(operationId = "findLowestCommonSuperior", summary = "Find the lowest common superior",
            description = "The lowest government above all the given ones, whose agency approves their bottom-up "
                    + "agreements; 422 when they have none (e.g. governments of different countries).")
    Government lowestCommonSuperior(@Parameter(description = "codes separated by commas",
            schema = @Schema(type = "string", pattern = "^[A-Z][A-Z0-9-]*(,[A-Z][A-Z0-9-]*)*$", example = "HN-CS,HN-ZZ"))
                                    @RequestParam("governments") List<GovernmentCode> codes) {
        return organizations.lowestCommonSuperior(codes);
    }

    @ExceptionHandler
    ProblemDetail unknownGovernment(UnknownGovernmentException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Unknown government");
        problem.setProperty("code", e.code().value());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail noCommonSuperior(NoCommonSuperiorException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage());
        problem.setTitle("No common superior");
        return problem;
    }
}
