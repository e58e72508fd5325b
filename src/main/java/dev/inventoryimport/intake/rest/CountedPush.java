package dev.inventoryimport.intake.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.ws.rs.NameBinding;

/**
 * Marks the REST push method: {@link PushOutcomeFilter} counts its answers, including the 401 that
 * {@link BearerTokenFilter} answers for it before the method runs.
 */
@NameBinding
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface CountedPush {
}
