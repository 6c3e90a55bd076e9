package app.progression.domain;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** What a constraint weight's rule protects, in words a coach reads; safety rules cannot be switched off. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Rule {

    String protects();

    boolean safety() default false;
}
