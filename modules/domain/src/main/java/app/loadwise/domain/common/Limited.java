package app.loadwise.domain.common;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The range a numeric field of a request or view record takes, as the domain checks it; the API document shows
 * it as the field's minimum and maximum, with the description.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Limited {

    InputLimits value();

    /** What the field holds, for the API document; empty for none. */
    String description() default "";
}
