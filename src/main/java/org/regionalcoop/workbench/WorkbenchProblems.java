package org.regionalcoop.workbench;

import org.regionalcoop.tasks.TaskConflictException;
import org.regionalcoop.web.NotFoundException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.ModelAndView;

/**
 * Problems on workbench pages become pages in the reader's language: another government's work is as
 * missing as work that does not exist (the API's 404), and a task someone else changed says so.
 */
@ControllerAdvice(basePackageClasses = WorkbenchProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class WorkbenchProblems {

    @ExceptionHandler
    @ResponseStatus(HttpStatus.NOT_FOUND)
    ModelAndView notFound(NotFoundException e) {
        return new ModelAndView("error/404");
    }

    @ExceptionHandler
    @ResponseStatus(HttpStatus.CONFLICT)
    ModelAndView conflict(TaskConflictException e) {
        ModelAndView page = new ModelAndView("error/409");
        page.addObject("detail", e.getMessage());
        return page;
    }
}
