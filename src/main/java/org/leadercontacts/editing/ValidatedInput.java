package org.leadercontacts.editing;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.interceptor.InterceptorBinding;

/** The class's Bean Validation failures are answered as BAD_USER_INPUT errors ({@link ConstraintViolations}). */
@InterceptorBinding
@Target(TYPE)
@Retention(RUNTIME)
public @interface ValidatedInput {
}
