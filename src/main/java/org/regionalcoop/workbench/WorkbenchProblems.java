package org.regionalcoop.workbench;

import org.regionalcoop.tasks.TaskConflictException;
import org.regionalcoop.kernel.ForbiddenException;
import org.regionalcoop.kernel.NotFoundException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.MissingServletRequestParameterException;
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

    private final Staff staff;

    WorkbenchProblems(Staff staff) {
        this.staff = staff;
    }

    @ExceptionHandler
    @ResponseStatus(HttpStatus.NOT_FOUND)
    ModelAndView notFound(NotFoundException e) {
        return page("404");
    }

    /** An address changed by hand ({@code ?page=abc}, a programme's id that is not a number): a page, not the API's JSON. */
    @ExceptionHandler({TypeMismatchException.class, MissingServletRequestParameterException.class})
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ModelAndView badAddress(Exception e) {
        return page("400");
    }

    /** What the reader may see but their roles do not let them do, e.g. an administrator's retry or another participant's revision. */
    @ExceptionHandler
    @ResponseStatus(HttpStatus.FORBIDDEN)
    ModelAndView forbidden(ForbiddenException e) {
        return page("403");
    }

    @ExceptionHandler
    @ResponseStatus(HttpStatus.CONFLICT)
    ModelAndView conflict(TaskConflictException e) {
        return page("409");
    }

    /** The problem's page with its header: an exception handler's model has none of the advice's attributes. */
    private ModelAndView page(String problem) {
        ModelAndView page = new ModelAndView("error/problem");
        page.addObject("problem", problem);
        page.addObject("me", staff.me());
        return page;
    }
}
