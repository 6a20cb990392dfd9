package app.loadwise.domain.common;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The most characters a text field of a request or view record may hold, as the domain checks it; name the domain's
 * constant ({@code SessionDetails.MAX_NOTES_LENGTH}) rather than a number. The API document shows it as maxLength.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface MaxText {

    int value();
}
