package org.regionalcoop.projects.internal;

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
class ProjectController {

    private final Projects projects;

    ProjectController(Projects projects) {
        this.projects = projects;
    }

    @PostMapping("/api/agreements/{id}/projects")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<ProjectSummary> registerProject(@PathVariable AgreementId id, @RequestBody ProjectRegistration registration) {
        ProjectSummary project = projects.register(id, registration, Caller.current());
        return ResponseEntity.created(URI.create("/api/projects/" + project.id())).body(project);
    }

    @GetMapping("/api/agreements/{id}/projects")
    List<ProjectSummary> projectsOfAgreement(@PathVariable AgreementId id) {
        return projects.ofAgreement(id, Caller.current());
    }

    @GetMapping("/api/projects/{id}")
    ProjectDetail project(@PathVariable UUID id) {
        return projects.get(new ProjectId(id), Caller.current());
    }
}
