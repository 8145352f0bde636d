package org.regionalcoop.projects.internal;

import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.regionalcoop.projects.ProjectDetail;
import org.regionalcoop.projects.ProjectId;
import org.regionalcoop.projects.ProjectRegistration;
import org.regionalcoop.projects.ProjectSummary;
import org.regionalcoop.projects.Projects;

import org.regionalcoop.kernel.AgreementId;
import org.regionalcoop.security.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/** Coordinators register joint projects of approved agreements; participants and the approving agency follow them. */
@RestController
@Tag(name = "Projects", description = "Joint projects under approved agreements: their budget, grant part, cost shares "
        + "and milestones. Coordinators of the agreement's participants register them; the participants and the "
        + "approving agency follow them, anyone else gets 404.")
class ProjectController {

    private final Projects projects;

    ProjectController(Projects projects) {
        this.projects = projects;
    }

    @PostMapping("/api/agreements/{id}/projects")
    @ResponseStatus(HttpStatus.CREATED)
    @ApiResponse(responseCode = "403", description = "The caller sees the agreement but is not a coordinator "
            + "of one of its participants")
    @Operation(operationId = "registerProject", summary = "Register a joint project",
            description = "Registers a project of an approved agreement and starts its process; the location of the "
                    + "project is in the `Location` header. The milestones' grant amounts add up to the grant part and "
                    + "the cost shares to 100; every bad field is named at once and nothing is stored.")
    ResponseEntity<ProjectSummary> registerProject(
            @Parameter(description = "The approved agreement's id") @PathVariable AgreementId id, @RequestBody ProjectRegistration registration) {
        ProjectSummary project = projects.register(id, registration, Caller.current());
        return ResponseEntity.created(URI.create("/api/projects/" + project.id())).body(project);
    }

    @GetMapping("/api/agreements/{id}/projects")
    @Operation(operationId = "listAgreementProjects", summary = "List an agreement's projects",
            description = "The joint projects registered under the agreement, with where each stands.")
    List<ProjectSummary> projectsOfAgreement(@Parameter(description = "The agreement's id") @PathVariable AgreementId id) {
        return projects.ofAgreement(id, Caller.current());
    }

    @GetMapping("/api/projects/{id}")
    @Operation(operationId = "getProject", summary = "Read a project",
            description = "The project with its cost shares, contributions and milestones, and what was paid for each.")
    ProjectDetail project(@Parameter(description = "The project's id, as registering it answered") @PathVariable UUID id) {
        return projects.get(new ProjectId(id), Caller.current());
    }
}
