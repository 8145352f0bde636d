package org.regionalcoop.workbench;

import org.regionalcoop.agreements.Agreements;
import org.regionalcoop.security.Caller;
import org.regionalcoop.tasks.TaskConflictException;
import org.regionalcoop.kernel.ForbiddenException;
import org.regionalcoop.kernel.InvalidRequestException;
import org.regionalcoop.kernel.NotFoundException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Problems on workbench pages become pages in the reader's language: another government's work is as
 * missing as work that does not exist (the API's 404), and a task someone else changed says so.
 */
@ControllerAdvice(basePackageClasses = WorkbenchProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class WorkbenchProblems {

    private final Staff staff;
    private final MoneyNavigation money;
    private final Agreements agreements;

    WorkbenchProblems(Staff staff, MoneyNavigation money, Agreements agreements) {
        this.staff = staff;
        this.money = money;
        this.agreements = agreements;
    }

    @ExceptionHandler
    @ResponseStatus(HttpStatus.NOT_FOUND)
    ModelAndView notFound(NotFoundException e) {
        return page("404");
    }

    /**
     * An address changed by hand: a number in the path that is none ({@code /money/programmes/xyz}) names nothing, so
     * the page that says it is not found; a parameter of the wrong kind or missing ({@code ?page=abc}), the page that
     * says the address is wrong. Pages in the reader's language, not the API's problem as JSON in their browser.
     */
    @ExceptionHandler({TypeMismatchException.class, MissingServletRequestParameterException.class})
    ModelAndView badAddress(Exception e) {
        boolean inPath = e instanceof MethodArgumentTypeMismatchException mismatch
                && mismatch.getParameter().hasParameterAnnotation(PathVariable.class);
        ModelAndView page = page(inPath ? "404" : "400");
        page.setStatus(inPath ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST);
        return page;
    }

    /**
     * What the reader's roles do not let them do, e.g. an administrator's retry or another participant's revision; or a
     * page their roles do not open (the operations page), which is no step to hand to a colleague.
     */
    @ExceptionHandler
    @ResponseStatus(HttpStatus.FORBIDDEN)
    ModelAndView forbidden(ForbiddenException e, HttpServletRequest request) {
        return page(HttpMethod.GET.matches(request.getMethod()) ? "403-page" : "403");
    }

    /** Besides the work list, the agreement the task was about, where the reader may see what became of it. */
    @ExceptionHandler
    @ResponseStatus(HttpStatus.CONFLICT)
    ModelAndView conflict(TaskConflictException e) {
        ModelAndView page = page("409");
        Caller caller = Caller.current();
        e.agreement().filter(agreement -> agreements.isVisible(agreement, caller))
                .ifPresent(agreement -> page.addObject("agreement", agreements.current(agreement)));
        return page;
    }

    /**
     * A rule a page left to its module to check, broken: the page that says nothing was recorded, in the reader's
     * language, where the API's problem as JSON once reached the browser. A page that knows its fields names them
     * itself (TaskPages).
     */
    @ExceptionHandler
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ModelAndView invalid(InvalidRequestException e) {
        return page("invalid");
    }

    /** A form sent again records nothing twice; the page links to what its first send recorded. */
    @ExceptionHandler
    @ResponseStatus(HttpStatus.CONFLICT)
    ModelAndView sentAlready(Submissions.SentAlready e) {
        ModelAndView page = page("sent");
        Caller caller = Caller.current();
        e.agreement().filter(agreement -> agreements.isVisible(agreement, caller))
                .ifPresent(agreement -> page.addObject("agreement", agreements.current(agreement)));
        return page;
    }

    /** The problem's page with its whole header: an exception handler's model has none of the advices' attributes. */
    private ModelAndView page(String problem) {
        ModelAndView page = new ModelAndView("error/problem");
        page.addObject("problem", problem);
        page.addObject("me", staff.me());
        page.addObject("seesProgrammes", money.seesProgrammes());
        return page;
    }
}
