package org.leadercontacts.editing;

import java.util.stream.Collectors;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;

import org.leadercontacts.common.InvalidInputException;

/**
 * Turns a Bean Validation failure into an {@link InvalidInputException}, so that it is answered like every other
 * client error (a code, the request id, one readable message). Left to SmallRye GraphQL, it became an error of its
 * own shape, without either, carrying each constraint's message template. Runs outside Hibernate Validator's method
 * validation interceptor (priority {@code PLATFORM_AFTER + 800}).
 */
@ValidatedInput
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER)
public class ConstraintViolations {

    @AroundInvoke
    Object answerAsBadInput(InvocationContext invocation) throws Exception {
        try {
            return invocation.proceed();
        } catch (ConstraintViolationException e) {
            throw new InvalidInputException(e.getConstraintViolations().stream().map(ConstraintViolations::describe)
                    .sorted().collect(Collectors.joining("; ")) + ".");
        }
    }

    /** "`input.name` must not be blank": the path as the client sent it, without the method's name. */
    private static String describe(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        return "`" + path.substring(path.indexOf('.') + 1) + "` " + violation.getMessage();
    }
}
