package org.regionalcoop.organizations;

import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ResponseStatus;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.beans.PropertyEditorSupport;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

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

    /**
     * A level or plate exactly as the document lists it ({@code central}): Spring's own conversion would also take
     * {@code CENTRAL} or {@code Central}, which the document calls invalid.
     */
    @InitBinder
    void exactValues(WebDataBinder binder) {
        binder.registerCustomEditor(Level.class, exactly(Level.values(), Level::key));
        binder.registerCustomEditor(Plate.class, exactly(Plate.values(), Plate::key));
    }

    private static <E> PropertyEditorSupport exactly(E[] values, Function<E, String> key) {
        return new PropertyEditorSupport() {
            @Override
            public void setAsText(String text) {
                setValue(Arrays.stream(values).filter(value -> key.apply(value).equals(text)).findFirst()
                        .orElseThrow(() -> new IllegalArgumentException(text)));
            }
        };
    }

    @GetMapping("/governments")
    @Operation(operationId = "listGovernments", summary = "List governments",
            description = "The governments of the registry, optionally of one level or one economic plate.")
    List<Government> governments(@Parameter(description = "only governments of this level") @RequestParam(required = false) Level level,
                                 @Parameter(description = "only governments of this economic plate") @RequestParam(required = false) Plate plate) {
        // Not Optional parameters: Spring converts into an Optional past the binder's exact editors.
        return organizations.governments().stream()
                .filter(g -> level == null || g.level() == level)
                .filter(g -> plate == null || g.plate().equals(Optional.of(plate)))
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
