package org.regionalcoop.organizations;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Optional;

/** Read access to the registry for staff and participant systems. */
@RestController
@RequestMapping("/api/organizations")
class OrganizationsController {

    private final Organizations organizations;

    OrganizationsController(Organizations organizations) {
        this.organizations = organizations;
    }

    @GetMapping("/governments")
    List<Government> governments(@RequestParam Optional<Level> level, @RequestParam Optional<Plate> plate) {
        return organizations.governments().stream()
                .filter(g -> level.map(l -> g.level() == l).orElse(true))
                .filter(g -> plate.map(p -> g.plate().equals(Optional.of(p))).orElse(true))
                .toList();
    }

    @GetMapping("/governments/{code}")
    Government government(@PathVariable GovernmentCode code) {
        return organizations.get(code);
    }

    @GetMapping("/lowest-common-superior")
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
