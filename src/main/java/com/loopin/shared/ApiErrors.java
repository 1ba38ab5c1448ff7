package com.loopin.shared;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The error codes an endpoint may answer with, beyond those every endpoint of its kind may (bad bodies, missing
 * tokens). {@link ApiErrorsDocumentation} turns them into documented problem responses with examples.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface ApiErrors {

    ErrorCode[] value();
}
